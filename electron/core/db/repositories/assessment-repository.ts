import type { Database } from 'better-sqlite3';
import type { CriterionScore } from '../../../../shared/assessment/scoring';
import type { MlTestPoints } from '../../../../shared/assessment/ml-test-score';
import type { CauseRating, PurgatoryCauseId } from '../../../../shared/assessment/purgatory-diagnostic';
import type {
  CauseRatingRecord,
  CriterionEvidence,
  CriterionScoreRecord,
  EvidenceKind,
  MlTestScoreRecord,
} from '../../../../shared/domain/assessment';

/**
 * The three assessment tables share one shape: per engagement, a catalogue key, a value (null
 * while unscored) and free text. This is that shape, named the same way in the domain layer.
 */
export interface AssessmentEntry<V> {
  id: string;
  engagementId: string;
  key: string;
  value: V | null;
  text: string;
  createdAt: string;
  updatedAt: string;
  deviceId: string;
}

interface EntryRow<V> {
  id: string;
  engagement_id: string;
  key: string;
  value: V | null;
  text: string;
  created_at: string;
  updated_at: string;
  device_id: string;
}

interface EntryTable {
  table: string;
  key: string;
  value: string;
  text: string;
}

function toEntry<V>(row: EntryRow<V>): AssessmentEntry<V> {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    key: row.key,
    value: row.value,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

function createEntryStore<V>(db: Database, t: EntryTable) {
  const columns = `id, engagement_id, ${t.key} AS key, ${t.value} AS value, ${t.text} AS text, created_at, updated_at, device_id`;
  const list = db.prepare<[string], EntryRow<V>>(`SELECT ${columns} FROM ${t.table} WHERE engagement_id = ? ORDER BY ${t.key}`);
  const getOne = db.prepare<[string, string], EntryRow<V>>(`SELECT ${columns} FROM ${t.table} WHERE engagement_id = ? AND ${t.key} = ?`);
  const upsert = db.prepare<[EntryRow<V>]>(
    `INSERT INTO ${t.table} (id, engagement_id, ${t.key}, ${t.value}, ${t.text}, created_at, updated_at, device_id)
     VALUES (@id, @engagement_id, @key, @value, @text, @created_at, @updated_at, @device_id)
     ON CONFLICT (engagement_id, ${t.key}) DO UPDATE SET
       ${t.value} = excluded.${t.value}, ${t.text} = excluded.${t.text},
       updated_at = excluded.updated_at, device_id = excluded.device_id`,
  );
  return {
    list: (engagementId: string): AssessmentEntry<V>[] => list.all(engagementId).map(toEntry),
    get(engagementId: string, key: string): AssessmentEntry<V> | undefined {
      const row = getOne.get(engagementId, key);
      return row ? toEntry(row) : undefined;
    },
    save(e: AssessmentEntry<V>): void {
      upsert.run({
        id: e.id,
        engagement_id: e.engagementId,
        key: e.key,
        value: e.value,
        text: e.text,
        created_at: e.createdAt,
        updated_at: e.updatedAt,
        device_id: e.deviceId,
      });
    },
  };
}

export type EntryStore<V> = ReturnType<typeof createEntryStore<V>>;

/** Criterion scores, ML Test Score points and purgatory ratings; statements prepared once. */
export function createAssessmentRepository(db: Database) {
  return {
    criteria: createEntryStore<CriterionScore>(db, {
      table: 'assessment_criterion_scores',
      key: 'criterion_id',
      value: 'score',
      text: 'comment',
    }),
    mlTests: createEntryStore<MlTestPoints>(db, {
      table: 'assessment_ml_test_scores',
      key: 'test_id',
      value: 'points',
      text: 'comment',
    }),
    causes: createEntryStore<CauseRating>(db, {
      table: 'assessment_cause_ratings',
      key: 'cause_id',
      value: 'rating',
      text: 'justification',
    }),
  };
}

export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;

export function toCriterionScoreRecord({ key, value, text, ...meta }: AssessmentEntry<CriterionScore>): CriterionScoreRecord {
  return { ...meta, criterionId: key, score: value, comment: text };
}

export function toMlTestScoreRecord({ key, value, text, ...meta }: AssessmentEntry<MlTestPoints>): MlTestScoreRecord {
  return { ...meta, testId: key, points: value, comment: text };
}

export function toCauseRatingRecord({ key, value, text, ...meta }: AssessmentEntry<CauseRating>): CauseRatingRecord {
  return { ...meta, causeId: key as PurgatoryCauseId, rating: value, justification: text };
}

interface EvidenceRow {
  id: string;
  criterion_id: string;
  note_id: string | null;
  finding_id: string | null;
  label: string;
}

export interface EvidenceLink {
  id: string;
  scoreId: string;
  kind: EvidenceKind;
  targetId: string;
  linkedAt: string;
  deviceId: string;
}

/** Criterion evidence, joined to the live note or finding it cites; statements prepared once. */
export function createEvidenceRepository(db: Database) {
  const list = db.prepare<[string], EvidenceRow>(
    `SELECT e.id, s.criterion_id, e.note_id, e.finding_id, COALESCE(n.ref, f.title) AS label
     FROM criterion_evidence e
     JOIN assessment_criterion_scores s ON s.id = e.score_id
     LEFT JOIN notes n ON n.id = e.note_id
     LEFT JOIN findings f ON f.id = e.finding_id
     WHERE s.engagement_id = ? AND e.deleted_at IS NULL AND (n.deleted_at IS NULL AND f.deleted_at IS NULL)
       AND (n.id IS NOT NULL OR f.id IS NOT NULL)
     ORDER BY e.linked_at, e.rowid`,
  );
  const insert = db.prepare<[EvidenceLink]>(
    `INSERT INTO criterion_evidence (id, score_id, note_id, finding_id, linked_at, device_id)
     VALUES (@id, @scoreId, CASE WHEN @kind = 'note' THEN @targetId END, CASE WHEN @kind = 'finding' THEN @targetId END, @linkedAt, @deviceId)
     ON CONFLICT DO UPDATE SET linked_at = excluded.linked_at, device_id = excluded.device_id, deleted_at = NULL
     WHERE criterion_evidence.deleted_at IS NOT NULL`,
  );
  const findLink = db.prepare<[string, string, string], { id: string }>(
    'SELECT id FROM criterion_evidence WHERE score_id = ? AND (note_id = ? OR finding_id = ?)',
  );
  // A removed link keeps its row (deleted_at) so a merge carries the removal; adding it again revives it.
  const remove = db.prepare<[string, string, string, string]>(
    `UPDATE criterion_evidence SET deleted_at = ?, device_id = ? WHERE id = ? AND deleted_at IS NULL
       AND score_id IN (SELECT id FROM assessment_criterion_scores WHERE engagement_id = ?)`,
  );
  const liveTarget = {
    note: db.prepare<[string, string], { id: string }>('SELECT id FROM notes WHERE id = ? AND engagement_id = ? AND deleted_at IS NULL'),
    finding: db.prepare<[string, string], { id: string }>('SELECT id FROM findings WHERE id = ? AND engagement_id = ? AND deleted_at IS NULL'),
  };
  return {
    list: (engagementId: string): CriterionEvidence[] =>
      list.all(engagementId).map((r) => ({
        id: r.id,
        criterionId: r.criterion_id,
        kind: r.note_id ? 'note' : 'finding',
        targetId: r.note_id ?? r.finding_id ?? '',
        label: r.label,
      })),
    targetExists: (kind: EvidenceKind, targetId: string, engagementId: string): boolean =>
      liveTarget[kind].get(targetId, engagementId) !== undefined,
    /** Adds the link unless it already exists; returns the id of the link that is stored. */
    add(link: EvidenceLink): string {
      insert.run(link);
      return findLink.get(link.scoreId, link.targetId, link.targetId)?.id ?? link.id;
    },
    remove: (id: string, engagementId: string, at: string, deviceId: string): boolean => remove.run(at, deviceId, id, engagementId).changes > 0,
  };
}

export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;
