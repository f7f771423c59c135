import type { Database } from 'better-sqlite3';
import { BACKUP_COUNTED_TABLES, type BackupCounts } from '../../../shared/domain/backup';
import { readSchemaVersion } from '../db/migrate';

export interface BackupManifest {
  schemaVersion: number;
  counts: BackupCounts;
}

/**
 * Read from the backup itself rather than a side file, so what the list shows is always what
 * the file holds. Tables an older schema does not have count as zero.
 */
export function readManifest(db: Database): BackupManifest {
  const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  const counts = Object.fromEntries(
    BACKUP_COUNTED_TABLES.map((table) => [
      table,
      tables.has(table) ? (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : 0,
    ]),
  ) as BackupCounts;
  return { schemaVersion: readSchemaVersion(db), counts };
}
