import type { Database } from 'better-sqlite3';
import type {
  DecidedBy,
  IntegrationSystem,
  Phase,
  RaciAssignment,
  Recommendation,
} from '../../../../shared/domain/path-to-ship';

interface RecommendationRow {
  id: string;
  engagement_id: string;
  decision: Recommendation['decision'];
  rationale: string;
  conditions: string;
  decided_by_participant_id: string | null;
  decided_by_name: string;
  decided_on: string | null;
  created_at: string;
  updated_at: string;
  device_id: string;
}

interface PhaseRow {
  id: string;
  engagement_id: string;
  position: number;
  name: string;
  milestones: string;
  owner_participant_id: string | null;
  target_week: number;
  exit_criteria: string;
  created_at: string;
  updated_at: string;
  device_id: string;
}

interface SystemRow {
  id: string;
  engagement_id: string;
  name: string;
  position: number;
  created_at: string;
  updated_at: string;
  device_id: string;
}

interface RaciRow {
  responsibility: RaciAssignment['responsibility'];
  system_id: string | null;
  participant_id: string;
  role: RaciAssignment['role'];
}

export type LinkKind = 'criterion' | 'finding';
export interface LinkOwner {
  kind: 'recommendation' | 'phase';
  id: string;
  engagementId: string;
}

function decidedBy(row: RecommendationRow): DecidedBy {
  if (row.decided_by_participant_id) return { kind: 'participant', participantId: row.decided_by_participant_id };
  return row.decided_by_name ? { kind: 'name', name: row.decided_by_name } : { kind: 'nobody' };
}

const REC_COLUMNS = `id, engagement_id, decision, rationale, conditions, decided_by_participant_id, decided_by_name,
  decided_on, created_at, updated_at, device_id`;
const PHASE_COLUMNS = `id, engagement_id, position, name, milestones, owner_participant_id, target_week, exit_criteria,
  created_at, updated_at, device_id`;
const SYSTEM_COLUMNS = 'id, engagement_id, name, position, created_at, updated_at, device_id';

/** Rows of the path to ship in and out of SQLite; statements are prepared once per connection. */
export function createPathToShipRepository(db: Database) {
  const getRec = db.prepare<[string], RecommendationRow>(`SELECT ${REC_COLUMNS} FROM path_recommendations WHERE engagement_id = ?`);
  const upsertRec = db.prepare<[RecommendationRow]>(
    `INSERT INTO path_recommendations (${REC_COLUMNS}) VALUES (@id, @engagement_id, @decision, @rationale, @conditions,
      @decided_by_participant_id, @decided_by_name, @decided_on, @created_at, @updated_at, @device_id)
     ON CONFLICT (id) DO UPDATE SET decision = excluded.decision, rationale = excluded.rationale,
      conditions = excluded.conditions, decided_by_participant_id = excluded.decided_by_participant_id,
      decided_by_name = excluded.decided_by_name, decided_on = excluded.decided_on,
      updated_at = excluded.updated_at, device_id = excluded.device_id`,
  );
  const listPhases = db.prepare<[string], PhaseRow>(
    `SELECT ${PHASE_COLUMNS} FROM path_phases WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
  );
  const getPhase = db.prepare<[string], PhaseRow>(`SELECT ${PHASE_COLUMNS} FROM path_phases WHERE id = ? AND deleted_at IS NULL`);
  const upsertPhase = db.prepare<[PhaseRow]>(
    `INSERT INTO path_phases (${PHASE_COLUMNS}) VALUES (@id, @engagement_id, @position, @name, @milestones,
      @owner_participant_id, @target_week, @exit_criteria, @created_at, @updated_at, @device_id)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name, milestones = excluded.milestones,
      owner_participant_id = excluded.owner_participant_id, target_week = excluded.target_week,
      exit_criteria = excluded.exit_criteria, updated_at = excluded.updated_at, device_id = excluded.device_id, deleted_at = NULL`,
  );
  const placePhase = db.prepare<[number, string, string, string]>(
    'UPDATE path_phases SET position = ?, updated_at = ?, device_id = ? WHERE id = ?',
  );
  const deletePhase = db.prepare<[string, string, string, string]>(
    'UPDATE path_phases SET deleted_at = ?, updated_at = ?, device_id = ? WHERE id = ? AND deleted_at IS NULL',
  );

  /*
   * Criterion links and finding links live side by side in path_links. Finding links to a deleted
   * finding stay in the table so undoing the deletion brings them back, but reads skip them and a
   * save replaces only the live ones. A replaced link is not deleted but marked removed, so a merge
   * carries the removal to the other laptop; linking the same target again revives the row.
   */
  const LIVE_TARGET = `(target_kind = 'criterion' OR target_id IN (SELECT id FROM findings WHERE deleted_at IS NULL))`;
  const linksOfRec = db
    .prepare<[string, LinkKind], string>(
      `SELECT target_id FROM path_links WHERE recommendation_id = ? AND target_kind = ? AND deleted_at IS NULL AND ${LIVE_TARGET} ORDER BY position`,
    )
    .pluck();
  const linksOfPhase = db
    .prepare<[string, LinkKind], string>(`SELECT target_id FROM path_links WHERE phase_id = ? AND target_kind = ? AND deleted_at IS NULL AND ${LIVE_TARGET} ORDER BY position`)
    .pluck();
  const clearRecLinks = db.prepare<[string, string, string, LinkKind]>(
    `UPDATE path_links SET deleted_at = ?, device_id = ? WHERE recommendation_id = ? AND target_kind = ? AND deleted_at IS NULL AND ${LIVE_TARGET}`,
  );
  const clearPhaseLinks = db.prepare<[string, string, string, LinkKind]>(
    `UPDATE path_links SET deleted_at = ?, device_id = ? WHERE phase_id = ? AND target_kind = ? AND deleted_at IS NULL AND ${LIVE_TARGET}`,
  );
  const insertLink = db.prepare(
    `INSERT INTO path_links (id, engagement_id, recommendation_id, phase_id, target_kind, target_id, position, created_at, device_id)
     VALUES (@id, @engagement_id, @recommendation_id, @phase_id, @target_kind, @target_id, @position, @created_at, @device_id)
     ON CONFLICT DO UPDATE SET position = excluded.position, created_at = excluded.created_at, device_id = excluded.device_id,
      deleted_at = NULL`,
  );

  const listSystems = db.prepare<[string], SystemRow>(
    `SELECT ${SYSTEM_COLUMNS} FROM path_systems WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
  );
  const getSystem = db.prepare<[string], SystemRow>(`SELECT ${SYSTEM_COLUMNS} FROM path_systems WHERE id = ? AND deleted_at IS NULL`);
  const findSystemByName = db
    .prepare<[string, string], string>('SELECT id FROM path_systems WHERE engagement_id = ? AND name = ? COLLATE NOCASE AND deleted_at IS NULL')
    .pluck();
  const findRemovedSystemByName = db
    .prepare<[string, string], string>('SELECT id FROM path_systems WHERE engagement_id = ? AND name = ? COLLATE NOCASE AND deleted_at IS NOT NULL')
    .pluck();
  const upsertSystem = db.prepare<[SystemRow]>(
    `INSERT INTO path_systems (${SYSTEM_COLUMNS}) VALUES (@id, @engagement_id, @name, @position, @created_at, @updated_at, @device_id)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position,
      updated_at = excluded.updated_at, device_id = excluded.device_id
     ON CONFLICT DO UPDATE SET name = excluded.name, position = excluded.position,
      updated_at = excluded.updated_at, device_id = excluded.device_id, deleted_at = NULL`,
  );
  const deleteSystem = db.prepare<[string, string, string, string]>(
    'UPDATE path_systems SET deleted_at = ?, updated_at = ?, device_id = ? WHERE id = ? AND deleted_at IS NULL',
  );
  // Its integration letters go with it, as changes of their own that a merge carries.
  const dropSystemRaci = db.prepare<[string, string, string, string]>(
    'UPDATE path_raci SET deleted_at = ?, updated_at = ?, device_id = ? WHERE system_id = ? AND deleted_at IS NULL',
  );

  const listRaci = db.prepare<[string], RaciRow>(
    // A merge can bring in a letter for someone deleted on this laptop; a deleted participant owns nothing.
    `SELECT r.responsibility, r.system_id, r.participant_id, r.role FROM path_raci r
      JOIN participants p ON p.id = r.participant_id AND p.deleted_at IS NULL
      WHERE r.engagement_id = ? AND r.deleted_at IS NULL
        AND (r.system_id IS NULL OR r.system_id IN (SELECT id FROM path_systems WHERE deleted_at IS NULL)) ORDER BY r.created_at, r.id`,
  );
  const clearCell = db.prepare<[string, string, string, string, string, string, string]>(
    `UPDATE path_raci SET deleted_at = ?, updated_at = ?, device_id = ?
      WHERE engagement_id = ? AND responsibility = ? AND coalesce(system_id, '') = ? AND participant_id = ? AND deleted_at IS NULL`,
  );
  const insertCell = db.prepare(
    `INSERT INTO path_raci (id, engagement_id, responsibility, system_id, participant_id, role, created_at, updated_at, device_id)
     VALUES (@id, @engagement_id, @responsibility, @system_id, @participant_id, @role, @at, @at, @device_id)
     ON CONFLICT DO UPDATE SET role = excluded.role, updated_at = excluded.updated_at, device_id = excluded.device_id, deleted_at = NULL`,
  );

  const toPhase = (row: PhaseRow): Phase => ({
    id: row.id,
    engagementId: row.engagement_id,
    position: row.position,
    name: row.name,
    milestones: JSON.parse(row.milestones) as string[],
    ownerId: row.owner_participant_id,
    targetWeek: row.target_week,
    exitCriteria: JSON.parse(row.exit_criteria) as string[],
    criterionIds: linksOfPhase.all(row.id, 'criterion'),
    findingIds: linksOfPhase.all(row.id, 'finding'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  });
  const toSystem = (row: SystemRow): IntegrationSystem => ({
    id: row.id,
    engagementId: row.engagement_id,
    name: row.name,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  });

  return {
    recommendation(engagementId: string): Recommendation | null {
      const row = getRec.get(engagementId);
      if (!row) return null;
      return {
        id: row.id,
        engagementId: row.engagement_id,
        decision: row.decision,
        rationale: row.rationale,
        conditions: JSON.parse(row.conditions) as string[],
        criterionIds: linksOfRec.all(row.id, 'criterion'),
        findingIds: linksOfRec.all(row.id, 'finding'),
        decidedBy: decidedBy(row),
        decidedOn: row.decided_on,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        deviceId: row.device_id,
      };
    },
    saveRecommendation(r: Recommendation): void {
      upsertRec.run({
        id: r.id,
        engagement_id: r.engagementId,
        decision: r.decision,
        rationale: r.rationale,
        conditions: JSON.stringify(r.conditions),
        decided_by_participant_id: r.decidedBy.kind === 'participant' ? r.decidedBy.participantId : null,
        decided_by_name: r.decidedBy.kind === 'name' ? r.decidedBy.name : '',
        decided_on: r.decidedOn,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
        device_id: r.deviceId,
      });
    },
    phases: (engagementId: string): Phase[] => listPhases.all(engagementId).map(toPhase),
    phase(id: string): Phase | undefined {
      const row = getPhase.get(id);
      return row ? toPhase(row) : undefined;
    },
    savePhase(p: Phase): void {
      upsertPhase.run({
        id: p.id,
        engagement_id: p.engagementId,
        position: p.position,
        name: p.name,
        milestones: JSON.stringify(p.milestones),
        owner_participant_id: p.ownerId,
        target_week: p.targetWeek,
        exit_criteria: JSON.stringify(p.exitCriteria),
        created_at: p.createdAt,
        updated_at: p.updatedAt,
        device_id: p.deviceId,
      });
    },
    placePhase: (id: string, position: number, at: string, deviceId: string): void => void placePhase.run(position, at, deviceId, id),
    deletePhase: (id: string, at: string, deviceId: string): boolean => deletePhase.run(at, at, deviceId, id).changes > 0,
    /** Replaces the criteria or the live findings an owner links to; the other kind is left alone. */
    setLinks(owner: LinkOwner, kind: LinkKind, targetIds: readonly string[], ids: () => string, at: string, deviceId: string): void {
      if (owner.kind === 'recommendation') clearRecLinks.run(at, deviceId, owner.id, kind);
      else clearPhaseLinks.run(at, deviceId, owner.id, kind);
      targetIds.forEach((targetId, position) =>
        insertLink.run({
          id: ids(),
          engagement_id: owner.engagementId,
          recommendation_id: owner.kind === 'recommendation' ? owner.id : null,
          phase_id: owner.kind === 'phase' ? owner.id : null,
          target_kind: kind,
          target_id: targetId,
          position,
          created_at: at,
          device_id: deviceId,
        }),
      );
    },
    systems: (engagementId: string): IntegrationSystem[] => listSystems.all(engagementId).map(toSystem),
    system(id: string): IntegrationSystem | undefined {
      const row = getSystem.get(id);
      return row ? toSystem(row) : undefined;
    },
    systemIdByName: (engagementId: string, name: string): string | undefined => findSystemByName.get(engagementId, name),
    removedSystemIdByName: (engagementId: string, name: string): string | undefined => findRemovedSystemByName.get(engagementId, name),
    saveSystem(s: IntegrationSystem): void {
      upsertSystem.run({
        id: s.id,
        engagement_id: s.engagementId,
        name: s.name,
        position: s.position,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
        device_id: s.deviceId,
      });
    },
    deleteSystem(id: string, at: string, deviceId: string): boolean {
      if (deleteSystem.run(at, at, deviceId, id).changes === 0) return false;
      dropSystemRaci.run(at, at, deviceId, id);
      return true;
    },
    raci: (engagementId: string): RaciAssignment[] =>
      listRaci.all(engagementId).map((row) => ({
        responsibility: row.responsibility,
        systemId: row.system_id,
        participantId: row.participant_id,
        role: row.role,
      })),
    setRaciCell(engagementId: string, cell: RaciAssignment | Omit<RaciAssignment, 'role'>, id: string, at: string, deviceId: string): void {
      clearCell.run(at, at, deviceId, engagementId, cell.responsibility, cell.systemId ?? '', cell.participantId);
      if ('role' in cell) {
        insertCell.run({
          id,
          engagement_id: engagementId,
          responsibility: cell.responsibility,
          system_id: cell.systemId,
          participant_id: cell.participantId,
          role: cell.role,
          at,
          device_id: deviceId,
        });
      }
    },
  };
}

export type PathToShipRepository = ReturnType<typeof createPathToShipRepository>;
