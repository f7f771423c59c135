import type { Migration } from '../migration-types';

/**
 * Adds criterion evidence: links from a criterion's score row to a note or a finding of the same
 * engagement. A link goes with its score row, note or finding when any of those rows is removed;
 * soft-deleted notes and findings keep their links so undo restores them, but reads skip them.
 * New table only: existing scores start without evidence.
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
    `);
  },
};
