import type { Migration } from '../migration-types';

/**
 * Adds cost_scenarios: named sets of cost-model inputs per engagement, stored as JSON that the
 * app validates on the way in and out. A new table only; existing engagements are untouched and
 * simply have no scenarios until one is created. Deleting an engagement deletes its scenarios.
 */
export const m0060CostScenarios: Migration = {
  version: 60,
  name: 'cost-scenarios',
  up(db) {
    db.exec(`
      CREATE TABLE cost_scenarios (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        position INTEGER NOT NULL CHECK (position >= 0),
        inputs TEXT NOT NULL CHECK (json_valid(inputs)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;

      CREATE INDEX cost_scenarios_by_engagement ON cost_scenarios (engagement_id, position);
    `);
  },
};
