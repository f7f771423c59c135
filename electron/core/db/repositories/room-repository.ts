import type { Database } from 'better-sqlite3';
import type { InboxItem } from '../../../../shared/domain/room';

interface InboxRow {
  id: string;
  engagement_id: string;
  day: number;
  session_id: string | null;
  text: string;
  sender_name: string | null;
  received_at: string;
}

const COLUMNS = 'id, engagement_id, day, session_id, text, sender_name, received_at';

function toItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    day: row.day,
    sessionId: row.session_id,
    text: row.text,
    senderName: row.sender_name,
    receivedAt: row.received_at,
  };
}

/** Room mode's inbox of notes from phones, and the keys of the notes the scribe seat saved. */
export function createRoomRepository(db: Database) {
  const insertStmt = db.prepare(
    `INSERT INTO room_inbox (id, engagement_id, day, session_id, text, sender_name, client_key, received_at)
     VALUES (@id, @engagementId, @day, @sessionId, @text, @senderName, @clientKey, @receivedAt)
     ON CONFLICT (client_key) DO NOTHING`,
  );
  const listStmt = db.prepare<[string], InboxRow>(`SELECT ${COLUMNS} FROM room_inbox WHERE engagement_id = ? ORDER BY received_at, rowid`);
  const getStmt = db.prepare<[string], InboxRow>(`SELECT ${COLUMNS} FROM room_inbox WHERE id = ?`);
  const deleteStmt = db.prepare<[string]>('DELETE FROM room_inbox WHERE id = ?');
  const countStmt = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM room_inbox WHERE engagement_id = ?');
  const noteForKeyStmt = db.prepare<[string], { note_id: string }>('SELECT note_id FROM room_note_keys WHERE client_key = ?');
  const keyNoteStmt = db.prepare<[string, string]>('INSERT INTO room_note_keys (client_key, note_id) VALUES (?, ?)');

  return {
    /** False when a note with this key was already received: a resend. */
    receive: (item: InboxItem & { clientKey: string }): boolean => insertStmt.run(item).changes > 0,
    list: (engagementId: string): InboxItem[] => listStmt.all(engagementId).map(toItem),
    get(id: string): InboxItem | undefined {
      const row = getStmt.get(id);
      return row ? toItem(row) : undefined;
    },
    remove: (id: string): boolean => deleteStmt.run(id).changes > 0,
    count: (engagementId: string): number => countStmt.get(engagementId)?.n ?? 0,
    noteForKey: (clientKey: string): string | null => noteForKeyStmt.get(clientKey)?.note_id ?? null,
    keyNote: (clientKey: string, noteId: string): void => void keyNoteStmt.run(clientKey, noteId),
  };
}

export type RoomRepository = ReturnType<typeof createRoomRepository>;
