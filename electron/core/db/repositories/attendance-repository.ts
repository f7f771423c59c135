import type { Database } from 'better-sqlite3';
import type { SessionAttendance } from '../../../../shared/domain/attendance';

/** Check-ins per session. Checking out leaves a tombstone, so a merge cannot bring the person back. */
export function createAttendanceRepository(db: Database) {
  const listStmt = db.prepare<[string], { session_id: string; participant_id: string }>(
    `SELECT a.session_id, a.participant_id FROM session_attendance a
       JOIN sessions s ON s.id = a.session_id
       JOIN participants p ON p.id = a.participant_id
     WHERE s.engagement_id = ? AND s.deleted_at IS NULL AND p.deleted_at IS NULL AND a.deleted_at IS NULL
     ORDER BY a.session_id, p.name COLLATE NOCASE`,
  );
  const checkIn = db.prepare<[{ sessionId: string; participantId: string; at: string; deviceId: string }]>(
    `INSERT INTO session_attendance (session_id, participant_id, checked_in_at, device_id) VALUES (@sessionId, @participantId, @at, @deviceId)
     ON CONFLICT (session_id, participant_id) DO UPDATE SET checked_in_at = excluded.checked_in_at, device_id = excluded.device_id, deleted_at = NULL
     WHERE session_attendance.deleted_at IS NOT NULL`,
  );
  const checkOut = db.prepare<[{ sessionId: string; participantId: string; at: string; deviceId: string }]>(
    `UPDATE session_attendance SET deleted_at = @at, device_id = @deviceId
     WHERE session_id = @sessionId AND participant_id = @participantId AND deleted_at IS NULL`,
  );
  return {
    list(engagementId: string): SessionAttendance[] {
      const bySession = new Map<string, string[]>();
      for (const row of listStmt.all(engagementId)) bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row.participant_id]);
      return [...bySession].map(([sessionId, participantIds]) => ({ sessionId, participantIds }));
    },
    set(change: { sessionId: string; participantId: string; present: boolean; at: string; deviceId: string }): void {
      const { present, ...row } = change;
      (present ? checkIn : checkOut).run(row);
    },
  };
}

export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
