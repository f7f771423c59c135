import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import { presenterBoard } from '../../../shared/board/presenter-view';
import type { ExportProgress, ExportResult } from '../../../shared/ipc/deliverables-contract';
import type { ReleaseCheck } from '../../../shared/report/release-check-schema';
import type { Report } from '../../../shared/report/report-schema';
import { confirmedExport } from '../helpers/confirmed-export';
import { call, useTestCore } from '../helpers/core';
import { lock } from '../helpers/locked-folder';
import { PNG_SIGNATURE, pngSize, solidPng } from '../helpers/png';
import { useTempDir } from '../helpers/temp-dir';
import { zipText } from '../helpers/zip';

const newCore = useTestCore();
const tempDir = useTempDir();

type Dispatch = ReturnType<ReturnType<typeof useTestCore>>['dispatch'];


/** A confirmed export's result, failing the test on an error. */
async function exported(dispatch: Dispatch, request: Parameters<typeof confirmedExport>[1]): Promise<ExportResult> {
  const result = await confirmedExport(dispatch, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ExportResult;
}

function setUp(folder: string | null) {
  const progress: ExportProgress[] = [];
  const printed: string[] = [];
  const pictures: { html: string; width: number; height: number }[] = [];
  const core = newCore({
    deliverablesHost: {
      chooseFolder: async () => folder,
      // Stands in for Chromium: the bytes are the HTML it was given, so the test can read it back.
      renderPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode(html);
      },
      // A real PNG of the asked size, and the page it would show, kept to read back.
      renderPng: async (html, size) => {
        pictures.push({ html, ...size });
        return solidPng(size.width, size.height);
      },
      onProgress: (p) => progress.push(p),
    },
  });
  return { ...core, progress, printed, pictures };
}

async function seeded(dispatch: Dispatch, db: ReturnType<typeof setUp>['core']['db']): Promise<Engagement> {
  const e = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
  const insert = db.prepare(
    `INSERT INTO notes (id, engagement_id, ref, day, kind, text, speaker_name, visibility, captured_at, deleted_at, created_at, updated_at, device_id)
     VALUES (?, ?, ?, 1, 'question', ?, 'Ana', ?, '2026-03-02T09:00:00.000Z', ?, '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z', 'd')`,
  );
  insert.run('10000000-0000-4000-8000-000000000001', e.id, 'D1-001', 'Who owns the model?', 'client', null);
  insert.run('10000000-0000-4000-8000-000000000002', e.id, 'D1-002', 'PRIVATE facilitator aside', 'facilitator', null);
  insert.run('10000000-0000-4000-8000-000000000003', e.id, 'D1-003', 'REMOVED note', 'client', '2026-03-02T10:00:00.000Z');
  const finding = await call<{ id: string }>(dispatch, 'findings:create', { engagementId: e.id, title: 'Nobody owns the model', area: 'production-requirements', day: 1, severity: 'critical' });
  await call(dispatch, 'findings:link-note', { findingId: finding.id, noteId: '10000000-0000-4000-8000-000000000001' });
  await call(dispatch, 'findings:link-note', { findingId: finding.id, noteId: '10000000-0000-4000-8000-000000000002' });
  insert.run('10000000-0000-4000-8000-000000000004', e.id, 'D1-004', 'Cited by the private finding only', 'client', null);
  const hidden = await call<{ id: string }>(dispatch, 'findings:create', { engagementId: e.id, title: 'PRIVATE finding', area: 'approach', day: 1, visibility: 'facilitator' });
  await call(dispatch, 'findings:link-note', { findingId: hidden.id, noteId: '10000000-0000-4000-8000-000000000004' });
  const dropped = await call<{ id: string }>(dispatch, 'findings:create', { engagementId: e.id, title: 'DROPPED finding', area: 'approach', day: 2 });
  await call(dispatch, 'findings:update', { id: dropped.id, status: 'dropped' });
  return e;
}

/** The built-in week plans sessions on all five days, so each gets a readout. */
const READOUTS = [1, 2, 3, 4, 5].flatMap((d) => [`Day ${d} readout.pdf`, `Day ${d} readout.md`]);
const WEEK_PACK = ['Audit report.pdf', 'Audit report.docx', 'Readout deck.pptx', 'Findings.csv', 'Findings board.png', 'Notes.csv', 'Notes.md', ...READOUTS];

describe('deliverables', () => {
  it('previews the report from the database quoting only client-visible, undeleted notes that a reported finding cites', async () => {
    const { dispatch, core } = setUp(null);
    const e = await seeded(dispatch, core.db);
    const report = await call<Report>(dispatch, 'deliverables:preview', { engagementId: e.id });
    expect(report.appendices.evidence!.map((n) => n.ref)).toEqual(['D1-001']);
    expect(JSON.stringify(report)).not.toMatch(/PRIVATE|REMOVED/);
    expect(report.cover).toMatchObject({ clientName: 'Acme', pilotName: 'Claims' });
  });

  it('writes the week pack into a subfolder, tells progress, and returns names only', async () => {
    const folder = tempDir();
    const { dispatch, core, progress, printed } = setUp(folder);
    const e = await seeded(dispatch, core.db);
    const result = await exported(dispatch, { engagementId: e.id });
    expect(result.status).toBe('written');
    if (result.status !== 'written') return;
    expect(result.folderName).toMatch(/^Acme \d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(result)).not.toContain(folder);
    const onDisk = readdirSync(path.join(folder, result.folderName)).sort();
    expect(result.files).toEqual(WEEK_PACK);
    expect(onDisk).toEqual([...WEEK_PACK].sort());
    expect(progress.map((p) => p.file)).toEqual([...WEEK_PACK, null]);
    expect(progress.at(-1)).toEqual({ done: WEEK_PACK.length, total: WEEK_PACK.length, file: null });
    for (const html of printed) expect(html).not.toMatch(/PRIVATE|REMOVED/);
    const readout = readFileSync(path.join(folder, result.folderName, 'Day 1 readout.md'), 'utf8');
    expect(readout).toContain('Who owns the model?');
    expect(execFileSync('unzip', ['-p', path.join(folder, result.folderName, 'Audit report.docx'), 'word/document.xml'], { encoding: 'utf8' })).not.toMatch(/PRIVATE|REMOVED/);
    const findingsCsv = readFileSync(path.join(folder, result.folderName, 'Findings.csv'), 'utf8');
    expect(findingsCsv).toContain('Nobody owns the model');
    expect(findingsCsv).not.toMatch(/PRIVATE|DROPPED/);
  });

  it('draws the board for the pack from client-visible findings only, at the size the page asks for', async () => {
    const folder = tempDir();
    const { dispatch, core, pictures } = setUp(folder);
    const e = await seeded(dispatch, core.db);
    const result = await exported(dispatch, { engagementId: e.id, options: { redactNames: false, appendices: [] } });
    if (result.status !== 'written') throw new Error('expected files');
    const board = pictures.find((p) => p.html.includes('Findings board'))!;
    expect(board.html).toContain('Nobody owns the model');
    expect(board.html).toContain('Evidence D1-001');
    expect(board.html).not.toMatch(/PRIVATE|DROPPED|D1-002/);
    const png = readFileSync(path.join(folder, result.folderName, 'Findings board.png'));
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: board.width, height: board.height });
    // The other pictures are the Word document's charts.
    expect(pictures.filter((p) => p !== board).every((p) => p.html.includes('<svg'))).toBe(true);
  });

  it('numbers what the client reads without a gap where a private note or finding sits between', async () => {
    const folder = tempDir();
    const { dispatch, pictures } = setUp(folder);
    const e = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
    const note = (text: string, visibility = 'client') =>
      call<Note>(dispatch, 'notes:create', { engagementId: e.id, day: 1, text, kind: 'question', area: 'approach', visibility });
    const finding = (title: string, visibility = 'client') =>
      call<Finding>(dispatch, 'findings:create', { engagementId: e.id, title, area: 'approach', day: 1, visibility });
    const first = await note('Who owns the model?');
    await note('PRIVATE aside', 'facilitator');
    const second = await note('Who is paged at night?');
    const f1 = await finding('Nobody owns the model');
    await finding('PRIVATE hunch', 'facilitator');
    const f2 = await finding('Nobody is paged');
    await call(dispatch, 'findings:link-note', { findingId: f1.id, noteId: first.id });
    await call(dispatch, 'findings:link-note', { findingId: f2.id, noteId: second.id });
    expect([first.ref, second.ref, f1.ref, f2.ref]).toEqual(['D1-001', 'D1-002', 'F1', 'F2']);

    const result = await exported(dispatch, { engagementId: e.id, options: { redactNames: false, appendices: ['evidence'] } });
    if (result.status !== 'written') throw new Error('expected files');
    const file = (name: string) => readFileSync(path.join(folder, result.folderName, name), 'utf8');
    const noPrivateRef = /D1-P\d|\bP\d\b|PRIVATE/;
    expect(file('Notes.csv').split('\r\n').slice(1, -1).map((line) => line.split(',')[0])).toEqual(['D1-001', 'D1-002']);
    for (const name of ['Notes.csv', 'Notes.md', 'Day 1 readout.md', 'Findings.csv']) expect(file(name), name).not.toMatch(noPrivateRef);
    expect(file('Notes.md')).toMatch(/D1-001[\s\S]*D1-002/);
    expect(file('Day 1 readout.md')).toMatch(/\*\*D1-001\*\*[\s\S]*\*\*D1-002\*\*/);
    expect(file('Findings.csv')).toContain('\r\nF1,1,Approach,Risk,Medium,Medium,Open,,0,D1-001,Nobody owns the model,,\r\n');
    expect(file('Findings.csv')).toContain('\r\nF2,1,Approach,Risk,Medium,Medium,Open,,0,D1-002,Nobody is paged,,\r\n');
    const board = pictures.find((p) => p.html.includes('Findings board'))!;
    expect(board.html).toContain('F1 · ');
    expect(board.html).toContain('F2 · ');
    expect(board.html).not.toMatch(noPrivateRef);

    const report = await call<Report>(dispatch, 'deliverables:preview', { engagementId: e.id, options: { redactNames: false, appendices: ['evidence'] } });
    expect(report.chapters.flatMap((c) => c.findings).map((f) => f.ref).sort()).toEqual(['F1', 'F2']);
    expect(report.appendices.evidence!.map((n) => n.ref)).toEqual(['D1-001', 'D1-002']);
    const onProjector = presenterBoard(await call<Finding[]>(dispatch, 'findings:list', { engagementId: e.id }), []).flatMap((c) => c.cards);
    expect(onProjector.map((c) => c.ref).sort()).toEqual(['F1', 'F2']);
  });

  it('exports the board alone as a PNG into its own folder', async () => {
    const folder = tempDir();
    const { dispatch, core } = setUp(folder);
    const e = await seeded(dispatch, core.db);
    const result = await exported(dispatch, { engagementId: e.id, scope: { kind: 'board' } });
    expect(result).toEqual({ status: 'written', folderName: expect.stringMatching(/^Acme board \d{4}-\d{2}-\d{2}$/), files: ['Findings board.png'] });
  });

  it('exports the readout deck of the week or of one day into its own folder, and records it as that release', async () => {
    const folder = tempDir();
    const { dispatch, core } = setUp(folder);
    const e = await seeded(dispatch, core.db);
    const week = await exported(dispatch, { engagementId: e.id, scope: { kind: 'deck', day: null } });
    expect(week).toEqual({ status: 'written', folderName: expect.stringMatching(/^Acme deck \d{4}-\d{2}-\d{2}$/), files: ['Readout deck.pptx'] });
    const day = await exported(dispatch, { engagementId: e.id, scope: { kind: 'deck', day: 2 } });
    expect(day).toEqual({ status: 'written', folderName: expect.stringMatching(/^Acme day 2 deck \d{4}-\d{2}-\d{2}$/), files: ['Day 2 readout deck.pptx'] });
    if (week.status !== 'written' || day.status !== 'written') return;
    const slides = (result: typeof week & { status: 'written' }) => zipText(path.join(folder, result.folderName, result.files[0]!), /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides(week)).toContain('Nobody owns the model');
    expect(slides(week)).not.toMatch(/PRIVATE|DROPPED|REMOVED/);
    expect(slides(day)).not.toContain('Nobody owns the model');
    expect(slides(day)).not.toContain('No new finding was recorded this day.');
    const dayCheck = await call<ReleaseCheck>(dispatch, 'deliverables:release-check', { engagementId: e.id, scope: { kind: 'deck', day: 2 } });
    expect(dayCheck.emptySections.map((s) => s.section)).toContain('Findings by area');
    const check = await call<ReleaseCheck>(dispatch, 'deliverables:release-check', { engagementId: e.id, scope: { kind: 'week' } });
    expect(check.sinceLast?.title).toBe('Day 2 readout deck');
  });

  it('refuses a folder it may not write to, in words, and leaves nothing there', async () => {
    const folder = path.join(tempDir(), 'locked');
    mkdirSync(folder);
    const unlock = lock(folder);
    try {
      const { dispatch, core, progress } = setUp(folder);
      const e = await seeded(dispatch, core.db);
      const result = await confirmedExport(dispatch, { engagementId: e.id });
      expect(result).toMatchObject({ ok: false, error: { code: 'export_failed', message: expect.stringContaining('you do not have permission to write there') } });
      expect(progress).toEqual([]);
    } finally {
      unlock();
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes nothing and says so when the user cancels the folder choice', async () => {
    const { dispatch, core, progress } = setUp(null);
    const e = await seeded(dispatch, core.db);
    expect(await exported(dispatch, { engagementId: e.id, scope: { kind: 'day', day: 1 } })).toEqual({ status: 'cancelled' });
    expect(progress).toEqual([]);
  });
});
