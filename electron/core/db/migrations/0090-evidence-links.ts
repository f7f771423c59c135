import type { Migration } from '../migration-types';

/**
 * Adds criterion evidence: links from a criterion's score row to a note or a finding of the same
 * engagement. A link goes with its score row, note or finding when any of those rows is removed;
 * soft-deleted notes and findings keep their links so undo restores them, but reads skip them.
 * New table only: existing scores start without evidence.
 *
 * Also rebuilds path_links so a recommendation or roadmap phase can link findings as well as
 * criteria (SQLite cannot widen a CHECK in place). Every existing link is copied over unchanged,
 * with its id, position and timestamps; the indexes are recreated as they were.
 */
export const m0090EvidenceLinks: Migration = {
  version: 90,
  name: 'evidence-links',
  up(db) {
    db.exec(`
      CREATE TABLE criterion_evidence (
        id TEXT PRIMARY KEY,
        score_id TEXT NOT NULL REFERENCES assessment_criterion_scores (id) ON DELETE CASCADE,
        note_id TEXT REFERENCES notes (id) ON DELETE CASCADE,
        finding_id TEXT REFERENCES findings (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        CHECK ((note_id IS NULL) <> (finding_id IS NULL)),
        UNIQUE (score_id, note_id),
        UNIQUE (score_id, finding_id)
      ) STRICT;
      CREATE INDEX criterion_evidence_by_note ON criterion_evidence (note_id);
      CREATE INDEX criterion_evidence_by_finding ON criterion_evidence (finding_id);

      CREATE TABLE path_links_next (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        recommendation_id TEXT REFERENCES path_recommendations (id) ON DELETE CASCADE,
        phase_id TEXT REFERENCES path_phases (id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('criterion', 'finding')),
        target_id TEXT NOT NULL CHECK (length(target_id) > 0),
        position INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        CHECK ((recommendation_id IS NULL) <> (phase_id IS NULL))
      ) STRICT;
      INSERT INTO path_links_next (id, engagement_id, recommendation_id, phase_id, target_kind, target_id, position, created_at, device_id)
        SELECT id, engagement_id, recommendation_id, phase_id, target_kind, target_id, position, created_at, device_id FROM path_links;
      DROP TABLE path_links;
      ALTER TABLE path_links_next RENAME TO path_links;
      CREATE UNIQUE INDEX path_links_unique ON path_links
        (coalesce(recommendation_id, ''), coalesce(phase_id, ''), target_kind, target_id);
      CREATE INDEX path_links_by_target ON path_links (target_kind, target_id);
    `);
  },
};
