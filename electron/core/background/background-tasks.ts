import Database from 'better-sqlite3';
import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';
import { createBackupStore } from '../backups/backup-store';
import { discardPartial, snapshotInto, writeVerifiedBackup, type CopyOptions } from '../backups/backup-writer';
import type { BackupManifest } from '../db/backup-manifest';
import { databaseDamage, isDamageError } from '../db/database-check';
import { checkpointWalFile } from '../db/bulk-transaction';
import type { ArchiveProgress } from '../../../shared/domain/archive';
import { exportArchive } from '../archive/archive-export';
import type { HeaderFields } from '../archive/archive-file';
import { inspectArchive, prepareImport, type ArchiveSummary } from '../archive/archive-import';
import type { PreparedImport } from '../archive/prepared-import';
import { transferring } from './background-protocol';

/**
 * Its own read-only connection: what the thread reads never holds up the main connection's writes.
 * Closed when `use` is done, or when the promise it returned settles.
 */
function withReader<T>(filePath: string, use: (db: Database.Database) => T): T {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  let result: T;
  try {
    result = use(db);
  } catch (error) {
    db.close();
    throw error;
  }
  if (result instanceof Promise) return result.finally(() => db.close()) as T;
  db.close();
  return result;
}

/** What the archive tasks that read a file need besides it. */
interface ArchiveReadInput {
  dbPath: string;
  filePath: string;
  latestSchemaVersion: number;
  /** Main's clock, which stamps renumbered records. */
  now: string;
}

type Progress = (progress: ArchiveProgress) => void;

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

  /** The engagement's archive streamed to `target` from one snapshot, written atomically. */
  exportArchive(input: { dbPath: string; target: string; fields: HeaderFields }, progress: Progress): Promise<void> {
    return withReader(input.dbPath, (db) => exportArchive(db, input.target, input.fields, progress));
  },

  /** An archive file read, checked and compared with this laptop's data, for its preview. */
  inspectArchive(input: ArchiveReadInput, progress: Progress): Promise<ArchiveSummary> {
    return withReader(input.dbPath, (db) => inspectArchive(db, { filePath: input.filePath }, { ...input, onProgress: progress }));
  },

  /** After a bulk write committed on main without flushing: flushes it and empties the write-ahead log. */
  checkpointWal(input: { dbPath: string }): void {
    checkpointWalFile(input.dbPath);
  },

  /** An archive file read, checked and planned against this laptop's data, for main to write. */
  prepareImport(input: ArchiveReadInput, progress: Progress): Promise<PreparedImport> {
    return withReader(input.dbPath, async (db) => {
      const prepared = await prepareImport(db, { filePath: input.filePath }, { ...input, onProgress: progress });
      return transferring(prepared, prepared.pieces.map((piece) => piece.buffer as ArrayBuffer));
    });
  },
};

export type BackgroundTasks = typeof BACKGROUND_TASKS;
