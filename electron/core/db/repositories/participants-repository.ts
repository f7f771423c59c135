import type { Database } from 'better-sqlite3';
import type { Participant } from '../../../../shared/domain/participant';

interface ParticipantRow {
  id: string;
  engagement_id: string;
  name: string;
  title: string;
  organisation: string;
  function: Participant['function'];
  days_attended: string;
  contact: string;
  created_at: string;
  updated_at: string;
  device_id: string;
}

const COLUMNS = 'id, engagement_id, name, title, organisation, function, days_attended, contact, created_at, updated_at, device_id';

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    name: row.name,
    title: row.title,
    organisation: row.organisation,
    function: row.function,
    daysAttended: JSON.parse(row.days_attended) as number[],
    contact: row.contact,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

export function createParticipantsRepository(db: Database) {
  const listStmt = db.prepare<[string], ParticipantRow>(
    `SELECT ${COLUMNS} FROM participants WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, created_at`,
  );
  const getStmt = db.prepare<[string], ParticipantRow>(`SELECT ${COLUMNS} FROM participants WHERE id = ? AND deleted_at IS NULL`);
  const upsertStmt = db.prepare(
    `INSERT INTO participants (${COLUMNS}) VALUES (@id, @engagement_id, @name, @title, @organisation, @function,
      @days_attended, @contact, @created_at, @updated_at, @device_id)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, organisation = excluded.organisation,
      function = excluded.function, days_attended = excluded.days_attended, contact = excluded.contact,
      updated_at = excluded.updated_at, device_id = excluded.device_id, deleted_at = NULL`,
  );
  /*
   * A tombstone, so a co-facilitator's archive cannot bring the participant back. What the foreign
   * keys did when participants were deleted outright is done here: notes, findings, phases and the
   * recommendation let go of them (their names stay where the text holds them) and their RACI
   * letters go.
   */
  const deleteStmt = db.prepare<[{ id: string; at: string; deviceId: string }]>(
    'UPDATE participants SET deleted_at = @at, updated_at = @at, device_id = @deviceId WHERE id = @id AND deleted_at IS NULL',
  );
  // Stamped as changes of this laptop, so a merge carries the release to the other one.
  const release = [
    'UPDATE notes SET speaker_id = NULL, updated_at = @at, device_id = @deviceId WHERE speaker_id = @id',
    'UPDATE findings SET owner_id = NULL, updated_at = @at, device_id = @deviceId WHERE owner_id = @id',
    'UPDATE path_phases SET owner_participant_id = NULL, updated_at = @at, device_id = @deviceId WHERE owner_participant_id = @id',
    'UPDATE path_recommendations SET decided_by_participant_id = NULL, updated_at = @at, device_id = @deviceId WHERE decided_by_participant_id = @id',
    'UPDATE action_items SET owner_id = NULL, updated_at = @at, device_id = @deviceId WHERE owner_id = @id',
  ].map((sql) => db.prepare<[{ id: string; at: string; deviceId: string }]>(sql));
  const dropRaci = db.prepare<[{ id: string; at: string; deviceId: string }]>(
    'UPDATE path_raci SET deleted_at = @at, updated_at = @at, device_id = @deviceId WHERE participant_id = @id AND deleted_at IS NULL',
  );

  return {
    list: (engagementId: string): Participant[] => listStmt.all(engagementId).map(toParticipant),
    get(id: string): Participant | undefined {
      const row = getStmt.get(id);
      return row ? toParticipant(row) : undefined;
    },
    save(p: Participant): void {
      upsertStmt.run({
        id: p.id,
        engagement_id: p.engagementId,
        name: p.name,
        title: p.title,
        organisation: p.organisation,
        function: p.function,
        days_attended: JSON.stringify(p.daysAttended),
        contact: p.contact,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
        device_id: p.deviceId,
      });
    },
    delete(id: string, at: string, deviceId: string): boolean {
      if (deleteStmt.run({ id, at, deviceId }).changes === 0) return false;
      for (const statement of release) statement.run({ id, at, deviceId });
      dropRaci.run({ id, at, deviceId });
      return true;
    },
  };
}

export type ParticipantsRepository = ReturnType<typeof createParticipantsRepository>;
