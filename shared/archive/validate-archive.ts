import { z } from 'zod';
import { CLIENT_NUMBERING_SCHEMA } from './archive-format';
import { ARCHIVE_TABLES, rowKey, uniqueKeys, type ArchiveRow, type ArchiveTables } from './archive-tables';
import { numberLegacyArchive } from './legacy-references';

/** What an archive's compressed part holds once decompressed and parsed. */
export const ArchiveContent = z.strictObject({
  engagementId: z.uuid(),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type ArchiveContent = z.infer<typeof ArchiveContent>;

export type ArchiveValidation = { ok: true; engagementId: string; tables: ArchiveTables } | { ok: false; errors: string[] };

/** Enough to say what is wrong without burying the facilitator in a thousand lines. */
const MAX_ERRORS = 10;

/** References must be unique within the engagement: a report cites a note or a finding by its reference alone. */
function checkRefs(rows: readonly ArchiveRow[], noun: string, add: (message: string) => void): void {
  const refs = new Set<string>();
  rows.forEach((row, index) => {
    if (row.ref === undefined) add(`${noun} record ${index + 1} has no reference.`);
    else if (refs.has(String(row.ref))) add(`Two ${noun} share the reference ${String(row.ref)}.`);
    refs.add(String(row.ref));
  });
}

/**
 * Checks an archive's content completely before anything is written: every row against its
 * table's schema, one engagement, every row belonging to it (a parent-owned row through its
 * parent, which must be in the archive), no duplicate records and every link pointing at a
 * record inside the archive. Tables an older version did not have may be absent. `schemaVersion`
 * is the header's (omitted: this version's); the rows of an older archive come back as this
 * version stores them, its notes and findings numbered by today's rules.
 */
export function validateArchiveContent(value: unknown, schemaVersion?: number): ArchiveValidation {
  const legacy = schemaVersion !== undefined && schemaVersion < CLIENT_NUMBERING_SCHEMA;
  const shape = ArchiveContent.safeParse(value);
  if (!shape.success) return { ok: false, errors: ['The archive’s contents are not laid out as an engagement archive.'] };
  const { engagementId, tables: raw } = shape.data;
  const errors: string[] = [];
  const add = (message: string) => {
    if (errors.length < MAX_ERRORS) errors.push(message);
  };

  const known = new Set(ARCHIVE_TABLES.map((t) => t.table));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) add(`It holds a kind of record this version does not know (“${name.slice(0, 60)}”).`);
  }

  const tables: ArchiveTables = {};
  const ids = new Map<string, Set<string>>();
  for (const table of ARCHIVE_TABLES) {
    const rows: ArchiveRow[] = [];
    const keys = new Set<string>();
    const uniques = (table.unique ?? []).map(() => new Set<string>());
    (raw[table.table] ?? []).forEach((candidate, index) => {
      const parsed = table.row.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.length > 0 ? `, field “${issue.path.join('.')}”` : '';
        add(`${table.table} record ${index + 1}${field}: ${issue.message}`);
        return;
      }
      const row = parsed.data as ArchiveRow;
      if (!table.parent) {
        const owner = table.table === 'engagements' ? row.id : row.engagement_id;
        if (owner !== engagementId) add(`${table.table} record ${index + 1} belongs to another engagement.`);
      }
      const key = rowKey(table, row);
      const repeated = keys.has(key) || uniqueKeys(table, row).some((value, i) => uniques[i]!.has(value));
      if (repeated) add(`${table.table} record ${index + 1} appears twice.`);
      keys.add(key);
      uniqueKeys(table, row).forEach((value, i) => uniques[i]!.add(value));
      rows.push(row);
    });
    tables[table.table] = rows;
    if ('id' in table.row.shape) ids.set(table.table, new Set(rows.map((row) => String(row.id))));
  }

  if (tables.engagements!.length !== 1) add('It must hold exactly one engagement.');
  checkRefs(tables.notes!, 'notes', add);
  if (!legacy) checkRefs(tables.findings!, 'findings', add);
  for (const table of ARCHIVE_TABLES) {
    for (const link of table.references) {
      for (const row of tables[table.table]!) {
        if (link.when && row[link.when.column] !== link.when.equals) continue;
        const target = row[link.column];
        if (target === null && link.nullable) continue;
        if (!ids.get(link.table)!.has(String(target))) {
          add(`A ${table.table} record (${String(row[table.label])}) points at a ${link.table} record the archive does not hold.`);
        }
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, engagementId, tables: legacy ? numberLegacyArchive(tables) : tables };
}
