import type { Migration } from '../migration-types';

/**
 * Adds participants, sessions (the agenda, with each session's facilitation timer) and saved
 * agenda templates. Existing engagements keep their rows and start with no participants and no
 * sessions.
 */
export const m0020AuditWeek: Migration = {
  version: 20,
  name: 'audit-week',
  up(db) {
    db.exec(`
      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        title TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        function TEXT NOT NULL CHECK (function IN ('sponsor', 'business-owner', 'operator', 'end-user', 'product',
          'data-ml', 'it-integration', 'security-compliance', 'finance', 'other')),
        days_attended TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(days_attended)),
        contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participants_by_engagement ON participants (engagement_id, name);

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 10),
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL CHECK (length(title) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('session', 'readout', 'break')),
        area TEXT CHECK (area IS NULL OR area IN ('problem-fit', 'approach', 'production-requirements', 'path-to-ship')),
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        goal TEXT NOT NULL DEFAULT '',
        questions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions)),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done')),
        timer_started_at TEXT,
        timer_accumulated_ms INTEGER NOT NULL DEFAULT 0 CHECK (timer_accumulated_ms >= 0),
        timer_extension_minutes INTEGER NOT NULL DEFAULT 0 CHECK (timer_extension_minutes >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_day ON sessions (engagement_id, day, position);

      CREATE TABLE agenda_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) > 0),
        description TEXT NOT NULL DEFAULT '',
        days TEXT NOT NULL CHECK (json_valid(days)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
    `);
  },
};
