import type { Database } from 'better-sqlite3';
import { BACKUP_COUNTED_TABLES, type BackupCounts } from '../../../shared/domain/backup';
import { readSchemaVersion } from './migrate';

export interface BackupManifest {
  schemaVersion: number;
  counts: BackupCounts;
}

/**
 * Read from the backup itself rather than a side file, so what the list shows is always what
 * the file holds. Tables an older schema does not have count as zero.
 */
/** Deleted rows kept for undo and merging are not counted: the count is what the user would see. */
function hasDeletedAt(db: Database, table: string): boolean {
  return db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).some((c) => c.name === 'deleted_at');
}

export function readManifest(db: Database): BackupManifest {
  const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  const counts = Object.fromEntries(
    BACKUP_COUNTED_TABLES.map((table) => [
      table,
      tables.has(table) ? (db.prepare(`SELECT count(*) FROM "${table}"${hasDeletedAt(db, table) ? ' WHERE deleted_at IS NULL' : ''}`).pluck().get() as number) : 0,
    ]),
  ) as BackupCounts;
  return { schemaVersion: readSchemaVersion(db), counts };
}
