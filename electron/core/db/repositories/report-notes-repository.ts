import type { Database } from 'better-sqlite3';
import type { Note } from '../../../../shared/domain/note';
import { NOTE_COLUMNS, toNote, type NoteRow } from './notes-repository';

/**
 * Read-only: the notes a deliverable may quote. The query itself leaves out facilitator-only and
 * deleted notes, so they never reach the report code at all; the report model filters again.
 */
export function createReportNotesRepository(db: Database) {
  const clientVisible = db.prepare<[string], NoteRow>(
    `SELECT ${NOTE_COLUMNS}
     FROM notes
     WHERE engagement_id = ? AND visibility = 'client' AND deleted_at IS NULL
     ORDER BY day, captured_at, ref`,
  );
  return {
    clientVisible: (engagementId: string): Note[] => clientVisible.all(engagementId).map(toNote),
  };
}
export type ReportNotesRepository = ReturnType<typeof createReportNotesRepository>;
