import type { Migration } from '../migration-types';

/**
 * This laptop's side of the firm library: where the library is (never the password, which the
 * operating system keeps), the publish outbox and the benchmarks cached for offline use.
 *
 * - firm_settings: one row; last_reached_at says, offline, when the library last answered.
 * - firm_publications: one row per engagement the consultant chose to publish. `pending` is the
 *   outbox: set when a publish is asked for and cleared only once the server committed it, so a
 *   publish cut off by a lost connection is finished by the next try. `published_fingerprint` is
 *   the hash of what was published, so the app can say the engagement changed since.
 *   No foreign key: an archive import may replace an engagement's row, and that must not drop
 *   the engagement's place in the outbox; a publish of an engagement no longer here is dropped.
 * - firm_benchmarks: the last benchmark the server computed for an engagement, as JSON.
 */
export const m0190FirmLibrary: Migration = {
  version: 190,
  name: 'firm-library',
  up(db) {
    db.exec(`
      CREATE TABLE firm_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        host TEXT NOT NULL,
        port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        database TEXT NOT NULL,
        user TEXT NOT NULL,
        tls TEXT NOT NULL CHECK (tls IN ('verify', 'off')),
        ca_file TEXT,
        last_reached_at TEXT,
        last_error TEXT
      ) STRICT;

      CREATE TABLE firm_publications (
        engagement_id TEXT PRIMARY KEY,
        pilot_kind TEXT NOT NULL,
        restricted INTEGER NOT NULL CHECK (restricted IN (0, 1)),
        allowed_consultants TEXT NOT NULL DEFAULT '[]',
        shipped INTEGER CHECK (shipped IN (0, 1)),
        pending INTEGER NOT NULL CHECK (pending IN (0, 1)),
        requested_at TEXT NOT NULL,
        published_at TEXT,
        published_fingerprint TEXT,
        last_error TEXT
      ) STRICT;

      CREATE TABLE firm_benchmarks (
        engagement_id TEXT PRIMARY KEY,
        benchmark TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
