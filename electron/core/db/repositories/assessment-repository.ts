import type { Database } from 'better-sqlite3';
import type { CriterionScore } from '../../../../shared/assessment/scoring';
import type { MlTestPoints } from '../../../../shared/assessment/ml-test-score';
import type { CauseRating, PurgatoryCauseId } from '../../../../shared/assessment/purgatory-diagnostic';
import type { CauseRatingRecord, CriterionScoreRecord, MlTestScoreRecord } from '../../../../shared/domain/assessment';

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
