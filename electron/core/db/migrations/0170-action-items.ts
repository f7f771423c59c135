import type { Migration } from '../migration-types';

/**
 * Adds the follow-up of actions and decisions, and who was in the room for each session.
 *
 * action_items holds what the week adds to a note marked action or decision: its owner, the day
 * it is due and its status. The item is the note: a live note of either kind is an item whether or
 * not it has a row here (no row reads as no owner, no due day, open or taken), so it shares the
 * note's text, day and visibility and can never be more public than the note. A deleted note keeps
 * its row, so undoing the delete brings the item back as it was; a note whose kind changes loses
 * its row (a trigger, so every writer, merge included, obeys it): an action made a decision, or
 * unmarked, starts again rather than carry a status that means something else.
 *
 * session_attendance is the check-in of a session: one row per participant present, a tombstone
 * when one is checked out again, so a co-facilitator's archive cannot bring them back.
 */
export const m0170ActionItems: Migration = {
  version: 170,
  name: 'action-items',
  up(db) {
    db.exec(`
      CREATE TABLE action_items (
        note_id TEXT PRIMARY KEY REFERENCES notes (id) ON DELETE CASCADE,
        owner_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        due_day INTEGER CHECK (due_day IS NULL OR due_day BETWEEN 1 AND 10),
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped', 'taken', 'revisited')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        device_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_items_by_owner ON action_items (owner_id);
      CREATE TRIGGER action_items_follow_kind AFTER UPDATE OF kind ON notes WHEN old.kind IS NOT new.kind BEGIN
        DELETE FROM action_items WHERE note_id = new.id;
      END;

      CREATE TABLE session_attendance (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        checked_in_at TEXT NOT NULL,
        device_id TEXT NOT NULL,
        deleted_at TEXT,
        PRIMARY KEY (session_id, participant_id)
      ) STRICT;
      CREATE INDEX session_attendance_by_participant ON session_attendance (participant_id);
    `);
  },
};
