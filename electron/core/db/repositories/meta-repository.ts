import type { Database } from 'better-sqlite3';

/** Small key-value facts about this database file, such as the id of the device that owns it. */
export function createMetaRepository(db: Database) {
  const getStmt = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const setStmt = db.prepare<[string, string]>(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | undefined {
      return getStmt.get(key)?.value;
    },
    set(key: string, value: string): void {
      setStmt.run(key, value);
    },
  };
}

export type MetaRepository = ReturnType<typeof createMetaRepository>;
