import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../../electron/core/start-app-core';
import type { BackupSummary, DataCheck, RecoveryStatus } from '../../../../shared/domain/backup';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Note } from '../../../../shared/domain/note';
import { fakeClock } from '../../helpers/clock';
import { call, TRUSTED, useTestRuntime } from '../../helpers/core';
import { damageAnIndexQuietly, damageTableRows } from '../../helpers/damage-index';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const start = useTestRuntime();


const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A closed data folder holding one engagement with 300 notes on day 1, so its indexes span many pages. */
async function folderWithNotes(): Promise<{ dir: string; dbPath: string; engagementId: string }> {
  const dir = tempDir();
  const { dispatch, runtime } = start({ userDataDir: dir });
  const engagement = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
  for (let i = 0; i < 300; i += 1) await call(dispatch, 'notes:create', { engagementId: engagement.id, day: 1, text: `Observation ${i}: invoices arrive as PDFs` });
  runtime.close();
  return { dir, dbPath: path.join(dir, DATABASE_FILE_NAME), engagementId: engagement.id };
}

const integrityOf = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

describe('the full check of a large data file', () => {
  it('opens a damaged file at once, finds the damage in the background, and a repair of its index loses no note', async () => {
    const { dir, dbPath, engagementId } = await folderWithNotes();
    damageAnIndexQuietly(dbPath);
    const told: DataCheck[] = [];
    const clock = fakeClock('2026-04-01T10:00:00.000Z');

    const { runtime, dispatch, unexpected } = start({ userDataDir: dir, now: clock.now, fullCheckAtStartUpToBytes: 0, onDataCheck: (check) => told.push(check) });

    expect(runtime.mode()).toBe('normal');
    expect(runtime.dataCheck().state).toBe('running');
    const checked = await runtime.dataCheckSettled();
    expect(checked.state).toBe('damaged');
    expect(checked.message).toContain('Repair');
    expect(told).toEqual([checked]);
    expect(await call<DataCheck>(dispatch, 'recovery:data-check')).toEqual(checked);

    const repaired = await call<RecoveryStatus>(dispatch, 'recovery:repair');

    expect(repaired).toMatchObject({ mode: 'normal', title: 'Your data file was repaired' });
    expect(runtime.mode()).toBe('normal');
    const after = await call<Note>(dispatch, 'notes:create', { engagementId, day: 1, text: 'Captured after the repair' });
    const day1 = await call<Note[]>(dispatch, 'notes:list', { engagementId, day: 1 });
    expect(day1).toHaveLength(301);
    expect(day1.map((note) => note.id)).toContain(after.id);
    expect(await call<DataCheck>(dispatch, 'recovery:data-check')).toMatchObject({ state: 'passed' });
    expect(integrityOf(dbPath)).toBe('ok');
    const kept = readdirSync(dir).filter((name) => name.startsWith('audit-workshop.damaged-') && name.endsWith('.sqlite3'));
    expect(kept).toEqual(['audit-workshop.damaged-20260401T100000000Z.sqlite3']);
    expect(integrityOf(path.join(dir, kept[0]!))).not.toBe('ok');
    expect(unexpected).toEqual([]);
  });

  it('lets capture go on while it runs, says a healthy file passed, and offers no repair', async () => {
    const { dir, engagementId } = await folderWithNotes();
    const told: DataCheck[] = [];
    const { runtime, dispatch } = start({ userDataDir: dir, fullCheckAtStartUpToBytes: 0, onDataCheck: (check) => told.push(check) });

    expect(runtime.dataCheck().state).toBe('running');
    const during = await call<Note>(dispatch, 'notes:create', { engagementId, day: 1, text: 'Captured while the check ran' });
    expect((await runtime.dataCheckSettled()).state).toBe('passed');
    expect((await call<Note[]>(dispatch, 'notes:list', { engagementId, day: 1 })).map((note) => note.id)).toContain(during.id);
    expect(told.map((check) => check.state)).toEqual(['passed']);
    expect(await dispatch(TRUSTED, 'recovery:repair', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(runtime.mode()).toBe('normal');
  });

  it('runs before opening a small file, so its damaged index is found at start and repaired from the recovery screen', async () => {
    const { dir, dbPath, engagementId } = await folderWithNotes();
    damageAnIndexQuietly(dbPath);

    const { runtime, dispatch } = start({ userDataDir: dir });

    expect(runtime.mode()).toBe('recovery');
    expect(await call<RecoveryStatus>(dispatch, 'recovery:status')).toMatchObject({ reason: 'damaged', canRepair: true, canRestore: true });
    await call(dispatch, 'recovery:repair');
    expect(await call<Note[]>(dispatch, 'notes:list', { engagementId, day: 1 })).toHaveLength(300);
    expect(integrityOf(dbPath)).toBe('ok');
  });
});

describe('a file whose rows are damaged', () => {
  it('cannot be repaired: the repair says so, changes nothing, stops being offered, and the backups still restore', async () => {
    const dir = tempDir();
    const first = start({ userDataDir: dir });
    for (let i = 0; i < 60; i += 1) await call(first.dispatch, 'engagements:create', { clientName: `Client ${i} ${'x'.repeat(120)}`, pilotName: 'P', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 1 } });
    await first.runtime.backup('manual');
    first.runtime.close();
    const dbPath = path.join(dir, DATABASE_FILE_NAME);
    damageTableRows(dbPath, 'engagements');
    const damagedHash = hashOf(dbPath);
    const { runtime, dispatch, unexpected } = start({ userDataDir: dir });
    expect(runtime.mode()).toBe('recovery');

    const refused = await dispatch(TRUSTED, 'recovery:repair', {});

    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_corrupt' } });
    expect(!refused.ok && refused.error.message).toContain('could not be repaired');
    expect(hashOf(dbPath)).toBe(damagedHash);
    expect(readdirSync(dir).filter((name) => name.includes('damaged') || name.endsWith('.restoring'))).toEqual([]);
    const status = await call<RecoveryStatus>(dispatch, 'recovery:status');
    expect(status).toMatchObject({ mode: 'recovery', reason: 'damaged', canRepair: false, canRestore: true });
    expect(status.message).toContain('A repair was tried');
    const [backup] = await call<BackupSummary[]>(dispatch, 'recovery:list-backups');
    await call(dispatch, 'recovery:restore', { id: backup!.id });
    expect(await call<Engagement[]>(dispatch, 'engagements:list')).toHaveLength(60);
    expect(unexpected).toEqual([]);
  });
});

describe('a backup taken during capture', () => {
  it('runs beside capture, loses nothing, and is a checked snapshot of one moment', async () => {
    const dir = tempDir();
    const { runtime, dispatch } = start({ userDataDir: dir });
    const engagement = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
    for (let i = 0; i < 200; i += 1) await call(dispatch, 'notes:create', { engagementId: engagement.id, day: 1, text: `Before the backup ${i}` });

    let finished: BackupSummary | null = null;
    const backup = runtime.backup('manual').then((summary) => (finished = summary));
    let capturedDuring = 0;
    // Each note is followed by one turn of the event loop, where the backup's answer can arrive.
    while (finished === null && capturedDuring < 5000) {
      await call(dispatch, 'notes:create', { engagementId: engagement.id, day: 2, text: `During the backup ${capturedDuring}` });
      capturedDuring += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const summary = await backup;

    expect(capturedDuring).toBeGreaterThan(0);
    expect(summary.counts.notes).toBeGreaterThanOrEqual(200);
    expect(summary.counts.notes).toBeLessThanOrEqual(200 + capturedDuring);
    const copy = new Database(path.join(runtime.backupsFolder, readdirSync(runtime.backupsFolder)[0]!), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(summary.counts.notes);
    copy.close();
    expect(await call<Note[]>(dispatch, 'notes:list', { engagementId: engagement.id, day: 2 })).toHaveLength(capturedDuring);
  });
});
