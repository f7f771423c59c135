import { z } from 'zod';
import { AUDIT_AREAS } from '../domain/audit-areas';
import { NOTE_KINDS } from '../domain/note';
import { PARTICIPANT_FUNCTIONS } from '../domain/participant';
import { SESSION_KINDS, SESSION_STATUSES } from '../domain/session';

/*
 * The registry of engagement-scoped tables: everything an engagement archive holds, and how a
 * merge matches, orders and links rows. Rows travel as the database stores them (column names,
 * JSON columns as text), so export and import are one generic SELECT and INSERT per table and a
 * new table is one entry here. The zod schema of each entry mirrors the table's CHECK constraints,
 * so a row that passes it can be inserted.
 */

const Id = z.uuid();
const Stamp = z.iso.datetime({ offset: false });
const Text = (max = 200_000) => z.string().max(max);
const Json = z.string().refine((s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}, 'Must be JSON text.');
const Day = z.number().int().min(1).max(10);
const Area = z.enum(AUDIT_AREAS).nullable();

/** Columns every archived row carries, for last-writer-wins merging. */
const Versioned = { created_at: Stamp, updated_at: Stamp, device_id: z.string().min(1).max(200) };
const Owned = { id: Id, engagement_id: Id, ...Versioned };

/** A column that points at another archived table's id. */
export interface ArchiveReference {
  column: string;
  table: string;
  /** What the database does when the target is missing: a nullable link is cleared. */
  nullable: boolean;
}

export interface ArchiveTable {
  table: string;
  /** The row exactly as stored: every column, by its column name. */
  row: z.ZodObject;
  /** The columns that identify "the same record" on two laptops (the primary key or a natural key). */
  key: readonly string[];
  /** Links to other archived tables; engagement_id is implied for every table but engagements. */
  references: readonly ArchiveReference[];
  /** The column holding the deletion time when deletions are kept as tombstones. */
  tombstone?: string;
  /** The column that names a row for the facilitator in a conflict report. */
  label: string;
}

export const ENGAGEMENTS_TABLE: ArchiveTable = {
  table: 'engagements',
  row: z.strictObject({
    id: Id,
    client_name: z.string().min(1).max(500),
    pilot_name: z.string().min(1).max(500),
    pilot_description: Text(),
    facilitators: Json,
    venue: Text(),
    week_start: z.iso.date(),
    day_count: Day,
    status: z.enum(['planned', 'in-progress', 'complete']),
    accuracy_pct: z.number().min(0).max(100).nullable(),
    pilot_volume_per_day: z.number().min(0).nullable(),
    production_volume_per_day: z.number().min(0).nullable(),
    cost_per_query: z.number().min(0).nullable(),
    currency: z.string().max(10),
    archived_at: Stamp.nullable(),
    ...Versioned,
  }),
  key: ['id'],
  label: 'client_name',
  references: [],
};

/** Parents before children: the order rows are inserted in. */
export const ARCHIVE_TABLES: readonly ArchiveTable[] = [
  ENGAGEMENTS_TABLE,
  {
    table: 'participants',
    row: z.strictObject({
      ...Owned,
      name: z.string().min(1).max(500),
      title: Text(),
      organisation: Text(),
      function: z.enum(PARTICIPANT_FUNCTIONS),
      days_attended: Json,
      contact: Text(),
    }),
    key: ['id'],
    label: 'name',
    references: [],
  },
  {
    table: 'sessions',
    row: z.strictObject({
      ...Owned,
      day: Day,
      position: z.number().int().min(0),
      title: z.string().min(1).max(500),
      kind: z.enum(SESSION_KINDS),
      area: Area,
      start_time: z.string().max(10),
      end_time: z.string().max(10),
      goal: Text(),
      questions: Json,
      status: z.enum(SESSION_STATUSES),
      timer_started_at: Stamp.nullable(),
      timer_accumulated_ms: z.number().int().min(0),
      timer_extension_minutes: z.number().int().min(0),
    }),
    key: ['id'],
    label: 'title',
    references: [],
  },
  {
    table: 'notes',
    row: z.strictObject({
      ...Owned,
      ref: z.string().regex(/^D\d{1,2}-\d{3,6}$/),
      day: Day,
      session_id: Id.nullable(),
      area: Area,
      kind: z.enum(NOTE_KINDS),
      text: z.string().min(1).max(200_000),
      speaker_id: Id.nullable(),
      speaker_name: Text(),
      tags: Json,
      visibility: z.enum(['client', 'facilitator']),
      pinned: z.union([z.literal(0), z.literal(1)]),
      captured_at: Stamp,
      deleted_at: Stamp.nullable(),
    }),
    key: ['id'],
    label: 'ref',
    references: [
      { column: 'session_id', table: 'sessions', nullable: true },
      { column: 'speaker_id', table: 'participants', nullable: true },
    ],
    tombstone: 'deleted_at',
  },
  {
    table: 'findings',
    row: z.strictObject({
      ...Owned,
      title: z.string().min(1).max(300),
      body: Text(),
      area: z.enum(AUDIT_AREAS),
      day: Day,
      kind: z.enum(['risk', 'gap', 'strength', 'opportunity']),
      severity: z.enum(['critical', 'high', 'medium', 'low']),
      confidence: z.enum(['low', 'medium', 'high']),
      status: z.enum(['open', 'validated', 'resolved', 'dropped']),
      owner_id: Id.nullable(),
      recommendation: Text(),
      votes: z.number().int().min(0),
      visibility: z.enum(['client', 'facilitator']),
      position: z.number().int().min(0),
      deleted_at: Stamp.nullable(),
    }),
    key: ['id'],
    label: 'title',
    references: [{ column: 'owner_id', table: 'participants', nullable: true }],
    tombstone: 'deleted_at',
  },
  {
    table: 'assessment_criterion_scores',
    row: z.strictObject({
      ...Owned,
      criterion_id: z.string().min(1).max(200),
      score: z.enum(['not-in-place', 'partly', 'in-place', 'not-applicable']).nullable(),
      comment: Text(),
    }),
    key: ['engagement_id', 'criterion_id'],
    label: 'criterion_id',
    references: [],
  },
  {
    table: 'assessment_ml_test_scores',
    row: z.strictObject({
      ...Owned,
      test_id: z.string().min(1).max(200),
      points: z.union([z.literal(0), z.literal(0.5), z.literal(1)]).nullable(),
      comment: Text(),
    }),
    key: ['engagement_id', 'test_id'],
    label: 'test_id',
    references: [],
  },
  {
    table: 'assessment_cause_ratings',
    row: z.strictObject({
      ...Owned,
      cause_id: z.string().min(1).max(200),
      rating: z.enum(['no-risk', 'some-risk', 'major-risk', 'unknown']).nullable(),
      justification: Text(),
    }),
    key: ['engagement_id', 'cause_id'],
    label: 'cause_id',
    references: [],
  },
  {
    table: 'cost_scenarios',
    row: z.strictObject({
      ...Owned,
      name: z.string().min(1).max(500),
      position: z.number().int().min(0),
      inputs: Json,
    }),
    key: ['id'],
    label: 'name',
    references: [],
  },
];

export type ArchiveRow = Record<string, string | number | null>;
/** One engagement's rows, table by table, in registry order. */
export type ArchiveTables = Record<string, ArchiveRow[]>;

export function archiveTable(name: string): ArchiveTable {
  const entry = ARCHIVE_TABLES.find((t) => t.table === name);
  if (!entry) throw new Error(`No archive table named ${name}`);
  return entry;
}

/** The identity of a row within its table, as one string. */
export function rowKey(table: ArchiveTable, row: ArchiveRow): string {
  return JSON.stringify(table.key.map((column) => row[column]));
}
