import type { Migration } from '../migration-types';

/**
 * Adds the path to ship: one recommendation per engagement, the roadmap's phases, the systems the
 * pilot integrates with, the RACI assignments of the operating model, and path_links, which ties a
 * recommendation or a phase to what supports it. Links name a target kind and id rather than a
 * foreign key, so findings (issue 5) can be linked later by a small migration that rebuilds this
 * one table with 'finding' allowed; criteria are linked now. New tables only: existing engagements start with an empty
 * path to ship. Deleting an engagement, a phase, a system or a participant deletes the rows that
 * hang off it; a deleted participant who owned a phase or made the decision leaves it unowned.
 */
export const m0070PathToShip: Migration = {
  version: 70,
  name: 'path-to-ship',
  up(db) {
    db.exec(`
      CREATE TABLE path_recommendations (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL UNIQUE REFERENCES engagements (id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('go', 'conditional-go', 'pivot', 'stop')),
        rationale TEXT NOT NULL DEFAULT '',
        conditions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conditions)),
        decided_by_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        decided_by_name TEXT NOT NULL DEFAULT '',
        decided_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;

      CREATE TABLE path_phases (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        name TEXT NOT NULL CHECK (length(name) > 0),
        milestones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(milestones)),
        owner_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        target_week INTEGER NOT NULL CHECK (target_week BETWEEN 1 AND 156),
        exit_criteria TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exit_criteria)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX path_phases_by_engagement ON path_phases (engagement_id, position);

      CREATE TABLE path_links (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        recommendation_id TEXT REFERENCES path_recommendations (id) ON DELETE CASCADE,
        phase_id TEXT REFERENCES path_phases (id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('criterion')),
        target_id TEXT NOT NULL CHECK (length(target_id) > 0),
        position INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        CHECK ((recommendation_id IS NULL) <> (phase_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX path_links_unique ON path_links
        (coalesce(recommendation_id, ''), coalesce(phase_id, ''), target_kind, target_id);
      CREATE INDEX path_links_by_target ON path_links (target_kind, target_id);

      CREATE TABLE path_systems (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        position INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX path_systems_unique_name ON path_systems (engagement_id, name COLLATE NOCASE);

      CREATE TABLE path_raci (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        responsibility TEXT NOT NULL CHECK (responsibility IN ('monitoring', 'retraining', 'edge-case-review',
          'incident-response', 'budget', 'integration')),
        system_id TEXT REFERENCES path_systems (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('R', 'A', 'AR', 'C', 'I')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        CHECK ((responsibility = 'integration') = (system_id IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX path_raci_cell ON path_raci (engagement_id, responsibility, coalesce(system_id, ''), participant_id);
    `);
  },
};
