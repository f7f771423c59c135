import type { Migration } from '../migration-types';

/**
 * Adds the assessment tables: audit-criterion scores, ML Test Score points and pilot-purgatory
 * ratings, one row per engagement and catalogue item, deleted with their engagement. New tables
 * only: existing engagements start with every criterion, test and cause unscored. Catalogue ids
 * are not constrained here because the catalogues live in code and are checked at the IPC edge.
 * Evidence links (to notes and findings) will live in their own table referencing these ids.
 */
export const m0050Assessments: Migration = {
  version: 50,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_criterion_scores (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL CHECK (length(criterion_id) > 0),
        score TEXT CHECK (score IS NULL OR score IN ('not-in-place', 'partly', 'in-place', 'not-applicable')),
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        UNIQUE (engagement_id, criterion_id)
      ) STRICT;

      CREATE TABLE assessment_ml_test_scores (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        test_id TEXT NOT NULL CHECK (length(test_id) > 0),
        points REAL CHECK (points IS NULL OR points IN (0, 0.5, 1)),
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        UNIQUE (engagement_id, test_id)
      ) STRICT;

      CREATE TABLE assessment_cause_ratings (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        cause_id TEXT NOT NULL CHECK (length(cause_id) > 0),
        rating TEXT CHECK (rating IS NULL OR rating IN ('no-risk', 'some-risk', 'major-risk', 'unknown')),
        justification TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        UNIQUE (engagement_id, cause_id)
      ) STRICT;
    `);
  },
};
