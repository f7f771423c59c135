import type { Migration } from '../migration-types';

/**
 * Room mode's two tables.
 *
 * - room_inbox: notes sent from phones, facilitator-only until the facilitator accepts (which makes
 *   an ordinary note) or discards each. sender_name is NULL when the sender chose to be anonymous.
 *   client_key is the phone's key for the note, unique so a resend after a dropped answer is stored
 *   once. Transient: archives leave it out.
 * - room_note_keys: the key of each note the scribe seat saved, so a resend from a scribe page
 *   that lost its network finds the note already made instead of making it twice.
 */
export const m0180RoomInbox: Migration = {
  version: 180,
  name: 'room-inbox',
  up(db) {
    db.exec(`
      CREATE TABLE room_inbox (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 10),
        session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        sender_name TEXT,
        client_key TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX room_inbox_by_engagement ON room_inbox (engagement_id, received_at);
      CREATE TABLE room_note_keys (
        client_key TEXT PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX room_note_keys_by_note ON room_note_keys (note_id);
    `);
  },
};
