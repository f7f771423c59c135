import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Four bytes written into a leaf page of an index where SQLite's quick_check still says ok and
 * only integrity_check sees the index no longer matches its table: the damage that once let a
 * day silently lose notes. Found by trying places in turn, so the test holds as the schema grows.
 * The table rows are untouched, so a copy with its indexes built afresh is whole again.
 */
export function damageAnIndexQuietly(dbPath: string): void {
  const probe = new Database(dbPath, { readonly: true });
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  const leaves = probe
    .prepare<[], { pageno: number }>(
      "SELECT s.pageno FROM dbstat s JOIN sqlite_master m ON m.name = s.name WHERE m.type = 'index' AND s.pagetype = 'leaf' ORDER BY s.pageno",
    )
    .all();
  probe.close();
  const original = readFileSync(dbPath);
  for (const { pageno } of leaves) {
    for (let offset = 100; offset < pageSize - 4; offset += 37) {
      const damaged = Buffer.from(original);
      damaged.writeUInt32BE(0x41414141, (pageno - 1) * pageSize + offset);
      writeFileSync(dbPath, damaged);
      const db = new Database(dbPath, { readonly: true });
      try {
        if (db.pragma('quick_check', { simple: true }) === 'ok' && db.pragma('integrity_check', { simple: true }) !== 'ok') return;
      } catch {
        // This place broke the page outright; quick_check would catch it, so it proves nothing here.
      } finally {
        db.close();
      }
    }
  }
  throw new Error('No index page could be damaged past quick_check; the test needs a larger index.');
}

/** Overwrites half of one of a table's leaf pages: damage to the rows themselves, which no index rebuild can mend. */
export function damageTableRows(dbPath: string, tableName: string): void {
  const db = new Database(dbPath, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaf = db.prepare<[string], number>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").pluck().get(tableName);
  db.close();
  if (leaf === undefined) throw new Error(`The table ${tableName} has no leaf page.`);
  const fd = openSync(dbPath, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize / 2, 0xff), 0, pageSize / 2, (leaf - 1) * pageSize + pageSize / 4);
  } finally {
    closeSync(fd);
  }
}
