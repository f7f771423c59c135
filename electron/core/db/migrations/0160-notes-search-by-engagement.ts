import type { Migration } from '../migration-types';

/**
 * Rebuilds the notes full-text index, notes_fts, so that it holds each engagement's notes apart and
 * a search reads only the engagement's own entries. The old index found a word in every engagement
 * and dropped the others' notes afterwards: a common word in an old engagement read every note holding it
 * (115 ms with 100,000 notes in the file, 1.2 s with a million).
 *
 * FTS5 keeps each word's entries sorted by rowid and seeks to a rowid range, so the new index's
 * rowid puts the engagement first: the engagement's search key times 2^32, plus the note's rowid
 * (notes are numbered far below 2^32). A search asks for `rowid BETWEEN key << 32 AND (key << 32) +
 * 0xFFFFFFFF` and touches nothing of other engagements. The key is an integer of its own, in
 * notes_fts_scopes, rather than the engagement's rowid: engagements has a text primary key, so
 * its rowids are not part of the schema and a rebuild of that table would renumber them.
 *
 * - The index is contentless (the text stays in notes) with contentless_delete, so a note leaves
 *   it by rowid alone. It holds live notes only; deleting or restoring a note takes it out or puts
 *   it back, and reads no longer filter deleted notes.
 * - Prefix indexes for 1 to 3 letters: without one, FTS5 answers a prefix by merging the entries of
 *   every word that starts with it across the whole file, whatever the rowid range ("appr" took
 *   300–460 ms with a million notes). A longer prefix is asked for by its first three letters and
 *   the notes found are checked for the rest (note-search-repository), which stays within the
 *   engagement; each further length would cost another entry per word on every save.
 * - Scopes have no foreign key: deleting an engagement deletes its notes first (the cascade runs
 *   before the engagement's AFTER DELETE trigger), and each note's trigger still needs the key.
 * - Triggers on notes keep the index in step for every writer, archive import and merge included,
 *   as the old triggers did; an update that leaves the indexed columns as they were (pinning, a
 *   visibility change) leaves the index alone. An engagement written by any path gets its key
 *   from its own trigger.
 */
export const m0160NotesSearchByEngagement: Migration = {
  version: 160,
  name: 'notes-search-by-engagement',
  up(db) {
    db.exec(`
      DROP TRIGGER notes_fts_insert;
      DROP TRIGGER notes_fts_delete;
      DROP TRIGGER notes_fts_update;
      DROP TABLE notes_fts;

      CREATE TABLE notes_fts_scopes (
        key INTEGER PRIMARY KEY,
        engagement_id TEXT NOT NULL UNIQUE
      ) STRICT;
      INSERT INTO notes_fts_scopes (engagement_id) SELECT id FROM engagements ORDER BY created_at, rowid;
      CREATE TRIGGER notes_fts_scope_insert AFTER INSERT ON engagements BEGIN
        INSERT INTO notes_fts_scopes (engagement_id) VALUES (new.id);
      END;
      CREATE TRIGGER notes_fts_scope_delete AFTER DELETE ON engagements BEGIN
        DELETE FROM notes_fts_scopes WHERE engagement_id = old.id;
      END;

      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        text, speaker_name, tags,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      INSERT INTO notes_fts (rowid, text, speaker_name, tags)
        SELECT (s.key << 32) + n.rowid, n.text, n.speaker_name, n.tags
          FROM notes n JOIN notes_fts_scopes s ON s.engagement_id = n.engagement_id
         WHERE n.deleted_at IS NULL
         ORDER BY 1;

      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO notes_fts (rowid, text, speaker_name, tags)
          SELECT (s.key << 32) + new.rowid, new.text, new.speaker_name, new.tags FROM notes_fts_scopes s WHERE s.engagement_id = new.engagement_id;
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes WHEN old.deleted_at IS NULL BEGIN
        DELETE FROM notes_fts WHERE rowid = (SELECT (s.key << 32) + old.rowid FROM notes_fts_scopes s WHERE s.engagement_id = old.engagement_id);
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF engagement_id, text, speaker_name, tags, deleted_at ON notes
        WHEN old.text IS NOT new.text OR old.speaker_name IS NOT new.speaker_name OR old.tags IS NOT new.tags
          OR old.deleted_at IS NOT new.deleted_at OR old.engagement_id IS NOT new.engagement_id BEGIN
        DELETE FROM notes_fts WHERE old.deleted_at IS NULL
          AND rowid = (SELECT (s.key << 32) + old.rowid FROM notes_fts_scopes s WHERE s.engagement_id = old.engagement_id);
        INSERT INTO notes_fts (rowid, text, speaker_name, tags)
          SELECT (s.key << 32) + new.rowid, new.text, new.speaker_name, new.tags FROM notes_fts_scopes s
           WHERE new.deleted_at IS NULL AND s.engagement_id = new.engagement_id;
      END;
    `);
  },
};
