import type { Database } from 'better-sqlite3';
import type { Migration } from './migration-types';

/** Thrown when the file was written by a newer app; the file is left exactly as it was. */
export class DatabaseFromFutureError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This data file was written by a newer version of Audit Workshop (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'Install the newer version to open it. The file has not been changed.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotFromFuture(db: Database, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = readSchemaVersion(db);
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
}

/**
 * Applies every pending migration and the new user_version in one transaction, so a failure or
 * a crash part-way leaves the old schema intact. Returns the versions it applied.
 */
export function runMigrations(
  db: Database,
  migrations: readonly Migration[],
  beforeMigrate?: (fromVersion: number, toVersion: number) => void,
): number[] {
  assertNotFromFuture(db, migrations);
  const current = readSchemaVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  const target = pending.at(-1)!.version;
  beforeMigrate?.(current, target);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}
