import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../../electron/core/start-app-core';
import type { BackupSummary, RecoveryStatus, RestoreResult } from '../../../../shared/domain/backup';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Dispatch } from '../../../../shared/ipc/dispatch';
import { fakeClock } from '../../helpers/clock';
import { call, TRUSTED, useTestRuntime } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';
import { damageAnIndexQuietly } from '../../helpers/damage-index';

const tempDir = useTempDir();
const start = useTestRuntime();


function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * A data folder whose database has several pages of engagements and one verified backup taken
 * before the last engagement was added, so a restore is told apart from the damaged file.
 */
async function preparedFolder(): Promise<{ dir: string; dbPath: string; backedUp: number }> {
  const dir = tempDir();
  const clock = fakeClock();
  const { runtime } = start({ userDataDir: dir, now: clock.now });
  for (let i = 0; i < 60; i += 1) {
    runtime.handlers()['engagements:create']({ clientName: `Client ${i} ${'x'.repeat(120)}`, pilotName: 'Pilot', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
  }
  await runtime.backup('manual');
  runtime.handlers()['engagements:create']({ clientName: 'Added after the backup', pilotName: 'Pilot', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
  runtime.close();
  return { dir, dbPath: path.join(dir, DATABASE_FILE_NAME), backedUp: 60 };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

const DAMAGE: [string, (dbPath: string) => void][] = [
  ['an index that no longer matches its table (quick_check misses it)', damageAnIndexQuietly],
  ['truncated', (dbPath) => truncateSync(dbPath, Math.floor(statSync(dbPath).size / 3))],
  [
    'garbage pages in the middle',
    (dbPath) => {
      const pageSize = 4096;
      const middle = Math.floor(statSync(dbPath).size / pageSize / 2) * pageSize;
      overwrite(dbPath, middle, Buffer.alloc(pageSize * 2, 0xa7));
    },
  ],
  ['a wrong header', (dbPath) => overwrite(dbPath, 0, Buffer.from('Not a database!!', 'latin1'))],
];

describe('start-up over a damaged data file', () => {
  it.each(DAMAGE)('enters recovery mode for %s, changes nothing until asked, and restores the backup', async (_name, damage) => {
    const { dir, dbPath, backedUp } = await preparedFolder();
    damage(dbPath);
    const damagedHash = hashOf(dbPath);

    const clock = fakeClock('2026-04-01T10:00:00.000Z');
    const { runtime, dispatch, unexpected } = start({ userDataDir: dir, now: clock.now });

    expect(runtime.mode()).toBe('recovery');
    const status = await call<RecoveryStatus>(dispatch, 'recovery:status');
    expect(status).toMatchObject({ mode: 'recovery', reason: 'damaged', canStartFresh: true });
    expect(await dispatch(TRUSTED, 'engagements:list', {})).toMatchObject({ ok: false, error: { code: 'recovery_mode' } });
    expect(await dispatch(TRUSTED, 'backups:create', {})).toMatchObject({ ok: false, error: { code: 'recovery_mode' } });
    expect(hashOf(dbPath)).toBe(damagedHash);

    const backups = await call<BackupSummary[]>(dispatch, 'recovery:list-backups');
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ kind: 'manual', counts: { engagements: backedUp } });
    expect(JSON.stringify(backups)).not.toContain(dir);

    const result = await call<RestoreResult>(dispatch, 'recovery:restore', { id: backups[0]!.id });
    expect(result.previousFileKept).toBe(true);
    expect(runtime.mode()).toBe('normal');
    expect((await call<Engagement[]>(dispatch, 'engagements:list')).length).toBe(backedUp);
    expect(await call<RecoveryStatus>(dispatch, 'recovery:status')).toMatchObject({ mode: 'normal', reason: null });

    const aside = path.join(dir, 'audit-workshop.damaged-20260401T100000000Z.sqlite3');
    expect(hashOf(aside)).toBe(damagedHash);
    expect(unexpected).toEqual([]);
  });

  it('starts fresh on request, keeping the damaged file and its -wal byte for byte under another name', async () => {
    const { dir, dbPath } = await preparedFolder();
    overwrite(dbPath, 0, Buffer.from('Not a database!!', 'latin1'));
    writeFileSync(`${dbPath}-wal`, 'leftover journal bytes');
    const hashes = [hashOf(dbPath), hashOf(`${dbPath}-wal`)];

    const clock = fakeClock('2026-04-01T10:00:00.000Z');
    const { runtime, dispatch } = start({ userDataDir: dir, now: clock.now });
    expect(runtime.mode()).toBe('recovery');

    expect(await call<RecoveryStatus>(dispatch, 'recovery:start-fresh')).toMatchObject({ mode: 'normal' });
    expect(await call<Engagement[]>(dispatch, 'engagements:list')).toEqual([]);
    const aside = path.join(dir, 'audit-workshop.damaged-20260401T100000000Z.sqlite3');
    expect([hashOf(aside), hashOf(`${aside}-wal`)]).toEqual(hashes);
    expect(await dispatch(TRUSTED, 'recovery:start-fresh', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses an unknown or forged backup id and moves nothing', async () => {
    const { dir, dbPath } = await preparedFolder();
    overwrite(dbPath, 0, Buffer.from('Not a database!!', 'latin1'));
    const { dispatch, runtime } = start({ userDataDir: dir });
    for (const id of ['manual@20990101T000000000Z', '../../etc/passwd', 'x']) {
      expect((await dispatch(TRUSTED, 'recovery:restore', { id })).ok).toBe(false);
    }
    expect(runtime.mode()).toBe('recovery');
    expect(readdirSync(dir).filter((n) => n.includes('damaged'))).toEqual([]);
  });
});

describe('start-up over a file from a newer version', () => {
  it('enters recovery mode without touching the file, offers no fresh start, and restores only when asked', async () => {
    const { dir, dbPath, backedUp } = await preparedFolder();
    const writer = new Database(dbPath);
    writer.pragma('user_version = 9990');
    writer.close();
    const futureHash = hashOf(dbPath);

    const clock = fakeClock('2026-04-01T10:00:00.000Z');
    const { dispatch } = start({ userDataDir: dir, now: clock.now });
    const status = await call<RecoveryStatus>(dispatch, 'recovery:status');
    expect(status).toMatchObject({ mode: 'recovery', reason: 'from-future', canStartFresh: false });
    expect(status.message).toContain('newer version');
    expect(await dispatch(TRUSTED, 'recovery:start-fresh', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(hashOf(dbPath)).toBe(futureHash);

    const [backup] = await call<BackupSummary[]>(dispatch, 'recovery:list-backups');
    await call(dispatch, 'recovery:restore', { id: backup!.id });
    expect((await call<Engagement[]>(dispatch, 'engagements:list')).length).toBe(backedUp);
    expect(hashOf(path.join(dir, 'audit-workshop.newer-version-20260401T100000000Z.sqlite3'))).toBe(futureHash);
    expect(existsSync(dbPath)).toBe(true);
  });
});

const RUNNING_AS_ROOT = process.getuid?.() === 0;
const ROOT_IGNORES_MODES = 'skipped when running as root, which reads and writes whatever the permission bits say';

/** chattr +i binds root too, but needs the tool, a file system that has the flag, and the right to set it. */
function immutableFlagWorks(dir: string): boolean {
  const probe = path.join(dir, 'immutable-probe');
  writeFileSync(probe, '');
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

async function statusOf(dispatch: Dispatch): Promise<RecoveryStatus> {
  return call<RecoveryStatus>(dispatch, 'recovery:status');
}

describe('start-up over a data file that cannot be opened', () => {
  it('finds a folder where the data file should be, says so, and restores the backup, keeping the folder under another name', async () => {
    const { dir, dbPath, backedUp } = await preparedFolder();
    rmSync(dbPath);
    mkdirSync(dbPath);
    writeFileSync(path.join(dbPath, 'inside.txt'), 'kept');

    const clock = fakeClock('2026-04-01T10:00:00.000Z');
    const { runtime, dispatch, unexpected } = start({ userDataDir: dir, now: clock.now });

    expect(runtime.mode()).toBe('recovery');
    const status = await statusOf(dispatch);
    expect(status).toMatchObject({ mode: 'recovery', reason: 'not-a-file', canRestore: true, canStartFresh: true, title: 'Your data file is not a file' });
    expect(status.message).toContain('there is a folder');
    const [backup] = await call<BackupSummary[]>(dispatch, 'recovery:list-backups');
    expect(await call<RestoreResult>(dispatch, 'recovery:restore', { id: backup!.id })).toMatchObject({ previousFileKept: true });
    expect((await call<Engagement[]>(dispatch, 'engagements:list')).length).toBe(backedUp);
    expect(readFileSync(path.join(dir, 'audit-workshop.unreadable-20260401T100000000Z.sqlite3', 'inside.txt'), 'utf8')).toBe('kept');
    expect(unexpected).toEqual([]);
  });

  it.skipIf(RUNNING_AS_ROOT)(`finds a data file it may not read (chmod 000) and offers the backups (${ROOT_IGNORES_MODES})`, async () => {
    const { dir, dbPath } = await preparedFolder();
    chmodSync(dbPath, 0o000);
    try {
      const { dispatch } = start({ userDataDir: dir });
      const status = await statusOf(dispatch);
      expect(status).toMatchObject({ mode: 'recovery', reason: 'unreadable', canRestore: true, canStartFresh: true });
      expect(status.message).toContain('not allowed to read');
      expect(await call<BackupSummary[]>(dispatch, 'recovery:list-backups')).toHaveLength(1);
    } finally {
      chmodSync(dbPath, 0o600);
    }
  });

  it.skipIf(RUNNING_AS_ROOT)(`finds a read-only data folder (chmod 555) and says to make it writable (${ROOT_IGNORES_MODES})`, async () => {
    const { dir } = await preparedFolder();
    chmodSync(dir, 0o555);
    try {
      const { runtime, dispatch } = start({ userDataDir: dir });
      expect(runtime.mode()).toBe('recovery');
      expect(await statusOf(dispatch)).toMatchObject({ reason: 'read-only', canRestore: false, canStartFresh: false });
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('finds a data folder locked against changes (chattr +i), offers nothing that would write, and opens normally once it is unlocked', async (context) => {
    const { dir, dbPath, backedUp } = await preparedFolder();
    if (!immutableFlagWorks(dir)) context.skip('chattr +i is not available here (no tool, a file system without the flag, or no right to set it)');
    const before = readdirSync(dir).sort();
    const fileHash = hashOf(dbPath);
    execFileSync('chattr', ['+i', dir]);
    try {
      const { runtime, dispatch, unexpected } = start({ userDataDir: dir });
      expect(runtime.mode()).toBe('recovery');
      const status = await statusOf(dispatch);
      expect(status).toMatchObject({ mode: 'recovery', reason: 'read-only', canRestore: false, canStartFresh: false, title: 'Audit Workshop cannot save in its data folder' });
      expect(status.message).toContain('Make the folder and the file writable');
      const [backup] = await call<BackupSummary[]>(dispatch, 'recovery:list-backups');
      expect(await dispatch(TRUSTED, 'recovery:restore', { id: backup!.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await dispatch(TRUSTED, 'recovery:start-fresh', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await dispatch(TRUSTED, 'engagements:list', {})).toMatchObject({ ok: false, error: { code: 'recovery_mode' } });
      expect(unexpected).toEqual([]);
      runtime.close();
    } finally {
      execFileSync('chattr', ['-i', dir]);
    }
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(hashOf(dbPath)).toBe(fileHash);

    const { runtime, dispatch } = start({ userDataDir: dir });
    expect(runtime.mode()).toBe('normal');
    expect((await call<Engagement[]>(dispatch, 'engagements:list')).length).toBe(backedUp + 1);
  });

  it('finds a zero-byte data file while backups exist, and restores one, keeping the empty file under another name', async () => {
    const { dir, dbPath, backedUp } = await preparedFolder();
    writeFileSync(dbPath, '');
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });

    const clock = fakeClock('2026-04-01T10:00:00.000Z');
    const { runtime, dispatch } = start({ userDataDir: dir, now: clock.now });

    expect(runtime.mode()).toBe('recovery');
    const status = await statusOf(dispatch);
    expect(status).toMatchObject({ reason: 'empty', canRestore: true, canStartFresh: true, title: 'Your data file is empty' });
    expect(statSync(dbPath).size).toBe(0);
    const [backup] = await call<BackupSummary[]>(dispatch, 'recovery:list-backups');
    await call(dispatch, 'recovery:restore', { id: backup!.id });
    expect((await call<Engagement[]>(dispatch, 'engagements:list')).length).toBe(backedUp);
    expect(statSync(path.join(dir, 'audit-workshop.empty-20260401T100000000Z.sqlite3')).size).toBe(0);
  });

  it('opens a zero-byte data file as a fresh workspace when there is no backup to offer', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, DATABASE_FILE_NAME), '');
    const { runtime, dispatch } = start({ userDataDir: dir });
    expect(runtime.mode()).toBe('normal');
    expect(await call<Engagement[]>(dispatch, 'engagements:list')).toEqual([]);
  });

  it('finds the data file missing while backups exist, and offers them as well as a fresh start', async () => {
    const { dir, dbPath, backedUp } = await preparedFolder();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });

    const first = start({ userDataDir: dir });
    expect(first.runtime.mode()).toBe('recovery');
    const status = await statusOf(first.dispatch);
    expect(status).toMatchObject({ reason: 'missing', canRestore: true, canStartFresh: true, title: 'Your data file is missing' });
    expect(existsSync(dbPath)).toBe(false);
    const [backup] = await call<BackupSummary[]>(first.dispatch, 'recovery:list-backups');
    expect(await call<RestoreResult>(first.dispatch, 'recovery:restore', { id: backup!.id })).toMatchObject({ previousFileKept: false });
    expect((await call<Engagement[]>(first.dispatch, 'engagements:list')).length).toBe(backedUp);
    first.runtime.close();

    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
    const second = start({ userDataDir: dir });
    expect(await call<RecoveryStatus>(second.dispatch, 'recovery:start-fresh')).toMatchObject({ mode: 'normal' });
    expect(await call<Engagement[]>(second.dispatch, 'engagements:list')).toEqual([]);
  });
});
