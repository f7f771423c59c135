import type { Database } from 'better-sqlite3';

/** The trigger that indexes each note for search as it is inserted (migration 0160). */
const INSERT_TRIGGER = 'notes_fts_insert';

/** Notes inserted while the index waits, indexed a batch at a time, then the trigger put back. */
export interface DeferredNoteIndex {
  /** How many notes have been inserted since the index began waiting. */
  waiting(): number;
  /** Indexes up to `count` of the waiting notes, in insertion order; returns how many it indexed. */
  indexNext(count: number): number;
  /** Puts the trigger back; notes still waiting stay out of the index, so first index them all. */
  resume(): void;
}

/**
 * Lets a bulk insert of notes (an archive import) index them for search afterwards, many to a
 * statement, instead of one at a time through the insert trigger: FTS5 writes out what it has
 * pending at every statement, so a note at a time it writes and merges a tiny index segment per
 * note (measured: three times as long for 100,000 notes). The trigger is dropped and recreated
 * from its own stored definition inside the caller's transaction, so no other connection ever
 * sees it missing, and a rollback puts it back with everything else. Only inside a write
 * transaction that nothing else writes in meanwhile.
 */
export function deferNoteIndex(db: Database): DeferredNoteIndex {
  if (!db.inTransaction) throw new Error('The note index waits only inside a write transaction.');
  const definition = db.prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(INSERT_TRIGGER);
  if (!definition) throw new Error(`The ${INSERT_TRIGGER} trigger is missing.`);
  let indexed = db.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM notes').pluck().get()!;
  db.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  const last = db.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM notes').pluck();
  const pending = db.prepare<[number], number>('SELECT count(*) FROM notes WHERE rowid > ?').pluck();
  const inRange = db.prepare<[number, number], number>('SELECT count(*) FROM notes WHERE rowid > ? AND rowid <= ?').pluck();
  const upTo = db.prepare<[number, number], number | null>('SELECT max(rowid) FROM (SELECT rowid FROM notes WHERE rowid > ? ORDER BY rowid LIMIT ?)').pluck();
  // As the trigger does (migration 0160): live notes only, each under its engagement's search key.
  const index = db.prepare<[number, number]>(
    `INSERT INTO notes_fts (rowid, text, speaker_name, tags)
       SELECT (s.key << 32) + n.rowid, n.text, n.speaker_name, n.tags
         FROM notes n JOIN notes_fts_scopes s ON s.engagement_id = n.engagement_id
        WHERE n.rowid > ? AND n.rowid <= ? AND n.deleted_at IS NULL`,
  );
  return {
    waiting: () => pending.get(indexed)!,
    indexNext(count) {
      const end = upTo.get(indexed, count);
      if (end === null || end === undefined) return 0;
      index.run(indexed, end);
      // Counted over the notes passed, not rows indexed: a batch of deleted notes indexes none but is not the end.
      const passed = inRange.get(indexed, end)!;
      indexed = end;
      return passed;
    },
    resume() {
      if (indexed < last.get()!) throw new Error('Notes inserted while the index waited were not all indexed.');
      db.exec(definition);
    },
  };
}
