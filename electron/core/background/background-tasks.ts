import Database from 'better-sqlite3';
import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';
import { createBackupStore } from '../backups/backup-store';
import { discardPartial, snapshotInto, writeVerifiedBackup, type CopyOptions } from '../backups/backup-writer';
import type { BackupManifest } from '../db/backup-manifest';
import { databaseDamage, isDamageError } from '../db/database-check';

/** Its own read-only connection: what the thread reads never holds up the main connection's writes. */
function withReader<T>(filePath: string, use: (db: Database.Database) => T): T {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/**
 * The whole-file work the main process hands to the background thread. Each task opens its own
 * connections and closes them before it answers; inputs and outputs cross the thread as plain data.
 */
export const BACKGROUND_TASKS = {
  /** SQLite's full check of the live file, read from a snapshot while capture goes on. */
  checkData(input: { dbPath: string }): { damage: string | null } {
    try {
      return { damage: withReader(input.dbPath, databaseDamage) };
    } catch (error) {
      if (isDamageError(error)) return { damage: String((error as Error).message) };
      throw error;
    }
  },

  takeBackup(input: { dbPath: string; folder: string; kind: BackupKind; at: string }): BackupSummary {
    return withReader(input.dbPath, (db) => createBackupStore(input.folder).take(db, input.kind, new Date(input.at)));
  },

  backupToFolder(input: { dbPath: string; folder: string; at: string }): BackupSummary {
    return withReader(input.dbPath, (db) => writeVerifiedBackup(db, input.folder, 'manual', new Date(input.at), 'the chosen folder'));
  },

  listVerifiedBackups(input: { folder: string; latestSchemaVersion: number }): BackupSummary[] {
    return createBackupStore(input.folder).listVerified(input.latestSchemaVersion);
  },

  /**
   * A checked copy of `source` at `target`, for a restore or a repair to put in place. A repair
   * builds every index of the copy afresh from its rows, so a file whose damage was only in its
   * indexes comes out whole; damage to the rows themselves fails the copy or its check, and
   * nothing is left at `target`.
   */
  stageCopy(input: { source: string; target: string } & CopyOptions): BackupManifest {
    discardPartial(input.target);
    try {
      return withReader(input.source, (db) => snapshotInto(db, input.target, input));
    } catch (error) {
      discardPartial(input.target);
      throw error;
    }
  },
};

export type BackgroundTasks = typeof BACKGROUND_TASKS;
