import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../../electron/core/backups/backup-files';
import { createBackupScheduler, HOUR_MS } from '../../../../electron/core/backups/backup-scheduler';
import type { Migration } from '../../../../electron/core/db/migration-types';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/core/db/migrations';
import { DATABASE_FILE_NAME, type AppRuntime } from '../../../../electron/core/start-app-core';
import type { BackupSummary } from '../../../../shared/domain/backup';
import { AppError } from '../../../../shared/ipc/result';
import { fakeClock } from '../../helpers/clock';
import { TRUSTED, useTestRuntime } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const start = useTestRuntime();

function addEngagement(runtime: AppRuntime, clientName: string): void {
  runtime.handlers()['engagements:create']({ clientName, pilotName: 'Pilot', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
}

function backupNames(runtime: AppRuntime): string[] {
  try {
    return readdirSync(runtime.backupsFolder).sort();
  } catch {
    return [];
  }
}

async function rejected(pending: Promise<unknown>): Promise<AppError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected a failure, but it succeeded.');
}

describe('a backup', () => {
  it('is a standalone SQLite file that passes quick_check and holds the data, named by kind and UTC time', async () => {
    const clock = fakeClock('2026-03-02T09:15:30.250Z');
    const { runtime } = start({ userDataDir: tempDir(), now: clock.now });
    addEngagement(runtime, 'Acme');
    addEngagement(runtime, 'Globex');

    const summary = await runtime.backup('manual');

    expect(summary).toMatchObject({ kind: 'manual', createdAt: '2026-03-02T09:15:30.250Z', schemaVersion: LATEST_SCHEMA_VERSION, counts: { engagements: 2 } });
    expect(backupNames(runtime)).toEqual(['audit-workshop-manual-20260302T091530250Z.sqlite3']);
    const copy = new Database(path.join(runtime.backupsFolder, backupNames(runtime)[0]!), { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT client_name FROM engagements ORDER BY client_name').pluck().all()).toEqual(['Acme', 'Globex']);
    copy.close();
  });

  it('keeps the newest 24 hourly and 7 daily backups, each kind rotated on its own', async () => {
    const clock = fakeClock();
    const { runtime } = start({ userDataDir: tempDir(), now: clock.now });
    for (let i = 0; i < 26; i += 1) {
      await runtime.backup('hourly');
      clock.advance(HOUR_MS);
    }
    for (let i = 0; i < 9; i += 1) {
      await runtime.backup('daily');
      clock.advance(24 * HOUR_MS);
    }
    const names = backupNames(runtime);
    const hourly = names.filter((n) => n.includes('-hourly-'));
    expect(hourly).toHaveLength(24);
    expect(hourly[0]).toBe(backupFileName('hourly', new Date('2026-03-02T11:00:00.000Z')));
    expect(names.filter((n) => n.includes('-daily-'))).toHaveLength(7);
  });

  it('that fails is reported, leaves nothing half-written and rotates nothing out', async () => {
    const clock = fakeClock();
    const { runtime } = start({ userDataDir: tempDir(), now: clock.now });
    for (let i = 0; i < 24; i += 1) {
      await runtime.backup('hourly');
      clock.advance(HOUR_MS);
    }
    const before = backupNames(runtime);
    // Something the app cannot replace sits where the next backup would be written.
    const blocked = path.join(runtime.backupsFolder, `${backupFileName('hourly', clock.now())}.partial`);
    mkdirSync(blocked);

    const error = await rejected(runtime.backup('hourly'));

    expect(error.code).toBe('backup_failed');
    expect(error.message).toMatch(/No backup was made/);
    expect(backupNames(runtime)).toEqual([...before, path.basename(blocked)].sort());
  });

  it('to a folder that cannot be written gives a clear error and writes nothing', async () => {
    const dir = tempDir();
    const { runtime, dispatch, unexpected } = start({ userDataDir: dir });
    addEngagement(runtime, 'Acme');
    const notAFolder = path.join(dir, 'a-file');
    writeFileSync(notAFolder, 'plain file');

    const error = await rejected(runtime.backupToFolder(path.join(notAFolder, 'backups')));
    expect(error.code).toBe('backup_failed');
    expect(error.message).toBe(
      'No backup was made: the chosen folder cannot be written to. Choose another folder, or check that the drive is connected and not read-only. Your data itself is unaffected.',
    );

    // The same through the UI's "Back up now", when the backups folder is blocked by a file.
    writeFileSync(runtime.backupsFolder, 'plain file');
    const result = await dispatch(TRUSTED, 'backups:create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'backup_failed' } });
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'audit-workshop.sqlite3', 'audit-workshop.sqlite3-shm', 'audit-workshop.sqlite3-wal', 'backups']);
    expect(unexpected).toEqual([]);
  });
});

describe('start-up after a kill during a backup', () => {
  it('removes the half-written copies it left, and leaves the finished backups and anything else untouched', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-03-02T09:00:00.000Z');
    const first = start({ userDataDir: dir, now: clock.now }).runtime;
    addEngagement(first, 'Acme');
    await first.backup('manual');
    clock.advance(HOUR_MS);
    await first.backup('hourly');
    first.close();
    const finished = backupNames(first);
    const bytes = finished.map((name) => readFileSync(path.join(first.backupsFolder, name)));
    const leftovers = [
      `${backupFileName('hourly', new Date('2026-03-02T11:00:00.000Z'))}.partial`,
      `${backupFileName('on-quit', new Date('2026-03-02T12:00:00.000Z'))}.partial`,
      `${backupFileName('on-quit', new Date('2026-03-02T12:00:00.000Z'))}.partial-journal`,
    ];
    for (const name of leftovers) copyFileSync(path.join(first.backupsFolder, finished[0]!), path.join(first.backupsFolder, name));
    writeFileSync(path.join(first.backupsFolder, 'notes-of-mine.txt'), 'not ours to remove');
    writeFileSync(path.join(dir, `${DATABASE_FILE_NAME}.restoring`), 'a restore cut off mid-copy');

    const { runtime, dispatch } = start({ userDataDir: dir, now: clock.now });

    expect(runtime.mode()).toBe('normal');
    expect(backupNames(runtime)).toEqual([...finished, 'notes-of-mine.txt'].sort());
    expect(finished.map((name) => readFileSync(path.join(runtime.backupsFolder, name)))).toEqual(bytes);
    expect(readdirSync(dir).filter((name) => name.endsWith('.restoring'))).toEqual([]);
    const listed = await dispatch(TRUSTED, 'recovery:list-backups', {});
    expect(listed.ok && (listed.value as BackupSummary[]).map((b) => b.kind)).toEqual(['hourly', 'manual']);
  });
});

describe('the pre-migration backup', () => {
  const extra: Migration = {
    version: LATEST_SCHEMA_VERSION + 10,
    name: 'test-extra',
    up: (db) => db.exec('CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT'),
  };

  it('is not taken for a brand-new file, but is taken of the old schema before an existing file migrates', () => {
    const dir = tempDir();
    const first = start({ userDataDir: dir }).runtime;
    expect(backupNames(first)).toEqual([]);
    addEngagement(first, 'Acme');
    first.close();

    const upgraded = start({ userDataDir: dir, migrations: [...MIGRATIONS, extra] }).runtime;
    const names = backupNames(upgraded);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^audit-workshop-pre-migration-\d{8}T\d{9}Z\.sqlite3$/);
    const copy = new Database(path.join(upgraded.backupsFolder, names[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare('SELECT count(*) FROM engagements').pluck().get()).toBe(1);
    copy.close();
    upgraded.close();

    const again = start({ userDataDir: dir, migrations: [...MIGRATIONS, extra] }).runtime;
    expect(backupNames(again)).toHaveLength(1);
  });
});

describe('a backups folder that cannot be read', () => {
  it('does not stop the app from opening; a backup and the scheduler say what is wrong, and a missing data file opens the recovery screen instead of a fresh start', async () => {
    const dir = tempDir();
    const first = start({ userDataDir: dir }).runtime;
    addEngagement(first, 'Acme');
    first.close();
    // Where the backups folder should be there is a file: reading it fails as a folder without permission would.
    writeFileSync(first.backupsFolder, 'not a folder');

    const { runtime, dispatch } = start({ userDataDir: dir });
    expect(runtime.mode()).toBe('normal');
    const refused = await dispatch(TRUSTED, 'backups:create', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup_failed' } });
    const failures: string[] = [];
    const scheduler = createBackupScheduler({ target: runtime, now: () => new Date(), every: () => () => undefined, onFailure: (error) => failures.push((error as Error).message) });
    expect(await scheduler.tick()).toEqual([]);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]).toContain('The backups folder cannot be read');
    runtime.close();

    rmSync(path.join(dir, DATABASE_FILE_NAME));
    const missing = start({ userDataDir: dir });
    expect(missing.runtime.mode()).toBe('recovery');
    const listed = await missing.dispatch(TRUSTED, 'recovery:list-backups', {});
    expect(listed).toMatchObject({ ok: false, error: { code: 'backup_failed' } });
    expect(!listed.ok && listed.error.message).toContain('The backups folder cannot be read');
    expect(readFileSync(first.backupsFolder, 'utf8')).toBe('not a folder');
  });
});
