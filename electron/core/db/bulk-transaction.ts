import type { Database } from 'better-sqlite3';

/**
 * Runs `read` in one read transaction, so every row it reads, across awaits, comes from the same
 * moment. Only for a connection of its own (the background thread's), which its owner closes
 * after a failure: that ends the transaction, whatever statement was left open.
 */
export async function inReadSnapshot<T>(db: Database, read: () => Promise<T>): Promise<T> {
  db.prepare('BEGIN').run();
  const result = await read();
  db.prepare('COMMIT').run();
  return result;
}

/** A write transaction held open across turns of the event loop; whoever opens it keeps others off the connection. */
export interface OpenTransaction {
  commit(): void;
  /** Undoes everything since it began; nothing to undo once the connection has closed (SQLite rolled it back). */
  rollback(): void;
}

/** Takes the write lock at once, so a transaction that has begun never waits for another writer halfway. */
export function beginWrite(db: Database): OpenTransaction {
  db.prepare('BEGIN IMMEDIATE').run();
  return {
    commit: () => db.prepare('COMMIT').run(),
    rollback() {
      if (db.open && db.inTransaction) db.prepare('ROLLBACK').run();
    },
  };
}

/**
 * Copies the write-ahead log into the data file and empties it, after a bulk write left it large
 * (SQLite reuses the log but never shrinks it on its own). Never waits: while a background read
 * still uses the log, the log stays as it is until SQLite's next checkpoint reuses it.
 */
export function truncateWal(db: Database): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
