import { z } from 'zod';
import { ITEM_STATUSES } from '../domain/action-item';
import { AUDIT_AREAS } from '../domain/audit-areas';
import { CauseRatingRecord, CriterionId, MlTestId } from '../domain/assessment';
import { Timestamp } from '../domain/common';
import { CostScenario } from '../domain/cost-scenario';
import { Engagement, PilotNumbers } from '../domain/engagement';
import { FindingMove } from '../domain/finding';
import { MAX_DAYS } from '../domain/limits';
import { NOTE_KINDS, Note } from '../domain/note';
import { FINDING_REF_PATTERN, NOTE_REF_PATTERN } from '../domain/references';
import { PARTICIPANT_FUNCTIONS, Participant } from '../domain/participant';
import { DECISIONS, DecidedByName, OPERATING_RESPONSIBILITIES, Phase, RACI_ROLES, Recommendation } from '../domain/path-to-ship';
import { ReleaseCheck, RELEASE_ITEM_KINDS, ReleaseItems } from '../report/release-check-schema';
import { ReportOptionsSchema } from '../report/report-schema';
import { SESSION_KINDS, SESSION_STATUSES, Session } from '../domain/session';

/*
 * The registry of every table that holds an engagement's data: everything an engagement archive
 * holds, and how a merge matches, orders and links rows. Rows travel as the database stores them
 * (column names, JSON columns as text), so export and import are one generic SELECT and INSERT per
 * table and a new table is one entry here. The zod schema of each entry mirrors the table's CHECK
 * constraints, so a row that passes it can be inserted, and takes every column the domain schema
 * also describes from that schema (a JSON column through JsonOf), so a row that passes it reads
 * back as an object the app's answers accept: an archive cannot hold what the app would refuse.
 *
 * Two kinds of row: engagement-owned rows carry engagement_id; parent-owned rows (evidence links,
 * a finding's moves) carry only their parent's id and belong to the parent's engagement. A test
 * fails when the schema has a table holding engagement data that is not listed here.
 */

const Id = z.uuid();
const Stamp = Timestamp;
const Text = (max = 200_000) => z.string().max(max);
/** The parsed value, or undefined for text that is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The domain's first complaint, with where in the value it is. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return issue.path.length > 0 ? `${issue.message} (at ${issue.path.join('.')})` : issue.message;
}

/**
 * A JSON column holding what the domain's field holds: text that parses to a value the domain
 * schema accepts. The text itself is kept as it came (the row is stored, not the parsed value).
 */
function JsonOf(domain: z.ZodType) {
  return z.string().superRefine((text, ctx) => {
    const value = parseJson(text);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Must be JSON text.' });
      return;
    }
    const checked = domain.safeParse(value);
    if (!checked.success) ctx.addIssue({ code: 'custom', message: `Does not hold what the app stores here: ${firstIssue(checked.error)}` });
  });
}

/** Text the domain schema accepts, kept as stored: a domain schema may trim what it returns. */
function TextOf(domain: z.ZodType, max: number) {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const checked = domain.safeParse(text);
      if (!checked.success) ctx.addIssue({ code: 'custom', message: firstIssue(checked.error) });
    });
}

const Day = z.number().int().min(1).max(MAX_DAYS);
const Area = z.enum(AUDIT_AREAS).nullable();
const Visibility = z.enum(['client', 'facilitator']);

const Device = z.string().min(1).max(200);
/** Archives written before a table had soft deletion hold no deleted_at: every such row is live. */
const Tombstone = Stamp.nullable().default(null);

/** Columns every edited row carries, for last-writer-wins merging. */
const Versioned = { created_at: Stamp, updated_at: Stamp, device_id: Device };
const Owned = { id: Id, engagement_id: Id, ...Versioned };

/** A column that points at another archived table's id. */
export interface ArchiveReference {
  column: string;
  table: string;
  /** What the database does when the target is missing: a nullable link is cleared. */
  nullable: boolean;
  /** Only rows where this column holds this value link there (a path link's target is a finding or a criterion). */
  when?: { column: string; equals: string };
}

export interface ArchiveTable {
  table: string;
  /** The row exactly as stored: every column, by its column name. */
  row: z.ZodObject;
  /** The columns that identify "the same record" on two laptops (the primary key or a natural key). */
  key: readonly string[];
  /**
   * Other column sets the database keeps unique. Two laptops can each create "the same" record
   * under different ids (the one recommendation, a system's name, a RACI cell, a link); a merge
   * matches an incoming row on these when its key finds nothing, and validation refuses an archive
   * that repeats one.
   */
  unique?: readonly (readonly string[])[];
  /** Key or unique columns the database compares without case (COLLATE NOCASE). */
  nocase?: readonly string[];
  /**
   * Set for a parent-owned row: the column naming its parent, whose engagement it belongs to.
   * The parent is one of `references` and an engagement-owned table listed before it.
   */
  parent?: string;
  /** Links to other archived tables; engagement_id is implied for every table but engagements. */
  references: readonly ArchiveReference[];
  /** The column holding the deletion time when deletions are kept as tombstones. */
  tombstone?: string;
  /**
   * For a link row (no updated_at): the column holding when it was last linked. Removing a link
   * sets its tombstone and linking it again clears the tombstone and restamps this column, so the
   * later of the two times orders the link's versions in a merge.
   */
  linkedAt?: string;
  /** The column that names a row for the facilitator in a conflict report. */
  label: string;
  /** What one row is, in the facilitator's words, for messages about it. */
  noun: string;
}

export const ENGAGEMENTS_TABLE: ArchiveTable = {
  table: 'engagements',
  noun: 'engagement',
  row: z.strictObject({
    id: Id,
    client_name: z.string().min(1).max(500),
    pilot_name: z.string().min(1).max(500),
    pilot_description: Text(),
    facilitators: JsonOf(Engagement.shape.facilitators),
    venue: Text(),
    week_start: Engagement.shape.weekStart,
    day_count: Engagement.shape.dayCount,
    status: z.enum(['planned', 'in-progress', 'complete']),
    accuracy_pct: PilotNumbers.shape.accuracyPct,
    pilot_volume_per_day: PilotNumbers.shape.pilotVolumePerDay,
    production_volume_per_day: PilotNumbers.shape.productionVolumePerDay,
    cost_per_query: PilotNumbers.shape.costPerQuery,
    currency: PilotNumbers.shape.currency,
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
    noun: 'participant',
    row: z.strictObject({
      ...Owned,
      name: z.string().min(1).max(500),
      title: Text(),
      organisation: Text(),
      function: z.enum(PARTICIPANT_FUNCTIONS),
      days_attended: JsonOf(Participant.shape.daysAttended),
      contact: Text(),
      deleted_at: Tombstone,
    }),
    key: ['id'],
    label: 'name',
    references: [],
    tombstone: 'deleted_at',
  },
  {
    table: 'sessions',
    noun: 'agenda session',
    row: z.strictObject({
      ...Owned,
      day: Day,
      position: z.number().int().min(0),
      title: z.string().min(1).max(500),
      kind: z.enum(SESSION_KINDS),
      area: Area,
      start_time: Session.shape.start,
      end_time: Session.shape.end,
      goal: Text(),
      questions: JsonOf(Session.shape.questions),
      status: z.enum(SESSION_STATUSES),
      timer_started_at: Stamp.nullable(),
      timer_accumulated_ms: z.number().int().min(0),
      timer_extension_minutes: z.number().int().min(0),
      deleted_at: Tombstone,
    }),
    key: ['id'],
    label: 'title',
    references: [],
    tombstone: 'deleted_at',
  },
  {
    table: 'notes',
    noun: 'note',
    row: z.strictObject({
      ...Owned,
      ref: z.string().regex(NOTE_REF_PATTERN),
      day: Day,
      session_id: Id.nullable(),
      area: Area,
      kind: z.enum(NOTE_KINDS),
      text: z.string().min(1).max(200_000),
      speaker_id: Id.nullable(),
      speaker_name: Text(),
      tags: JsonOf(Note.shape.tags),
      visibility: Visibility,
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
    table: 'action_items',
    noun: 'action or decision follow-up',
    row: z.strictObject({
      note_id: Id,
      owner_id: Id.nullable(),
      due_day: Day.nullable(),
      status: z.enum(ITEM_STATUSES),
      ...Versioned,
    }),
    key: ['note_id'],
    label: 'note_id',
    parent: 'note_id',
    references: [
      { column: 'note_id', table: 'notes', nullable: false },
      { column: 'owner_id', table: 'participants', nullable: true },
    ],
  },
  {
    table: 'session_attendance',
    noun: 'session check-in',
    row: z.strictObject({ session_id: Id, participant_id: Id, checked_in_at: Stamp, device_id: Device, deleted_at: Tombstone }),
    key: ['session_id', 'participant_id'],
    label: 'participant_id',
    tombstone: 'deleted_at',
    linkedAt: 'checked_in_at',
    parent: 'session_id',
    references: [
      { column: 'session_id', table: 'sessions', nullable: false },
      { column: 'participant_id', table: 'participants', nullable: false },
    ],
  },
  {
    table: 'findings',
    noun: 'finding',
    row: z.strictObject({
      ...Owned,
      /** Archives from before schema 130 hold none: reading one numbers its findings (validate-archive.ts). */
      ref: z.string().regex(FINDING_REF_PATTERN).optional(),
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
      visibility: Visibility,
      position: z.number().int().min(0),
      deleted_at: Stamp.nullable(),
    }),
    key: ['id'],
    label: 'title',
    references: [{ column: 'owner_id', table: 'participants', nullable: true }],
    tombstone: 'deleted_at',
  },
  {
    // History recorded once and never edited: a merge keeps the union, so the release check on
    // either laptop shows who made a private note or finding client-visible, and when.
    table: 'visibility_changes',
    noun: 'visibility change',
    row: z
      .strictObject({
        id: Id,
        engagement_id: Id,
        item_kind: z.enum(RELEASE_ITEM_KINDS),
        item_id: Id,
        from_visibility: Visibility,
        to_visibility: Visibility,
        changed_at: Stamp,
        device_id: Device,
      })
      .refine((r) => r.from_visibility !== r.to_visibility, 'A change of visibility goes from one to the other.'),
    key: ['id'],
    label: 'changed_at',
    references: [
      { column: 'item_id', table: 'notes', nullable: false, when: { column: 'item_kind', equals: 'note' } },
      { column: 'item_id', table: 'findings', nullable: false, when: { column: 'item_kind', equals: 'finding' } },
    ],
  },
  {
    table: 'assessment_criterion_scores',
    noun: 'criterion score',
    row: z.strictObject({
      ...Owned,
      criterion_id: CriterionId,
      score: z.enum(['not-in-place', 'partly', 'in-place', 'not-applicable']).nullable(),
      comment: Text(),
    }),
    key: ['engagement_id', 'criterion_id'],
    label: 'criterion_id',
    references: [],
  },
  {
    table: 'assessment_ml_test_scores',
    noun: 'ML Test Score test',
    row: z.strictObject({
      ...Owned,
      test_id: MlTestId,
      points: z.union([z.literal(0), z.literal(0.5), z.literal(1)]).nullable(),
      comment: Text(),
    }),
    key: ['engagement_id', 'test_id'],
    label: 'test_id',
    references: [],
  },
  {
    table: 'assessment_cause_ratings',
    noun: 'pilot-purgatory rating',
    row: z.strictObject({
      ...Owned,
      cause_id: CauseRatingRecord.shape.causeId,
      rating: z.enum(['no-risk', 'some-risk', 'major-risk', 'unknown']).nullable(),
      justification: Text(),
    }),
    key: ['engagement_id', 'cause_id'],
    label: 'cause_id',
    references: [],
  },
  {
    table: 'cost_scenarios',
    noun: 'cost scenario',
    row: z.strictObject({
      ...Owned,
      name: z.string().min(1).max(500),
      position: z.number().int().min(0),
      inputs: JsonOf(CostScenario.shape.inputs),
      deleted_at: Tombstone,
    }),
    key: ['id'],
    label: 'name',
    references: [],
    tombstone: 'deleted_at',
  },
  {
    table: 'finding_evidence',
    noun: 'finding evidence link',
    row: z.strictObject({ finding_id: Id, note_id: Id, linked_at: Stamp, device_id: Device, deleted_at: Tombstone }),
    key: ['finding_id', 'note_id'],
    label: 'note_id',
    tombstone: 'deleted_at',
    linkedAt: 'linked_at',
    parent: 'finding_id',
    references: [
      { column: 'finding_id', table: 'findings', nullable: false },
      { column: 'note_id', table: 'notes', nullable: false },
    ],
  },
  {
    table: 'finding_moves',
    noun: 'finding move',
    row: z.strictObject({
      id: Id,
      finding_id: Id,
      from_area: FindingMove.shape.fromArea,
      from_day: FindingMove.shape.fromDay,
      to_area: FindingMove.shape.toArea,
      to_day: FindingMove.shape.toDay,
      moved_at: Stamp,
      device_id: Device,
    }),
    key: ['id'],
    label: 'moved_at',
    parent: 'finding_id',
    references: [{ column: 'finding_id', table: 'findings', nullable: false }],
  },
  {
    table: 'criterion_evidence',
    noun: 'criterion evidence link',
    row: z
      .strictObject({
        id: Id,
        score_id: Id,
        note_id: Id.nullable(),
        finding_id: Id.nullable(),
        linked_at: Stamp,
        device_id: Device,
        deleted_at: Tombstone,
      })
      .refine((r) => (r.note_id === null) !== (r.finding_id === null), 'Evidence is one note or one finding.'),
    key: ['id'],
    unique: [['score_id', 'note_id', 'finding_id']],
    label: 'linked_at',
    tombstone: 'deleted_at',
    linkedAt: 'linked_at',
    parent: 'score_id',
    references: [
      { column: 'score_id', table: 'assessment_criterion_scores', nullable: false },
      { column: 'note_id', table: 'notes', nullable: true },
      { column: 'finding_id', table: 'findings', nullable: true },
    ],
  },
  {
    table: 'path_recommendations',
    noun: 'recommendation',
    row: z.strictObject({
      ...Owned,
      decision: z.enum(DECISIONS),
      rationale: Text(),
      conditions: JsonOf(Recommendation.shape.conditions),
      decided_by_participant_id: Id.nullable(),
      // Empty when nobody (or a participant) decided; otherwise the name the domain accepts.
      decided_by_name: TextOf(DecidedByName.or(z.literal('')), 200_000),
      decided_on: Recommendation.shape.decidedOn,
    }),
    key: ['id'],
    unique: [['engagement_id']],
    label: 'decision',
    references: [{ column: 'decided_by_participant_id', table: 'participants', nullable: true }],
  },
  {
    table: 'path_phases',
    noun: 'roadmap phase',
    row: z.strictObject({
      ...Owned,
      position: z.number().int().min(0),
      name: z.string().min(1).max(500),
      milestones: JsonOf(Phase.shape.milestones),
      owner_participant_id: Id.nullable(),
      target_week: Phase.shape.targetWeek,
      exit_criteria: JsonOf(Phase.shape.exitCriteria),
      deleted_at: Tombstone,
    }),
    key: ['id'],
    label: 'name',
    tombstone: 'deleted_at',
    references: [{ column: 'owner_participant_id', table: 'participants', nullable: true }],
  },
  {
    table: 'path_links',
    noun: 'path-to-ship link',
    row: z
      .strictObject({
        id: Id,
        engagement_id: Id,
        recommendation_id: Id.nullable(),
        phase_id: Id.nullable(),
        target_kind: z.enum(['criterion', 'finding']),
        target_id: z.string().min(1).max(200),
        position: z.number().int().min(0),
        created_at: Stamp,
        device_id: Device,
        deleted_at: Tombstone,
      })
      .refine((r) => (r.recommendation_id === null) !== (r.phase_id === null), 'A link belongs to the recommendation or to one phase.')
      // A finding target is checked as a reference inside the archive; a criterion is one the app knows.
      .refine((r) => r.target_kind !== 'criterion' || CriterionId.safeParse(r.target_id).success, {
        message: 'There is no audit criterion with that id.',
        path: ['target_id'],
      }),
    key: ['id'],
    unique: [['recommendation_id', 'phase_id', 'target_kind', 'target_id']],
    label: 'target_id',
    tombstone: 'deleted_at',
    linkedAt: 'created_at',
    references: [
      { column: 'recommendation_id', table: 'path_recommendations', nullable: true },
      { column: 'phase_id', table: 'path_phases', nullable: true },
      { column: 'target_id', table: 'findings', nullable: false, when: { column: 'target_kind', equals: 'finding' } },
    ],
  },
  {
    table: 'path_systems',
    noun: 'integrated system',
    row: z.strictObject({ ...Owned, name: z.string().min(1).max(500), position: z.number().int().min(0), deleted_at: Tombstone }),
    key: ['id'],
    unique: [['engagement_id', 'name']],
    nocase: ['name'],
    label: 'name',
    tombstone: 'deleted_at',
    references: [],
  },
  {
    table: 'path_raci',
    noun: 'operating model responsibility',
    row: z
      .strictObject({
        ...Owned,
        responsibility: z.enum(OPERATING_RESPONSIBILITIES),
        system_id: Id.nullable(),
        participant_id: Id,
        role: z.enum(RACI_ROLES),
        deleted_at: Tombstone,
      })
      .refine((r) => (r.responsibility === 'integration') === (r.system_id !== null), 'Integration is assigned per system.'),
    key: ['id'],
    unique: [['engagement_id', 'responsibility', 'system_id', 'participant_id']],
    label: 'responsibility',
    tombstone: 'deleted_at',
    references: [
      { column: 'system_id', table: 'path_systems', nullable: true },
      { column: 'participant_id', table: 'participants', nullable: false },
    ],
  },
  {
    // What the client has been given, from whichever laptop gave it: the next release check on
    // either laptop compares against the latest one. Recorded once, merged as a union.
    table: 'releases',
    noun: 'release record',
    row: z
      .strictObject({
        id: Id,
        engagement_id: Id,
        scope_kind: z.enum(['week', 'day', 'board', 'deck']),
        day: Day.nullable(),
        options: JsonOf(ReportOptionsSchema),
        release_check: JsonOf(ReleaseCheck),
        items: JsonOf(ReleaseItems),
        folder_name: z.string().min(1).max(500),
        files: JsonOf(ReleaseCheck.shape.files),
        confirmed_at: Stamp,
        device_id: Device,
      })
      .refine((r) => r.scope_kind === 'deck' || (r.scope_kind === 'day') === (r.day !== null), 'A day is given for a day’s readout or deck, and only then.'),
    key: ['id'],
    label: 'confirmed_at',
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

function columnsKey(table: ArchiveTable, columns: readonly string[], row: ArchiveRow): string {
  return JSON.stringify(
    columns.map((column) => {
      const value = row[column];
      return typeof value === 'string' && table.nocase?.includes(column) ? value.toLowerCase() : value;
    }),
  );
}

/** The identity of a row within its table, as one string. */
export function rowKey(table: ArchiveTable, row: ArchiveRow): string {
  return columnsKey(table, table.key, row);
}

/** The row's value of each unique column set, as strings, in the order of `table.unique`. */
export function uniqueKeys(table: ArchiveTable, row: ArchiveRow): string[] {
  return (table.unique ?? []).map((columns) => columnsKey(table, columns, row));
}

/**
 * Rows that are edited carry updated_at and merge by "later edit wins". Rows without it (links,
 * a finding's moves) are facts recorded once: a merge takes the union and never edits one.
 */
export function isVersioned(table: ArchiveTable): boolean {
  return 'updated_at' in table.row.shape;
}

/** When this version of a row was made: its last edit, or for a link its removal or last linking. */
export function versionTime(table: ArchiveTable, row: ArchiveRow): string {
  if (isVersioned(table)) return String(row.updated_at);
  const removed = table.tombstone ? row[table.tombstone] : null;
  return String(removed ?? row[table.linkedAt ?? '']);
}

/** Rows a merge may replace with a later version: edited rows, and links that keep tombstones. */
export function isMergeable(table: ArchiveTable): boolean {
  return isVersioned(table) || table.linkedAt !== undefined;
}

/** The parent-owned table's parent: which table and column lead to its engagement. */
export function parentOf(table: ArchiveTable): ArchiveReference | null {
  if (!table.parent) return null;
  const link = table.references.find((r) => r.column === table.parent);
  if (!link) throw new Error(`${table.table}: its parent column is not one of its references`);
  return link;
}
