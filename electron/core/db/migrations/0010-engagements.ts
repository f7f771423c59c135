import type { Migration } from '../migration-types';

/**
 * Creates the meta table (device id) and the engagements table. First schema: there is no
 * existing data to carry.
 */
export const m0010Engagements: Migration = {
  version: 10,
  name: 'engagements',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE engagements (
        id TEXT PRIMARY KEY,
        client_name TEXT NOT NULL CHECK (length(client_name) > 0),
        pilot_name TEXT NOT NULL CHECK (length(pilot_name) > 0),
        pilot_description TEXT NOT NULL DEFAULT '',
        facilitators TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(facilitators)),
        venue TEXT NOT NULL DEFAULT '',
        week_start TEXT NOT NULL,
        day_count INTEGER NOT NULL DEFAULT 5 CHECK (day_count BETWEEN 1 AND 10),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'complete')),
        accuracy_pct REAL CHECK (accuracy_pct IS NULL OR accuracy_pct BETWEEN 0 AND 100),
        pilot_volume_per_day REAL CHECK (pilot_volume_per_day IS NULL OR pilot_volume_per_day >= 0),
        production_volume_per_day REAL CHECK (production_volume_per_day IS NULL OR production_volume_per_day >= 0),
        cost_per_query REAL CHECK (cost_per_query IS NULL OR cost_per_query >= 0),
        currency TEXT NOT NULL DEFAULT 'EUR',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;

      CREATE INDEX engagements_by_week ON engagements (archived_at, week_start DESC);
    `);
  },
};
