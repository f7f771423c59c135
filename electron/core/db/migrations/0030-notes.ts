import type { Migration } from '../migration-types';

/**
 * Adds notes (captured live, with a short reference such as D2-014 that reports cite), their
 * full-text index kept in step by triggers, and the capture box's draft per engagement. A deleted
 * note keeps its row with deleted_at set, so undo and co-facilitator merges can see it. Existing
 * engagements start with no notes.
 */
export const m0030Notes: Migration = {
  version: 30,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        ref TEXT NOT NULL,
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 10),
        session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        area TEXT CHECK (area IS NULL OR area IN ('problem-fit', 'approach', 'production-requirements', 'path-to-ship')),
        kind TEXT NOT NULL CHECK (kind IN ('observation', 'quote', 'risk', 'decision', 'question', 'action', 'assumption')),
        text TEXT NOT NULL CHECK (length(text) > 0),
        speaker_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        speaker_name TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        visibility TEXT NOT NULL DEFAULT 'client' CHECK (visibility IN ('client', 'facilitator')),
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        captured_at TEXT NOT NULL,
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        UNIQUE (engagement_id, ref)
      ) STRICT;
      CREATE INDEX notes_by_day ON notes (engagement_id, day, captured_at);
      CREATE INDEX notes_by_session ON notes (session_id);

      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        text, speaker_name, tags,
        content = 'notes', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, text, speaker_name, tags) VALUES (new.rowid, new.text, new.speaker_name, new.tags);
      END;
      CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, text, speaker_name, tags) VALUES ('delete', old.rowid, old.text, old.speaker_name, old.tags);
      END;
      CREATE TRIGGER notes_fts_update AFTER UPDATE OF text, speaker_name, tags ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, text, speaker_name, tags) VALUES ('delete', old.rowid, old.text, old.speaker_name, old.tags);
        INSERT INTO notes_fts (rowid, text, speaker_name, tags) VALUES (new.rowid, new.text, new.speaker_name, new.tags);
      END;

      CREATE TABLE capture_drafts (
        engagement_id TEXT PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        context TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(context)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
