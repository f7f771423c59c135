import type { Database } from 'better-sqlite3';
import type { GuidingQuestion, Session } from '../../../../shared/domain/session';

interface SessionRow {
  id: string;
  engagement_id: string;
  day: number;
  position: number;
  title: string;
  kind: Session['kind'];
  area: Session['area'];
  start_time: string;
  end_time: string;
  goal: string;
  questions: string;
  status: Session['status'];
  timer_started_at: string | null;
  timer_accumulated_ms: number;
  timer_extension_minutes: number;
  created_at: string;
  updated_at: string;
  device_id: string;
}

const COLUMNS = `id, engagement_id, day, position, title, kind, area, start_time, end_time, goal, questions, status,
  timer_started_at, timer_accumulated_ms, timer_extension_minutes, created_at, updated_at, device_id`;

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    day: row.day,
    position: row.position,
    title: row.title,
    kind: row.kind,
    area: row.area,
    start: row.start_time,
    end: row.end_time,
    goal: row.goal,
    questions: JSON.parse(row.questions) as GuidingQuestion[],
    status: row.status,
    timer: {
      startedAt: row.timer_started_at,
      accumulatedMs: row.timer_accumulated_ms,
      extensionMinutes: row.timer_extension_minutes,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

function toRow(s: Session): SessionRow {
  return {
    id: s.id,
    engagement_id: s.engagementId,
    day: s.day,
    position: s.position,
    title: s.title,
    kind: s.kind,
    area: s.area,
    start_time: s.start,
    end_time: s.end,
    goal: s.goal,
    questions: JSON.stringify(s.questions),
    status: s.status,
    timer_started_at: s.timer.startedAt,
    timer_accumulated_ms: s.timer.accumulatedMs,
    timer_extension_minutes: s.timer.extensionMinutes,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    device_id: s.deviceId,
  };
}

export function createSessionsRepository(db: Database) {
  const listStmt = db.prepare<[string], SessionRow>(
    `SELECT ${COLUMNS} FROM sessions WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY day, position`,
  );
  const getStmt = db.prepare<[string], SessionRow>(`SELECT ${COLUMNS} FROM sessions WHERE id = ? AND deleted_at IS NULL`);
  const upsertStmt = db.prepare(
    `INSERT INTO sessions (${COLUMNS}) VALUES (@id, @engagement_id, @day, @position, @title, @kind, @area, @start_time,
      @end_time, @goal, @questions, @status, @timer_started_at, @timer_accumulated_ms, @timer_extension_minutes,
      @created_at, @updated_at, @device_id)
     ON CONFLICT (id) DO UPDATE SET day = excluded.day, position = excluded.position, title = excluded.title,
      kind = excluded.kind, area = excluded.area, start_time = excluded.start_time, end_time = excluded.end_time,
      goal = excluded.goal, questions = excluded.questions, status = excluded.status,
      timer_started_at = excluded.timer_started_at, timer_accumulated_ms = excluded.timer_accumulated_ms,
      timer_extension_minutes = excluded.timer_extension_minutes, updated_at = excluded.updated_at,
      device_id = excluded.device_id, deleted_at = NULL`,
  );
  const placeStmt = db.prepare<[number, number, string, string, string]>(
    'UPDATE sessions SET day = ?, position = ?, updated_at = ?, device_id = ? WHERE id = ?',
  );
  /*
   * A tombstone, so a co-facilitator's archive cannot bring the session back; its notes let go of
   * it as the foreign key's SET NULL did when sessions were deleted outright. Saving the session
   * again (undo) clears the tombstone.
   */
  const deleteStmt = db.prepare<[{ id: string; at: string; deviceId: string }]>(
    'UPDATE sessions SET deleted_at = @at, updated_at = @at, device_id = @deviceId WHERE id = @id AND deleted_at IS NULL',
  );
  // Stamped as a change of this laptop, so a merge carries the release to the other one.
  const releaseNotes = db.prepare<[{ id: string; at: string; deviceId: string }]>(
    'UPDATE notes SET session_id = NULL, updated_at = @at, device_id = @deviceId WHERE session_id = @id',
  );
  const countBeyondStmt = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM sessions WHERE engagement_id = ? AND day > ? AND deleted_at IS NULL',
  );

  return {
    list: (engagementId: string): Session[] => listStmt.all(engagementId).map(toSession),
    get(id: string): Session | undefined {
      const row = getStmt.get(id);
      return row ? toSession(row) : undefined;
    },
    save: (s: Session): void => void upsertStmt.run(toRow(s)),
    place: (id: string, day: number, position: number, at: string, deviceId: string): void =>
      void placeStmt.run(day, position, at, deviceId, id),
    delete(id: string, at: string, deviceId: string): boolean {
      if (deleteStmt.run({ id, at, deviceId }).changes === 0) return false;
      releaseNotes.run({ id, at, deviceId });
      return true;
    },
    countAfterDay: (engagementId: string, day: number): number => countBeyondStmt.get(engagementId, day)?.n ?? 0,
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
