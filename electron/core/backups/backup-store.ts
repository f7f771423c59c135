import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';
import { AppError, isAppError } from '../../../shared/ipc/result';
import { listBackupFiles, listPartialFiles, type BackupFile } from './backup-files';
import { readManifest } from '../db/backup-manifest';
import { discardPartial, writeVerifiedBackup } from './backup-writer';
import { databaseDamage } from '../db/database-check';

/** How many backups of each kind are kept; the oldest beyond this are removed after a good new one. */
export const BACKUPS_KEPT: Record<BackupKind, number> = {
  hourly: 24,
  daily: 7,
  'on-quit': 10,
  'pre-migration': 10,
  manual: 20,
};

export interface BackupStore {
  readonly folder: string;
  /** Takes a verified backup of `source`, then rotates that kind. Throws an AppError on failure. */
  take(source: Database.Database, kind: BackupKind, at: Date): BackupSummary;
  latestAt(kind: BackupKind): Date | null;
  /** Backups that open and pass the full check with a schema this app can read, newest first. */
  listVerified(latestSchemaVersion: number): BackupSummary[];
  /** The file behind a listed id, or a not_found AppError. */
  resolve(id: string): BackupFile;
  /** Removes backups a kill cut off mid-write; only safe while no backup is being written, i.e. at start. */
  removeLeftovers(): void;
}

export function createBackupStore(folder: string): BackupStore {
  function rotate(kind: BackupKind): void {
    const stale = listBackupFiles(folder)
      .filter((file) => file.kind === kind)
      .slice(BACKUPS_KEPT[kind]);
    for (const file of stale) {
      try {
        rmSync(file.path);
      } catch (error) {
        throw new AppError(
          'backup_failed',
          `The backup was made, but an older one could not be removed (${(error as Error).message}). Check the backups folder's permissions.`,
        );
      }
    }
  }

  function inspect(file: BackupFile, latestSchemaVersion: number): BackupSummary | null {
    let db: Database.Database | undefined;
    try {
      db = new Database(file.path, { readonly: true, fileMustExist: true });
      if (databaseDamage(db) !== null) return null;
      const manifest = readManifest(db);
      if (manifest.schemaVersion > latestSchemaVersion) return null;
      return { id: file.id, kind: file.kind, createdAt: file.createdAt.toISOString(), ...manifest };
    } catch {
      // A backup that cannot be read is simply not offered; the others still are.
      return null;
    } finally {
      db?.close();
    }
  }

  return {
    folder,
    take(source, kind, at) {
      const summary = writeVerifiedBackup(source, folder, kind, at, 'the app’s backups folder');
      rotate(kind);
      return summary;
    },
    latestAt(kind) {
      return listBackupFiles(folder).find((file) => file.kind === kind)?.createdAt ?? null;
    },
    listVerified(latestSchemaVersion) {
      return listBackupFiles(folder)
        .map((file) => inspect(file, latestSchemaVersion))
        .filter((summary): summary is BackupSummary => summary !== null);
    },
    resolve(id) {
      const file = listBackupFiles(folder).find((f) => f.id === id);
      if (!file) throw new AppError('not_found', 'That backup is no longer there. Choose another one from the list.');
      return file;
    },
    removeLeftovers() {
      let leftovers: string[];
      try {
        leftovers = listPartialFiles(folder);
      } catch (error) {
        // Nothing can be removed from a folder that cannot be read; the app still opens, and the
        // first backup, scheduled or asked for, reports the folder in the user's words.
        if (isAppError(error)) return;
        throw error;
      }
      for (const file of leftovers) discardPartial(file);
    },
  };
}
