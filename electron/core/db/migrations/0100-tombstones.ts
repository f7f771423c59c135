import type { Migration } from '../migration-types';

/**
 * Gives sessions, participants and cost scenarios soft deletion, as notes and findings have: a
 * deleted row keeps its place with deleted_at set, so a co-facilitator merge can tell "deleted
 * here" from "never seen here" and no longer brings a deleted row back. Adding a nullable column
 * changes no existing row: every session, participant and scenario stays live. Rows deleted
 * before this version are gone and cannot be recovered. Reads skip deleted rows; the existing
 * per-engagement indexes still serve them.
 */
export const m0100Tombstones: Migration = {
  version: 100,
  name: 'tombstones',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN deleted_at TEXT;
      ALTER TABLE participants ADD COLUMN deleted_at TEXT;
      ALTER TABLE cost_scenarios ADD COLUMN deleted_at TEXT;
    `);
  },
};
