import type { Migration } from '../migration-types';

/**
 * Gives path-to-ship phases and systems, and the link rows (a finding's evidence, a criterion's
 * evidence, path links, RACI letters), soft deletion: a removed row keeps its place with
 * deleted_at set, so a co-facilitator merge can tell "removed here" from "never seen here" and a
 * phase, system or link removed on one laptop no longer comes back from the other's archive.
 * Removing a link sets deleted_at; adding it again clears deleted_at and restamps its link time,
 * so the later of the two wins a merge. Adding a nullable column changes no existing row: every
 * phase, system and link stays live. Rows removed before this version are gone. Reads skip
 * removed rows; the existing indexes still serve them.
 */
export const m0120PathAndLinkTombstones: Migration = {
  version: 120,
  name: 'path-and-link-tombstones',
  up(db) {
    db.exec(`
      ALTER TABLE path_phases ADD COLUMN deleted_at TEXT;
      ALTER TABLE path_systems ADD COLUMN deleted_at TEXT;
      ALTER TABLE path_links ADD COLUMN deleted_at TEXT;
      ALTER TABLE path_raci ADD COLUMN deleted_at TEXT;
      ALTER TABLE finding_evidence ADD COLUMN deleted_at TEXT;
      ALTER TABLE criterion_evidence ADD COLUMN deleted_at TEXT;
    `);
  },
};
