import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** A digest of every row of every table (FTS shadow tables aside), to prove a request wrote nothing. */
export function hashAllTables(db: Database): string {
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")
    .pluck()
    .all();
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
