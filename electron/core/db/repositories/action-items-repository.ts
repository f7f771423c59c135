import type { Database } from 'better-sqlite3';
import type { FollowUp } from '../../../../shared/domain/action-item';
import type { Note } from '../../../../shared/domain/note';
import { NOTE_COLUMNS, toNote, type NoteRow } from './notes-repository';

interface FollowUpRow {
  note_id: string;
  owner_id: string | null;
  due_day: number | null;
  status: FollowUp['status'];
  updated_at: string;
}

const toFollowUp = (row: FollowUpRow): FollowUp => ({ noteId: row.note_id, ownerId: row.owner_id, dueDay: row.due_day, status: row.status, updatedAt: row.updated_at });

/** Qualified so the joins below read the note's columns, not the follow-up's. */
const QUALIFIED_NOTE_COLUMNS = NOTE_COLUMNS.split(',')
  .map((c) => `n.${c.trim()}`)
  .join(', ');

/**
 * The follow-up of actions and decisions. Reads go through the note: only live notes of the two
 * kinds are items, and the client reads only those whose note is client-visible, so a private
 * note's action never reaches a deliverable's code at all.
 */
export function createActionItemsRepository(db: Database) {
  const itemNotes = db.prepare<[string], NoteRow>(
    `SELECT ${QUALIFIED_NOTE_COLUMNS} FROM notes n
     WHERE n.engagement_id = ? AND n.deleted_at IS NULL AND n.kind IN ('action', 'decision')
     ORDER BY n.day, n.captured_at, n.ref`,
  );
  const followUps = db.prepare<[string], FollowUpRow>(
    `SELECT a.note_id, a.owner_id, a.due_day, a.status, a.updated_at FROM action_items a JOIN notes n ON n.id = a.note_id
     WHERE n.engagement_id = ? AND n.deleted_at IS NULL AND n.kind IN ('action', 'decision')`,
  );
  const clientFollowUps = db.prepare<[string], FollowUpRow>(
    `SELECT a.note_id, a.owner_id, a.due_day, a.status, a.updated_at FROM action_items a JOIN notes n ON n.id = a.note_id
     WHERE n.engagement_id = ? AND n.deleted_at IS NULL AND n.visibility = 'client' AND n.kind IN ('action', 'decision')`,
  );
  const getStmt = db.prepare<[string], FollowUpRow>('SELECT note_id, owner_id, due_day, status, updated_at FROM action_items WHERE note_id = ?');
  const upsert = db.prepare<[{ noteId: string; ownerId: string | null; dueDay: number | null; status: string; at: string; deviceId: string }]>(
    `INSERT INTO action_items (note_id, owner_id, due_day, status, created_at, updated_at, device_id)
     VALUES (@noteId, @ownerId, @dueDay, @status, @at, @at, @deviceId)
     ON CONFLICT (note_id) DO UPDATE SET owner_id = excluded.owner_id, due_day = excluded.due_day, status = excluded.status,
       updated_at = excluded.updated_at, device_id = excluded.device_id`,
  );
  return {
    itemNotes: (engagementId: string): Note[] => itemNotes.all(engagementId).map(toNote),
    followUps: (engagementId: string): FollowUp[] => followUps.all(engagementId).map(toFollowUp),
    /** Only the follow-ups of client-visible, live notes: what a deliverable may show. */
    clientFollowUps: (engagementId: string): FollowUp[] => clientFollowUps.all(engagementId).map(toFollowUp),
    get(noteId: string): FollowUp | undefined {
      const row = getStmt.get(noteId);
      return row ? toFollowUp(row) : undefined;
    },
    save(followUp: Omit<FollowUp, 'updatedAt'>, at: string, deviceId: string): void {
      upsert.run({ noteId: followUp.noteId, ownerId: followUp.ownerId, dueDay: followUp.dueDay, status: followUp.status, at, deviceId });
    },
  };
}

export type ActionItemsRepository = ReturnType<typeof createActionItemsRepository>;
