import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { assertNotFromFuture, runMigrations } from './migrate';
import type { Migration } from './migration-types';

export interface OpenDatabaseOptions {
  migrations?: readonly Migration[];
  beforeMigrate?: (fromVersion: number, toVersion: number) => void;
}

/**
 * Opens the app database durably: WAL with synchronous=FULL so a commit the user saw survives
 * power loss, foreign keys enforced. A file from a newer app version is refused before anything
 * is written to it.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = new Database(path);
  try {
    assertNotFromFuture(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (process.platform === 'darwin') {
      db.pragma('fullfsync = ON');
      db.pragma('checkpoint_fullfsync = ON');
    }
    runMigrations(db, migrations, options.beforeMigrate);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
