import type { Database } from 'better-sqlite3';
import type { Evidence, Finding, FindingMove } from '../../../../shared/domain/finding';

interface FindingRow {
  id: string;
  engagement_id: string;
  ref: string;
  title: string;
  body: string;
  area: Finding['area'];
  day: number;
  kind: Finding['kind'];
  severity: Finding['severity'];
  confidence: Finding['confidence'];
  status: Finding['status'];
  owner_id: string | null;
  recommendation: string;
  votes: number;
  visibility: Finding['visibility'];
  position: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  device_id: string;
}

interface EvidenceRow {
  finding_id: string;
  note_id: string;
  ref: string;
  day: number;
  text: string;
  visibility: Evidence['visibility'];
}

interface MoveRow {
  id: string;
  finding_id: string;
  from_area: FindingMove['fromArea'];
  from_day: number;
  to_area: FindingMove['toArea'];
  to_day: number;
  moved_at: string;
}

const COLUMNS = `id, engagement_id, ref, title, body, area, day, kind, severity, confidence, status, owner_id, recommendation,
  votes, visibility, position, deleted_at, created_at, updated_at, device_id`;

function toFinding(row: FindingRow, evidence: Evidence[]): Finding {
  return {
    id: row.id,
    ref: row.ref,
    engagementId: row.engagement_id,
    title: row.title,
    body: row.body,
    area: row.area,
    day: row.day,
    kind: row.kind,
    severity: row.severity,
    confidence: row.confidence,
    status: row.status,
    ownerId: row.owner_id,
    recommendation: row.recommendation,
    votes: row.votes,
    visibility: row.visibility,
    position: row.position,
    evidence,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

function toRow(f: Finding): FindingRow {
  return {
    id: f.id,
    engagement_id: f.engagementId,
    ref: f.ref,
    title: f.title,
    body: f.body,
    area: f.area,
    day: f.day,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    status: f.status,
    owner_id: f.ownerId,
    recommendation: f.recommendation,
    votes: f.votes,
    visibility: f.visibility,
    position: f.position,
    deleted_at: f.deletedAt,
    created_at: f.createdAt,
    updated_at: f.updatedAt,
    device_id: f.deviceId,
  };
}

const toEvidence = (row: EvidenceRow): Evidence => ({ noteId: row.note_id, ref: row.ref, day: row.day, text: row.text, visibility: row.visibility });

/**
 * Evidence joins live links to live notes only: a deleted note drops out of every finding and
 * returns with its undo. An unlinked note keeps a removed row (deleted_at) for the merge.
 */
const EVIDENCE_SELECT = `SELECT e.finding_id, n.id AS note_id, n.ref, n.day, n.text, n.visibility
  FROM finding_evidence e JOIN notes n ON n.id = e.note_id AND n.deleted_at IS NULL AND e.deleted_at IS NULL`;

/** Findings, their evidence links and their move history; statements prepared once. */
export function createFindingsRepository(db: Database) {
  const insertStmt = db.prepare(`INSERT INTO findings (${COLUMNS}) VALUES (@id, @engagement_id, @ref, @title, @body, @area, @day, @kind,
    @severity, @confidence, @status, @owner_id, @recommendation, @votes, @visibility, @position, @deleted_at, @created_at, @updated_at, @device_id)`);
  const updateStmt = db.prepare(`UPDATE findings SET ref = @ref, title = @title, body = @body, area = @area, day = @day, kind = @kind,
    severity = @severity, confidence = @confidence, status = @status, owner_id = @owner_id, recommendation = @recommendation,
    votes = @votes, visibility = @visibility, position = @position, deleted_at = @deleted_at, updated_at = @updated_at,
    device_id = @device_id WHERE id = @id`);
  const placeStmt = db.prepare<[string, number, number, string, string, string]>(
    'UPDATE findings SET area = ?, day = ?, position = ?, updated_at = ?, device_id = ? WHERE id = ?',
  );
  const getStmt = db.prepare<[string], FindingRow>(`SELECT ${COLUMNS} FROM findings WHERE id = ?`);
  const listStmt = db.prepare<[string], FindingRow>(
    `SELECT ${COLUMNS} FROM findings WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY area, day, position`,
  );
  // A series' references are its prefix followed by digits: they sort from prefix + '0' up to prefix + ':'.
  const lastSequenceStmt = db.prepare<[{ engagementId: string; prefix: string }], { n: number | null }>(
    `SELECT max(CAST(substr(ref, length(@prefix) + 1) AS INTEGER)) AS n FROM findings
      WHERE engagement_id = @engagementId AND ref >= @prefix || '0' AND ref < @prefix || ':'`,
  );
  const placementsStmt = db.prepare<[string], { id: string; area: Finding['area']; day: number; position: number }>(
    'SELECT id, area, day, position FROM findings WHERE engagement_id = ? AND deleted_at IS NULL',
  );
  const evidenceOfStmt = db.prepare<[string], EvidenceRow>(`${EVIDENCE_SELECT} WHERE e.finding_id = ? ORDER BY n.day, n.ref`);
  const evidenceOfEngagementStmt = db.prepare<[string], EvidenceRow>(
    `${EVIDENCE_SELECT} JOIN findings f ON f.id = e.finding_id WHERE f.engagement_id = ? AND f.deleted_at IS NULL ORDER BY n.day, n.ref`,
  );
  const linkStmt = db.prepare<[string, string, string, string]>(
    `INSERT INTO finding_evidence (finding_id, note_id, linked_at, device_id) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET linked_at = excluded.linked_at, device_id = excluded.device_id, deleted_at = NULL
     WHERE finding_evidence.deleted_at IS NOT NULL`,
  );
  const unlinkStmt = db.prepare<[string, string, string, string]>(
    'UPDATE finding_evidence SET deleted_at = ?, device_id = ? WHERE finding_id = ? AND note_id = ? AND deleted_at IS NULL',
  );
  const forNoteStmt = db.prepare<[string], { id: string; title: string }>(
    `SELECT f.id, f.title FROM finding_evidence e JOIN findings f ON f.id = e.finding_id
      WHERE e.note_id = ? AND e.deleted_at IS NULL AND f.deleted_at IS NULL ORDER BY f.title`,
  );
  const insertMoveStmt = db.prepare(`INSERT INTO finding_moves (id, finding_id, from_area, from_day, to_area, to_day, moved_at, device_id)
    VALUES (@id, @finding_id, @from_area, @from_day, @to_area, @to_day, @moved_at, @device_id)`);
  const movesStmt = db.prepare<[string], MoveRow>(
    'SELECT id, finding_id, from_area, from_day, to_area, to_day, moved_at FROM finding_moves WHERE finding_id = ? ORDER BY moved_at, rowid',
  );

  return {
    insert: (finding: Finding): void => void insertStmt.run(toRow(finding)),
    update: (finding: Finding): void => void updateStmt.run(toRow(finding)),
    /** The highest number the engagement has given in the series starting with `prefix` ("F" or "P"), deleted findings included. */
    lastSequence: (engagementId: string, prefix: string): number => lastSequenceStmt.get({ engagementId, prefix })?.n ?? 0,
    place: (id: string, area: Finding['area'], day: number, position: number, at: string, deviceId: string): void =>
      void placeStmt.run(area, day, position, at, deviceId, id),
    get(id: string): Finding | undefined {
      const row = getStmt.get(id);
      return row ? toFinding(row, evidenceOfStmt.all(id).map(toEvidence)) : undefined;
    },
    /** Live findings with their evidence, in two queries whatever the board's size. */
    list(engagementId: string): Finding[] {
      const evidence = new Map<string, Evidence[]>();
      for (const row of evidenceOfEngagementStmt.all(engagementId)) {
        const list = evidence.get(row.finding_id) ?? [];
        list.push(toEvidence(row));
        evidence.set(row.finding_id, list);
      }
      return listStmt.all(engagementId).map((row) => toFinding(row, evidence.get(row.id) ?? []));
    },
    placements: (engagementId: string) => placementsStmt.all(engagementId),
    link: (findingId: string, noteId: string, at: string, deviceId: string): void => void linkStmt.run(findingId, noteId, at, deviceId),
    unlink: (findingId: string, noteId: string, at: string, deviceId: string): boolean =>
      unlinkStmt.run(at, deviceId, findingId, noteId).changes > 0,
    findingsForNote: (noteId: string): { id: string; title: string }[] => forNoteStmt.all(noteId),
    recordMove(move: FindingMove, deviceId: string): void {
      insertMoveStmt.run({
        id: move.id,
        finding_id: move.findingId,
        from_area: move.fromArea,
        from_day: move.fromDay,
        to_area: move.toArea,
        to_day: move.toDay,
        moved_at: move.movedAt,
        device_id: deviceId,
      });
    },
    moves: (findingId: string): FindingMove[] =>
      movesStmt.all(findingId).map((r) => ({
        id: r.id,
        findingId: r.finding_id,
        fromArea: r.from_area,
        fromDay: r.from_day,
        toArea: r.to_area,
        toDay: r.to_day,
        movedAt: r.moved_at,
      })),
  };
}

export type FindingsRepository = ReturnType<typeof createFindingsRepository>;
