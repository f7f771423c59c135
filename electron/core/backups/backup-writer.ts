import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';
import { databaseDamage } from '../db/database-check';
import { rebuildIndexes, useRollbackJournal, vacuumInto } from '../db/snapshot';
import { backupFailedError } from './backup-errors';
import { backupFileName, parseBackupFile } from './backup-files';
import { readManifest, type BackupManifest } from '../db/backup-manifest';
import { announceLargeWrite } from '../background/large-writes';

/** What a copy gets before its check: nothing for a backup, every index built afresh for a repair. */
export interface CopyOptions {
  rebuildIndexes: boolean;
}

/**
 * Opens a finished database file, runs the full check and reads its manifest. The file is switched
 * to a rollback journal so it stands alone, with no -wal or -shm beside it.
 */
export function verifyDatabaseCopy(filePath: string, options: CopyOptions = { rebuildIndexes: false }): BackupManifest {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    useRollbackJournal(db);
    if (options.rebuildIndexes) rebuildIndexes(db);
    const damage = databaseDamage(db);
    if (damage !== null) throw new AppError('backup_failed', `The new copy failed its check (${damage}), so it was discarded.`);
    return readManifest(db);
  } finally {
    db.close();
  }
}

/** Writes a consistent snapshot of `source` with VACUUM INTO (never a file copy) to `target`. */
export function snapshotInto(source: Database.Database, target: string, options?: CopyOptions): BackupManifest {
  announceLargeWrite(target);
  vacuumInto(source, target);
  const manifest = verifyDatabaseCopy(target, options);
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return manifest;
}

/** Removes a half-made file of ours; a directory or anything else at that name is left alone. */
export function discardPartial(filePath: string): void {
  try {
    rmSync(filePath, { force: true });
    rmSync(`${filePath}-journal`, { force: true });
  } catch {
    // Something that is not our file sits at this name (rmSync refuses folders); leave it be.
  }
}

/**
 * Takes one backup into `folder`: snapshot to a temporary name, verify, then rename into place,
 * so a file with a backup's name is always complete and checked. A failure leaves nothing behind.
 */
export function writeVerifiedBackup(
  source: Database.Database,
  folder: string,
  kind: BackupKind,
  at: Date,
  /** How the folder is named in an error message; the message reaches the renderer, a path must not. */
  folderLabel: string,
): BackupSummary {
  const finalPath = path.join(folder, backupFileName(kind, at));
  const tempPath = `${finalPath}.partial`;
  try {
    mkdirSync(folder, { recursive: true });
    if (existsSync(finalPath)) throw Object.assign(new Error('a backup with this name already exists'), { code: 'EEXIST' });
    const manifest = snapshotInto(source, tempPath);
    renameSync(tempPath, finalPath);
    const file = parseBackupFile(folder, path.basename(finalPath))!;
    return { id: file.id, kind, createdAt: at.toISOString(), ...manifest };
  } catch (error) {
    discardPartial(tempPath);
    throw backupFailedError(error, folderLabel);
  }
}
