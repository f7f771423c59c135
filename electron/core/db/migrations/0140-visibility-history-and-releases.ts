import type { Migration } from '../migration-types';

/**
 * Adds what the release check before an export reads and writes. visibility_changes keeps one
 * row per change of a note's or a finding's visibility (who changed it from where to where, and
 * when), so the check can show what was facilitator-only before and reaches the client now.
 * item_id has no foreign key because it points at a note or a finding; both are only ever
 * soft-deleted, and their engagement's deletion removes the history with them. releases keeps
 * each confirmed export: its scope and options, the list the facilitator confirmed, a digest of
 * every client-visible item at that moment (to say what changed by the next export) and the
 * names of the files written. Existing engagements start with no history and no release, and
 * no existing row changes.
 */
export const m0140VisibilityHistoryAndReleases: Migration = {
  version: 140,
  name: 'visibility-history-and-releases',
  up(db) {
    db.exec(`
      CREATE TABLE visibility_changes (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('note', 'finding')),
        item_id TEXT NOT NULL,
        from_visibility TEXT NOT NULL CHECK (from_visibility IN ('client', 'facilitator')),
        to_visibility TEXT NOT NULL CHECK (to_visibility IN ('client', 'facilitator') AND to_visibility <> from_visibility),
        changed_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visibility_changes_by_engagement ON visibility_changes (engagement_id, changed_at);

      CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('week', 'day', 'board')),
        day INTEGER CHECK ((scope_kind = 'day') = (day IS NOT NULL) AND (day IS NULL OR day BETWEEN 1 AND 10)),
        options TEXT NOT NULL CHECK (json_valid(options)),
        release_check TEXT NOT NULL CHECK (json_valid(release_check)),
        items TEXT NOT NULL CHECK (json_valid(items)),
        folder_name TEXT NOT NULL,
        files TEXT NOT NULL CHECK (json_valid(files)),
        confirmed_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX releases_by_engagement ON releases (engagement_id, confirmed_at);
    `);
  },
};
