import Database from 'better-sqlite3';

/**
 * Runs `read` in one read transaction, so every row it reads, across awaits, comes from the same
 * moment. Only for a connection of its own (the background thread's), which its owner closes
 * after a failure: that ends the transaction, whatever statement was left open.
 */
export async function inReadSnapshot<T>(db: Database.Database, read: () => Promise<T>): Promise<T> {
  db.prepare('BEGIN').run();
  const result = await read();
  db.prepare('COMMIT').run();
  return result;
}

/** A write transaction held open across turns of the event loop; whoever opens it keeps others off the connection. */
export interface OpenTransaction {
  /** Commits without waiting for the disk: the data is saved for good only once checkpointWal has run. */
  commit(): void;
  /** Undoes everything since it began; nothing to undo once the connection has closed (SQLite rolled it back). */
  rollback(): void;
}

/**
 * Begins a bulk write that takes the write lock at once, so it never waits for another writer
 * halfway. Its commit neither flushes the write-ahead log (synchronous NORMAL) nor copies it into
 * the data file (no automatic checkpoint), for this transaction only: after a hundred megabytes
 * either takes most of a second, which the main thread must not wait for. checkpointWalFile, on the
 * background thread, does both afterwards; until it has, a power cut may lose the bulk write
 * (never damage the file), so nobody is told it is saved before.
 */
export function beginBulkWrite(db: Database.Database): OpenTransaction {
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  const restore = () => {
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  };
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  try {
    db.prepare('BEGIN IMMEDIATE').run();
  } catch (error) {
    restore();
    throw error;
  }
  return {
    commit() {
      db.prepare('COMMIT').run();
      restore();
    },
    rollback() {
      if (!db.open) return;
      if (db.inTransaction) db.prepare('ROLLBACK').run();
      restore();
    },
  };
}

/**
 * Flushes the write-ahead log, copies it into the data file, flushes that and empties the log:
 * after a bulk write the log is large, SQLite never shrinks it on its own, and the bulk write is
 * saved for good only once this has run. Throws when a reader kept it from finishing.
 */
export function checkpointWal(db: Database.Database): void {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result?.busy !== 0) throw new Error('The data file could not be flushed to disk: another reader kept it busy.');
}

/** checkpointWal on a connection of its own (the background thread's), as durable as the app's own. */
export function checkpointWalFile(dbPath: string): void {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    db.pragma('synchronous = FULL');
    if (process.platform === 'darwin') db.pragma('checkpoint_fullfsync = ON');
    checkpointWal(db);
  } finally {
    db.close();
  }
}
