import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { ExportProgress, ExportResult } from '../../../shared/ipc/deliverables-contract';
import type { Report } from '../../../shared/report/report-schema';
import { TRUSTED, useTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const newCore = useTestCore();
const tempDir = useTempDir();

type Dispatch = ReturnType<ReturnType<typeof useTestCore>>['dispatch'];

async function call<T>(dispatch: Dispatch, channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(TRUSTED, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function setUp(folder: string | null) {
  const progress: ExportProgress[] = [];
  const printed: string[] = [];
  const core = newCore({
    deliverablesHost: {
      chooseFolder: async () => folder,
      // Stands in for Chromium: the bytes are the HTML it was given, so the test can read it back.
      renderPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode(html);
      },
      onProgress: (p) => progress.push(p),
    },
  });
  return { ...core, progress, printed };
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
  return e;
}

describe('deliverables', () => {
  it('previews the report from the database with only client-visible, undeleted notes', async () => {
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
    const result = await call<ExportResult>(dispatch, 'deliverables:export', { engagementId: e.id });
    expect(result.status).toBe('written');
    if (result.status !== 'written') return;
    expect(result.folderName).toMatch(/^Acme \d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(result)).not.toContain(folder);
    const onDisk = readdirSync(path.join(folder, result.folderName)).sort();
    expect(onDisk).toEqual([...result.files].sort());
    expect(onDisk).toContain('Audit report.docx');
    expect(onDisk).toContain('Day 1 readout.md');
    expect(progress.at(-1)).toEqual({ done: result.files.length, total: result.files.length, file: null });
    for (const html of printed) expect(html).not.toMatch(/PRIVATE|REMOVED/);
    const readout = readFileSync(path.join(folder, result.folderName, 'Day 1 readout.md'), 'utf8');
    expect(readout).toContain('Who owns the model?');
    expect(execFileSync('unzip', ['-p', path.join(folder, result.folderName, 'Audit report.docx'), 'word/document.xml'], { encoding: 'utf8' })).not.toMatch(/PRIVATE|REMOVED/);
  });

  it('writes nothing and says so when the user cancels the folder choice', async () => {
    const { dispatch, core, progress } = setUp(null);
    const e = await seeded(dispatch, core.db);
    expect(await call<ExportResult>(dispatch, 'deliverables:export', { engagementId: e.id, scope: { kind: 'day', day: 1 } })).toEqual({ status: 'cancelled' });
    expect(progress).toEqual([]);
  });
});
