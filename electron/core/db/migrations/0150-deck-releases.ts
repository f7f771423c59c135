import type { Migration } from '../migration-types';

/**
 * Lets a release record the readout deck exported on its own: scope_kind 'deck', with a day for
 * one day's deck and none for the week's. SQLite cannot change a CHECK in place, so the table is
 * rebuilt and every release is copied unchanged; nothing references releases, and its one index
 * is made again on the new table.
 */
export const m0150DeckReleases: Migration = {
  version: 150,
  name: 'deck-releases',
  up(db) {
    db.exec(`
      CREATE TABLE releases_new (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('week', 'day', 'board', 'deck')),
        day INTEGER CHECK (
          (CASE scope_kind WHEN 'day' THEN day IS NOT NULL WHEN 'deck' THEN 1 ELSE day IS NULL END)
          AND (day IS NULL OR day BETWEEN 1 AND 10)
        ),
        options TEXT NOT NULL CHECK (json_valid(options)),
        release_check TEXT NOT NULL CHECK (json_valid(release_check)),
        items TEXT NOT NULL CHECK (json_valid(items)),
        folder_name TEXT NOT NULL,
        files TEXT NOT NULL CHECK (json_valid(files)),
        confirmed_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      INSERT INTO releases_new SELECT id, engagement_id, scope_kind, day, options, release_check, items, folder_name, files, confirmed_at, device_id FROM releases;
      DROP TABLE releases;
      ALTER TABLE releases_new RENAME TO releases;
      CREATE INDEX releases_by_engagement ON releases (engagement_id, confirmed_at);
    `);
  },
};
