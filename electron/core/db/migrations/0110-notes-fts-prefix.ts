import type { Migration } from '../migration-types';

/**
 * Rebuilds the notes full-text index with prefix indexes for 2 to 5 characters, so search as you
 * type does not merge the posting list of every word starting with what was typed (a 5-letter
 * prefix such as "appro" expands to words in 85% of a large engagement's notes). FTS5 uses a prefix
 * index only for prefixes of exactly its length; longer prefixes match few enough words to be cheap
 * without one, and each length costs one more entry per word on every save.
 *
 * Only the index changes: it is external content over `notes`, so dropping it loses no note, and
 * 'rebuild' indexes every existing row again (deleted ones too, as before, which reads filter out).
 * The insert, update and delete triggers on `notes` name the index by name and are kept as they are.
 */
export const m0110NotesFtsPrefix: Migration = {
  version: 110,
  name: 'notes-fts-prefix',
  up(db) {
    db.exec(`
      DROP TABLE notes_fts;
      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        text, speaker_name, tags,
        content = 'notes', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4 5'
      );
      INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    `);
  },
};
