import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_STATUS, isItemKind, type ActionItem } from '../../../../shared/domain/action-item';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Finding } from '../../../../shared/domain/finding';
import { NOTE_COLUMNS, toNote, type NoteRow } from '../../../../electron/core/db/repositories/notes-repository';
import { parseRef } from '../../../../shared/domain/references';
import { useTestCore } from '../../helpers/core';
import { caller } from '../../helpers/seed-engagement';
import { useTempDir } from '../../helpers/temp-dir';
import { clientOutputs, recordingHost, type ClientOutput } from './client-outputs';
import { DAYS, facilitatorOp, FINDING_FIELDS, NOTE_FIELDS, tokenMaker, tokensIn, type FacilitatorOp } from './facilitator-ops';
import { createWeekModel, type WeekModel } from './week-model';

const newCore = useTestCore();
const tempDir = useTempDir();

/** At least 2,000 sequences in every `npm test`; `npm run test:property` runs many more. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
/**
 * Rendering every output is the slow part, so about one sequence in this many renders them all. The
 * choice is drawn with the sequence and shrinks towards rendering, so a shrunk failure still checks the outputs.
 */
const RENDER_EVERY = Number(process.env.PROPERTY_RENDER_EVERY ?? 50);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261202);
const TOKEN = 'zq';

/** A laptop: a core with a recording export host, and an archive host that answers with `archiveFile`. */
function start() {
  let folder = '';
  let archiveFile = '';
  const { host, pages } = recordingHost(() => folder);
  const core = newCore({
    deliverablesHost: host,
    archiveHost: { chooseExportPath: async () => archiveFile, chooseImportPath: async () => archiveFile },
  });
  const exportFolder = () => (folder = mkdtempSync(path.join(tempDir(), 'pack-')));
  const useArchive = (file: string) => (archiveFile = file);
  return { ...core, pages, exportFolder, useArchive };
}

type Laptop = ReturnType<typeof start>;

/** Saves the engagement's archive on one laptop and imports it on the other, through their windows' channels. */
async function carry(from: Laptop, to: Laptop, engagementId: string) {
  const file = path.join(tempDir(), 'week.auditweek');
  from.useArchive(file);
  to.useArchive(file);
  await caller(from.dispatch)('archive:export', { engagementId });
  const preview = await caller(to.dispatch)<{ token: string; errors: string[] }>('archive:inspect', {});
  expect(preview.errors).toEqual([]);
  await caller(to.dispatch)('archive:import', { token: preview.token });
}

async function newWeek(dispatch: ReturnType<typeof start>['dispatch']) {
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', {
    clientName: 'Northwind',
    pilotName: 'Invoice reader',
    weekStart: '2026-03-02',
    template: { kind: 'blank', dayCount: DAYS },
  });
  const ana = await call('participants:create', { engagementId: engagement.id, name: 'Ana Silva', function: 'operator' });
  const raj = await call('participants:create', { engagementId: engagement.id, name: 'Raj Patel', function: 'finance' });
  const session = await call('sessions:create', { engagementId: engagement.id, day: 1, title: 'Walkthrough', start: '09:00', end: '10:00' });
  return { engagementId: engagement.id, people: [ana.id, raj.id] as const, sessionId: session.id };
}

/** What is stored now, for every live note and finding, must be what the model says each operation left. */
async function expectStoredAsModelled(core: ReturnType<typeof start>, engagementId: string, model: WeekModel) {
  const call = caller(core.dispatch);
  // Read straight from the file: a check after every operation through four channels would triple the run.
  const stored = core.core.db
    .prepare<[string], NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE engagement_id = ? AND deleted_at IS NULL`)
    .all(engagementId)
    .map(toNote);
  const liveNotes = [...model.notes.values()].filter((n) => !n.deleted);
  expect(stored.map((n) => n.id).sort()).toEqual(liveNotes.map((n) => n.id).sort());
  for (const note of stored) {
    const expected = model.notes.get(note.id)!;
    for (const field of NOTE_FIELDS) expect(note[field], `note ${note.ref} ${field}`).toEqual(expected[field]);
  }
  const items = await call<ActionItem[]>('actions:list', { engagementId });
  const itemNotes = liveNotes.filter((n) => isItemKind(n.kind));
  expect(items.map((i) => i.noteId).sort()).toEqual(itemNotes.map((n) => n.id).sort());
  for (const item of items) {
    const note = model.notes.get(item.noteId)!;
    expect({ ownerId: item.ownerId, dueDay: item.dueDay, status: item.status }, `item ${item.ref}`).toEqual(model.followUps.get(item.noteId) ?? { ownerId: null, dueDay: null, status: FIRST_STATUS[item.kind] });
    expect([item.text, item.visibility], `item ${item.ref} is its note`).toEqual([note.text, note.visibility]);
  }
  const findings = await call<Finding[]>('findings:list', { engagementId });
  const liveFindings = [...model.findings.values()].filter((f) => !f.deleted);
  expect(findings.map((f) => f.id).sort()).toEqual(liveFindings.map((f) => f.id).sort());
  for (const finding of findings) {
    const expected = model.findings.get(finding.id)!;
    for (const field of FINDING_FIELDS) expect(finding[field], `finding ${finding.ref} ${field}`).toEqual(expected[field]);
  }
}

/**
 * The numbering rules, on every note and finding of the engagement, deleted ones included: an item
 * the client never saw holds a private reference, one the client sees now holds a client number,
 * and each client series is 1..n with no number skipped or given twice. So the only numbers missing
 * from a client output are those of items the client saw before they were hidden or deleted.
 */
function expectNumberedByTheRules(core: ReturnType<typeof start>, engagementId: string, model: WeekModel) {
  const rows = [
    ...core.core.db.prepare<[string], { id: string; ref: string }>('SELECT id, ref FROM notes WHERE engagement_id = ?').all(engagementId).map((r) => ({ ...r, state: model.notes.get(r.id) })),
    ...core.core.db.prepare<[string], { id: string; ref: string }>('SELECT id, ref FROM findings WHERE engagement_id = ?').all(engagementId).map((r) => ({ ...r, state: model.findings.get(r.id) })),
  ];
  const series = new Map<string, number[]>();
  for (const { ref, state } of rows) {
    const parsed = parseRef(ref);
    expect(parsed, ref).not.toBeNull();
    if (!state!.everClientVisible) expect(parsed!.series.client, `${ref} was never client-visible`).toBe(false);
    if (state!.visibility === 'client') expect(parsed!.series.client, `${ref} is client-visible`).toBe(true);
    if (parsed!.series.client) series.set(parsed!.series.prefix, [...(series.get(parsed!.series.prefix) ?? []), parsed!.sequence]);
  }
  for (const [prefix, numbers] of series) {
    expect(numbers.sort((a, b) => a - b), `the ${prefix} series`).toEqual(numbers.map((_, i) => i + 1));
  }
}

/** Tokens a client may see: those held now by a live, client-visible note or finding. */
function clientTokens(model: WeekModel): Set<string> {
  const texts = [
    ...[...model.notes.values()].filter((n) => !n.deleted && n.visibility === 'client').map((n) => n.text),
    ...[...model.findings.values()].filter((f) => !f.deleted && f.visibility === 'client').flatMap((f) => [f.title, f.body, f.recommendation]),
  ];
  return new Set(texts.flatMap((text) => tokensIn(text, TOKEN)));
}

function leaks(outputs: readonly ClientOutput[], allowed: ReadonlySet<string>): string[] {
  return outputs.flatMap((output) => tokensIn(output.text, TOKEN).filter((token) => !allowed.has(token)).map((token) => `${token} in ${output.name}`));
}

describe('private stays private, whatever the facilitator does', () => {
  it(
    `over ${RUNS} seeded sequences of edits, pins, toggles, follow-ups of actions, promotions, links, moves, deletions, undos and merges`,
    async () => {
      const started = start();
      const coFacilitator = start();
      const { dispatch, pages, exportFolder } = started;
      const sequence = fc.array(facilitatorOp, { minLength: 1, maxLength: 14 });
      const render = fc.nat(RENDER_EVERY - 1).map((n) => n === 0);
      await fc.assert(
        fc.asyncProperty(sequence, sequence, render, fc.boolean(), async (ops: FacilitatorOp[], theirOps: FacilitatorOp[], renders: boolean, redact: boolean) => {
          const week = await newWeek(dispatch);
          const nextToken = tokenMaker(TOKEN);
          const model = createWeekModel(dispatch, week, nextToken);
          for (const op of ops) {
            await model.apply(op);
            await expectStoredAsModelled(started, week.engagementId, model);
            expectNumberedByTheRules(started, week.engagementId, model);
          }
          if (!renders) return;
          const outputs = await clientOutputs(dispatch, week.engagementId, DAYS, redact, exportFolder, pages);
          expect(leaks(outputs, clientTokens(model))).toEqual([]);

          // The co-facilitator takes the archive, captures on their laptop, and their archive is merged back.
          await carry(started, coFacilitator, week.engagementId);
          const theirs = createWeekModel(coFacilitator.dispatch, week, nextToken);
          for (const note of model.notes.values()) theirs.notes.set(note.id, note);
          for (const finding of model.findings.values()) theirs.findings.set(finding.id, finding);
          for (const [noteId, followUp] of model.followUps) theirs.followUps.set(noteId, followUp);
          await expectStoredAsModelled(coFacilitator, week.engagementId, theirs);
          for (const op of theirOps) await theirs.apply(op);
          await expectStoredAsModelled(coFacilitator, week.engagementId, theirs);
          await carry(coFacilitator, started, week.engagementId);
          await expectStoredAsModelled(started, week.engagementId, theirs);
          expectNumberedByTheRules(started, week.engagementId, theirs);
          const merged = await clientOutputs(dispatch, week.engagementId, DAYS, redact, exportFolder, pages);
          expect(leaks(merged, clientTokens(theirs))).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    // Bounded: about 40 ms a sequence on a busy machine, with room for the longer runs of `npm run test:property`.
    Math.max(10 * 60_000, RUNS * 150),
  );
});
