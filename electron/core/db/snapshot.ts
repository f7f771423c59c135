import type { Database } from 'better-sqlite3';

/** A consistent copy of the whole database in one new file, written by SQLite itself (never a file copy). */
export function vacuumInto(source: Database, target: string): void {
  source.prepare('VACUUM INTO ?').run(target);
}

/**
 * Builds every index of a copy afresh from its table's rows. VACUUM INTO alone does not: it copies
 * an index whose table has the same shape entry by entry, damage included.
 */
export function rebuildIndexes(db: Database): void {
  db.exec('REINDEX');
}

/** Switches a copy to a rollback journal, so it stands alone with no -wal or -shm beside it. */
export function useRollbackJournal(db: Database): void {
  db.pragma('journal_mode = DELETE');
}

/**
 * What tells that the data changed: rows written through this connection, and SQLite's counter of
 * commits made by other connections to the same file.
 */
export function changeCounts(db: Database): { written: number; external: number } {
  return {
    written: db.prepare('SELECT total_changes()').pluck().get() as number,
    external: db.pragma('data_version', { simple: true }) as number,
  };
}
