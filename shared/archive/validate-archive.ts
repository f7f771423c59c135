import { z } from 'zod';
import { CLIENT_NUMBERING_SCHEMA } from './archive-format';
import { ARCHIVE_TABLES, rowKey, uniqueKeys, type ArchiveRow, type ArchiveTable, type ArchiveTables } from './archive-tables';
import { numberLegacyArchive } from './legacy-references';

/** What a version-1 archive's compressed part holds once decompressed and parsed. */
export const ArchiveContent = z.strictObject({
  engagementId: z.uuid(),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type ArchiveContent = z.infer<typeof ArchiveContent>;

export type ArchiveValidation = { ok: true; engagementId: string; tables: ArchiveTables } | { ok: false; errors: string[] };

/** The message for content that is not an engagement archive's at all. */
export const NOT_LAID_OUT = 'The archive’s contents are not laid out as an engagement archive.';

/** Enough to say what is wrong without burying the facilitator in a thousand lines. */
const MAX_ERRORS = 10;

/**
 * What reading an archive's content tells, in order: which engagement and which tables it holds,
 * then each table's rows. Both layouts (one JSON object, or lines) are read into one of these.
 */
export interface ContentSink {
  start(engagementId: string, tables: readonly string[]): void;
  /** The rows that follow belong to this table. */
  table(name: string): void;
  row(candidate: unknown): void;
}

/** The checks, fed the content as it is read, so a large archive never has to be held twice. */
export interface ArchiveCheck extends ContentSink {
  /**
   * The checks that need every row (links, references), and the verdict. `schemaVersion` is the
   * header's (omitted: this version's); the rows of an older archive come back as this version
   * stores them, its notes and findings numbered by today's rules.
   */
  finish(schemaVersion?: number): ArchiveValidation;
}

/** References must be unique within the engagement: a report cites a note or a finding by its reference alone. */
function checkRefs(rows: readonly ArchiveRow[], noun: string, add: (message: string) => void): void {
  const refs = new Set<string>();
  rows.forEach((row, index) => {
    if (row.ref === undefined) add(`${noun} record ${index + 1} has no reference.`);
    else if (refs.has(String(row.ref))) add(`Two ${noun} share the reference ${String(row.ref)}.`);
    refs.add(String(row.ref));
  });
}

interface TableState {
  table: ArchiveTable;
  rows: ArchiveRow[];
  keys: Set<string>;
  uniques: Set<string>[];
  /** Records seen, valid or not, so a message counts them as the file does. */
  seen: number;
}

/**
 * Checks an archive's content completely before anything is written: every row against its
 * table's schema, one engagement, every row belonging to it (a parent-owned row through its
 * parent, which must be in the archive), no duplicate records and every link pointing at a
 * record inside the archive. Tables an older version did not have may be absent.
 */
export function createArchiveCheck(): ArchiveCheck {
  const errors: string[] = [];
  const add = (message: string) => {
    if (errors.length < MAX_ERRORS) errors.push(message);
  };
  const states = new Map<string, TableState>(
    ARCHIVE_TABLES.map((table) => [table.table, { table, rows: [], keys: new Set(), uniques: (table.unique ?? []).map(() => new Set()), seen: 0 }]),
  );
  let engagementId: string | null = null;
  let current: TableState | null = null;

  function row(state: TableState, candidate: unknown): void {
    const { table } = state;
    const index = state.seen++;
    const parsed = table.row.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? `, field “${issue.path.join('.')}”` : '';
      add(`${table.table} record ${index + 1}${field}: ${issue.message}`);
      return;
    }
    const checked = parsed.data as ArchiveRow;
    if (!table.parent) {
      const owner = table.table === 'engagements' ? checked.id : checked.engagement_id;
      if (owner !== engagementId) add(`${table.table} record ${index + 1} belongs to another engagement.`);
    }
    const key = rowKey(table, checked);
    const uniques = uniqueKeys(table, checked);
    if (state.keys.has(key) || uniques.some((value, i) => state.uniques[i]!.has(value))) add(`${table.table} record ${index + 1} appears twice.`);
    state.keys.add(key);
    uniques.forEach((value, i) => state.uniques[i]!.add(value));
    state.rows.push(checked);
  }

  return {
    start(id, tables) {
      engagementId = id;
      for (const name of tables) {
        if (!states.has(name)) add(`It holds a kind of record this version does not know (“${name.slice(0, 60)}”).`);
      }
    },
    table(name) {
      // Rows of a table this version does not know were reported at the start and are skipped.
      current = states.get(name) ?? null;
    },
    row(candidate) {
      if (current) row(current, candidate);
    },
    finish(schemaVersion) {
      const legacy = schemaVersion !== undefined && schemaVersion < CLIENT_NUMBERING_SCHEMA;
      const tables: ArchiveTables = Object.fromEntries([...states.values()].map((state) => [state.table.table, state.rows]));
      const ids = new Map<string, Set<string>>();
      for (const table of ARCHIVE_TABLES) {
        if ('id' in table.row.shape) ids.set(table.table, new Set(tables[table.table]!.map((r) => String(r.id))));
      }
      if (tables.engagements!.length !== 1) add('It must hold exactly one engagement.');
      checkRefs(tables.notes!, 'notes', add);
      if (!legacy) checkRefs(tables.findings!, 'findings', add);
      for (const table of ARCHIVE_TABLES) {
        for (const link of table.references) {
          for (const checked of tables[table.table]!) {
            if (link.when && checked[link.when.column] !== link.when.equals) continue;
            const target = checked[link.column];
            if (target === null && link.nullable) continue;
            if (!ids.get(link.table)!.has(String(target))) {
              add(`A ${table.table} record (${String(checked[table.label])}) points at a ${link.table} record the archive does not hold.`);
            }
          }
        }
      }
      if (errors.length > 0 || engagementId === null) return { ok: false, errors: errors.length > 0 ? errors : [NOT_LAID_OUT] };
      return { ok: true, engagementId, tables: legacy ? numberLegacyArchive(tables) : tables };
    },
  };
}

/**
 * Feeds a version-1 content, one JSON value, into a sink; false when it is not laid out as an
 * archive's (the sink then heard nothing).
 */
export function readWholeContent(value: unknown, sink: ContentSink): boolean {
  const shape = ArchiveContent.safeParse(value);
  if (!shape.success) return false;
  const { engagementId, tables } = shape.data;
  sink.start(engagementId, Object.keys(tables));
  for (const [name, rows] of Object.entries(tables)) {
    sink.table(name);
    for (const candidate of rows) sink.row(candidate);
  }
  return true;
}

/** Checks a whole content held as one value (a version-1 archive's, or one built in a test). */
export function validateArchiveContent(value: unknown, schemaVersion?: number): ArchiveValidation {
  const check = createArchiveCheck();
  if (!readWholeContent(value, check)) return { ok: false, errors: [NOT_LAID_OUT] };
  return check.finish(schemaVersion);
}
