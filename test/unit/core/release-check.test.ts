import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { ExportResult } from '../../../shared/ipc/deliverables-contract';
import type { ReleaseCheck } from '../../../shared/report/release-check-schema';
import { confirmedExport } from '../helpers/confirmed-export';
import { stubDeliverablesHost, TRUSTED, useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';
import { useTempDir } from '../helpers/temp-dir';

const newCore = useTestCore();
const tempDir = useTempDir();

/** A core whose exports land in a folder the test can look into. */
async function setUp() {
  const folder = tempDir();
  const test = newCore({ deliverablesHost: stubDeliverablesHost(folder) });
  const call = caller(test.dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
  const history = () =>
    test.core.db
      .prepare('SELECT item_kind, item_id, from_visibility, to_visibility, device_id FROM visibility_changes WHERE engagement_id = ? ORDER BY changed_at, rowid')
      .all(engagement.id);
  const releases = () => test.core.db.prepare<[string], Record<string, string | number | null>>('SELECT * FROM releases WHERE engagement_id = ?').all(engagement.id);
  const check = (scope: unknown = { kind: 'week' }) => call<ReleaseCheck>('deliverables:release-check', { engagementId: engagement.id, scope });
  return { ...test, folder, call, engagement, history, releases, check };
}

describe('visibility history', () => {
  it('records each change of a note’s or a finding’s visibility with the device, and nothing for a creation, a promotion or an unchanged visibility', async () => {
    const { call, engagement, history, core } = await setUp();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Sponsor seems unconvinced', visibility: 'facilitator', area: 'approach' });
    const promoted = await call<{ id: string; visibility: string }>('findings:promote-note', { noteId: note.id, area: null });
    expect(promoted.visibility).toBe('facilitator');
    const finding = await call('findings:create', { engagementId: engagement.id, title: 'No owner', area: 'approach', day: 1 });
    expect(history()).toEqual([]);

    await call('notes:update', { id: note.id, visibility: 'client' });
    await call('notes:update', { id: note.id, visibility: 'client', text: 'Sponsor wants numbers first' });
    await call('findings:update', { id: finding.id, visibility: 'facilitator' });
    await call('findings:update', { id: finding.id, votes: 2 });
    expect(history()).toEqual([
      { item_kind: 'note', item_id: note.id, from_visibility: 'facilitator', to_visibility: 'client', device_id: core.deviceId },
      { item_kind: 'finding', item_id: finding.id, from_visibility: 'client', to_visibility: 'facilitator', device_id: core.deviceId },
    ]);
  });

  it('keeps no history of a change whose write failed: both are one transaction', async () => {
    const { call, engagement, history, dispatch, core } = await setUp();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Aside', visibility: 'facilitator' });
    core.db.exec("CREATE TEMP TRIGGER pulled BEFORE UPDATE ON notes BEGIN SELECT RAISE(ABORT, 'disk pulled'); END");
    const failed = await dispatch(TRUSTED, 'notes:update', { id: note.id, visibility: 'client' });
    expect(failed.ok).toBe(false);
    expect(history()).toEqual([]);
    expect(core.db.prepare('SELECT visibility FROM notes WHERE id = ?').pluck().get(note.id)).toBe('facilitator');
  });
});

describe('releases', () => {
  it('records a confirmed export with the list the facilitator confirmed, what the client could read, and the files written', async () => {
    const { call, engagement, releases, check, folder, core, dispatch } = await setUp();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'They re-key every invoice' });
    const confirmed = await check();
    const result = await call<ExportResult>('deliverables:export', { engagementId: engagement.id, releaseCheck: { confirmedDigest: confirmed.digest } });
    if (result.status !== 'written') throw new Error('expected files');
    expect(readdirSync(folder)).toEqual([result.folderName]);

    const [release] = releases();
    expect(release).toMatchObject({ scope_kind: 'week', day: null, folder_name: result.folderName, device_id: core.deviceId });
    expect(JSON.parse(String(release!.files))).toEqual(result.files);
    expect(JSON.parse(String(release!.release_check))).toEqual(confirmed);
    expect(JSON.parse(String(release!.items))).toEqual([expect.objectContaining({ kind: 'note', id: note.id, ref: 'D1-001' })]);
    expect(JSON.parse(String(release!.options))).toEqual({ redactNames: false, appendices: ['evidence', 'participants', 'agenda'] });

    // The next check compares against it.
    await call('notes:create', { engagementId: engagement.id, day: 2, text: 'Month end doubles the load' });
    expect((await check({ kind: 'day', day: 2 })).sinceLast).toMatchObject({
      title: 'Week pack',
      changedBy: 'this laptop',
      added: { notes: 1, findings: 0, examples: ['D2-001 Month end doubles the load'] },
    });
    const readout = await confirmedExport(dispatch, { engagementId: engagement.id, scope: { kind: 'day', day: 2 } });
    expect(readout.ok).toBe(true);
    expect(releases().map((r) => [r.scope_kind, r.day])).toEqual([
      ['week', null],
      ['day', 2],
    ]);
  });

  it('refuses an export without a confirmation, and writes and records nothing', async () => {
    const { engagement, releases, folder, dispatch } = await setUp();
    const result = await dispatch(TRUSTED, 'deliverables:export', { engagementId: engagement.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Review what the client receives, and confirm it, before exporting.' } });
    expect(readdirSync(folder)).toEqual([]);
    expect(releases()).toEqual([]);
  });

  it('refuses an export whose list changed after it was confirmed, writes and records nothing, and the new list shows what changed', async () => {
    const { call, engagement, releases, check, folder, dispatch, core } = await setUp();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Sponsor seems unconvinced', visibility: 'facilitator' });
    const seen = await check();
    expect(seen.counts.total.notes).toBe(0);

    await call('notes:update', { id: note.id, visibility: 'client' });
    const stale = await dispatch(TRUSTED, 'deliverables:export', { engagementId: engagement.id, releaseCheck: { confirmedDigest: seen.digest } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('changed since you reviewed it, so nothing was written') } });
    expect(readdirSync(folder)).toEqual([]);
    expect(releases()).toEqual([]);

    const now = await check();
    expect(now.digest).not.toBe(seen.digest);
    expect(now.previouslyPrivate).toEqual([
      {
        kind: 'note',
        ref: 'D1-001',
        excerpt: 'Sponsor seems unconvinced',
        changedAt: expect.any(String),
        deviceId: core.deviceId,
        changedBy: 'this laptop',
        sinceLastRelease: false,
      },
    ]);
    const written = await dispatch(TRUSTED, 'deliverables:export', { engagementId: engagement.id, releaseCheck: { confirmedDigest: now.digest } });
    expect(written).toMatchObject({ ok: true, value: { status: 'written' } });
    expect(releases()).toHaveLength(1);
  });

  it('records no release when the folder choice is cancelled', async () => {
    const test = newCore({ deliverablesHost: { ...stubDeliverablesHost(tempDir()), chooseFolder: async () => null } });
    const engagement = await caller(test.dispatch)<Engagement>('engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
    expect(await confirmedExport(test.dispatch, { engagementId: engagement.id })).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(test.core.db.prepare('SELECT count(*) FROM releases').pluck().get()).toBe(0);
  });
});

describe('a co-facilitator’s merge', () => {
  it('carries the visibility history and the releases, so the other laptop’s check says who made what client-visible and what it last released', async () => {
    const lead = await setUp();
    const note = await lead.call<Note>('notes:create', { engagementId: lead.engagement.id, day: 1, text: 'Sponsor seems unconvinced', visibility: 'facilitator' });
    await lead.call('notes:update', { id: note.id, visibility: 'client' });
    expect((await confirmedExport(lead.dispatch, { engagementId: lead.engagement.id, scope: { kind: 'board' } })).ok).toBe(true);

    const scribe = await setUp();
    await scribe.core.archive.importBytes(lead.core.archive.exportBytes(lead.engagement.id));
    const check = await scribe.call<ReleaseCheck>('deliverables:release-check', { engagementId: lead.engagement.id });
    const device = `another laptop (device ${lead.core.deviceId.slice(0, 8)})`;
    expect(check.previouslyPrivate).toEqual([expect.objectContaining({ ref: 'D1-001', changedBy: device, sinceLastRelease: false })]);
    expect(check.sinceLast).toMatchObject({ title: 'Board picture', changedBy: device });
  });
});
