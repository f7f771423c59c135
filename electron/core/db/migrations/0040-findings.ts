import type { Migration } from '../migration-types';

/**
 * Adds the findings board: findings placed in a cell (area × day) at a dense position, the notes
 * linked to them as evidence, and a history of their moves between days and areas. A deleted
 * finding keeps its row with deleted_at set, so undo and co-facilitator merges can see it; its
 * notes are never touched. Existing engagements start with an empty board.
 */
export const m0040Findings: Migration = {
  version: 40,
  name: 'findings',
  up(db) {
    db.exec(`
      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        body TEXT NOT NULL DEFAULT '',
        area TEXT NOT NULL CHECK (area IN ('problem-fit', 'approach', 'production-requirements', 'path-to-ship')),
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 10),
        kind TEXT NOT NULL CHECK (kind IN ('risk', 'gap', 'strength', 'opportunity')),
        severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
        confidence TEXT NOT NULL CHECK (confidence IN ('low', 'medium', 'high')),
        status TEXT NOT NULL CHECK (status IN ('open', 'validated', 'resolved', 'dropped')),
        owner_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        recommendation TEXT NOT NULL DEFAULT '',
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        visibility TEXT NOT NULL DEFAULT 'client' CHECK (visibility IN ('client', 'facilitator')),
        position INTEGER NOT NULL CHECK (position >= 0),
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX findings_by_cell ON findings (engagement_id, area, day, position);
      CREATE INDEX findings_by_owner ON findings (owner_id);

      CREATE TABLE finding_evidence (
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        PRIMARY KEY (finding_id, note_id)
      ) STRICT;
      CREATE INDEX finding_evidence_by_note ON finding_evidence (note_id);

      CREATE TABLE finding_moves (
        id TEXT PRIMARY KEY,
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        from_area TEXT NOT NULL,
        from_day INTEGER NOT NULL,
        to_area TEXT NOT NULL,
        to_day INTEGER NOT NULL,
        moved_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX finding_moves_by_finding ON finding_moves (finding_id, moved_at);
    `);
  },
};
