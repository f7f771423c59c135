import type { Database } from 'better-sqlite3';
import type { Note } from '../../../../shared/domain/note';

interface NoteRow {
  id: string;
  engagement_id: string;
  ref: string;
  day: number;
  session_id: string | null;
  area: Note['area'];
  kind: Note['kind'];
  text: string;
  speaker_id: string | null;
  speaker_name: string;
  tags: string;
  visibility: Note['visibility'];
  pinned: number;
  captured_at: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  device_id: string;
}

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    ref: row.ref,
    day: row.day,
    sessionId: row.session_id,
    area: row.area,
    kind: row.kind,
    text: row.text,
    speakerId: row.speaker_id,
    speakerName: row.speaker_name,
    tags: JSON.parse(row.tags) as string[],
    visibility: row.visibility,
    pinned: row.pinned === 1,
    capturedAt: row.captured_at,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

/**
 * Read-only: the notes a deliverable may quote. The query itself leaves out facilitator-only and
 * deleted notes, so they never reach the report code at all; the report model filters again.
 */
export function createReportNotesRepository(db: Database) {
  const clientVisible = db.prepare<[string], NoteRow>(
    `SELECT id, engagement_id, ref, day, session_id, area, kind, text, speaker_id, speaker_name, tags, visibility,
       pinned, captured_at, deleted_at, created_at, updated_at, device_id
     FROM notes
     WHERE engagement_id = ? AND visibility = 'client' AND deleted_at IS NULL
     ORDER BY day, captured_at, ref`,
  );
  return {
    clientVisible: (engagementId: string): Note[] => clientVisible.all(engagementId).map(toNote),
  };
}
export type ReportNotesRepository = ReturnType<typeof createReportNotesRepository>;
