import type { Database, Statement } from 'better-sqlite3';
import { ARCHIVE_TABLES, isMergeable, parentOf, type ArchiveRow, type ArchiveTable } from '../../../../shared/archive/archive-tables';
import type { StoredRecord } from '../../../../shared/archive/identity-clashes';

interface TableStatements {
  select: Statement<[string], ArchiveRow>;
  count: Statement<[string], number>;
  insert: Statement<[ArchiveRow]>;
  update: Statement<[ArchiveRow]> | null;
  owners: Statement<[string], StoredRecord> | null;
}

/** Replaces a row found by its id, or by its key when it has none (a finding's evidence link). */
function updateSql(table: ArchiveTable, columns: readonly string[]): string {
  const where = columns.includes('id') ? ['id'] : table.key;
  const set = columns.filter((c) => !where.includes(c)).map((c) => `"${c}" = @${c}`);
  return `UPDATE "${table.table}" SET ${set.join(', ')} WHERE ${where.map((c) => `"${c}" = @${c}`).join(' AND ')}`;
}

/** Rows of the engagement given as the parameter: a parent-owned row belongs to its parent's engagement. */
function ownedBy(table: ArchiveTable): string {
  if (table.table === 'engagements') return '"id" = ?';
  const parent = parentOf(table);
  return parent ? `"${parent.column}" IN (SELECT id FROM "${parent.table}" WHERE engagement_id = ?)` : '"engagement_id" = ?';
}

/** The engagement id of a row of `table` aliased t: its own, or its parent's for a parent-owned row. */
function ownerSql(table: ArchiveTable): { join: string; engagement: string } {
  if (table.table === 'engagements') return { join: '', engagement: 't.id' };
  const parent = parentOf(table);
  if (!parent) return { join: '', engagement: 't.engagement_id' };
  return { join: `JOIN "${parent.table}" p ON p.id = t."${parent.column}"`, engagement: 'p.engagement_id' };
}

function prepare(db: Database, table: ArchiveTable): TableStatements {
  const columns = Object.keys(table.row.shape);
  const list = columns.map((c) => `"${c}"`).join(', ');
  const owner = ownerSql(table);
  return {
    select: db.prepare<[string], ArchiveRow>(`SELECT ${list} FROM "${table.table}" WHERE ${ownedBy(table)} ORDER BY rowid`),
    count: db.prepare<[string], number>(`SELECT count(*) FROM "${table.table}" WHERE ${ownedBy(table)}`).pluck(),
    insert: db.prepare<[ArchiveRow]>(`INSERT INTO "${table.table}" (${list}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`),
    // Only edited rows and links are ever updated; moves are recorded once (see mergeEngagement).
    update: isMergeable(table) ? db.prepare<[ArchiveRow]>(updateSql(table, columns)) : null,
    owners: columns.includes('id')
      ? db.prepare<[string], StoredRecord>(
          `SELECT t.id AS id, e.id AS engagementId, e.client_name AS clientName FROM "${table.table}" t ${owner.join}
           JOIN engagements e ON e.id = ${owner.engagement} WHERE t.id IN (SELECT value FROM json_each(?))`,
        )
      : null,
  };
}

/**
 * Every archived table's rows by engagement, generically from the archive registry: what export
 * reads and import writes. Statements are prepared on first use, so a core opened on an older
 * schema (tests, fixtures) still starts.
 */
export function createArchiveRepository(db: Database) {
  let prepared: Map<string, TableStatements> | null = null;
  const statements = (table: string): TableStatements => {
    prepared ??= new Map(ARCHIVE_TABLES.map((t) => [t.table, prepare(db, t)]));
    return prepared.get(table)!;
  };
  return {
    /** The engagement's rows of one table, parent-owned rows through their parent, in insertion order. */
    rows: (table: string, engagementId: string): ArchiveRow[] => statements(table).select.all(engagementId),
    /** The same rows one at a time, for an export that streams them; the connection is busy until the last is read. */
    iterate: (table: string, engagementId: string): IterableIterator<ArchiveRow> => statements(table).select.iterate(engagementId),
    count: (table: string, engagementId: string): number => statements(table).count.get(engagementId)!,
    insert: (table: string, row: ArchiveRow): number => statements(table).insert.run(row).changes,
    update: (table: string, row: ArchiveRow): number => statements(table).update!.run(row).changes,
    /** Rows of the table stored under any of these ids, whichever engagement holds them; none for a table without ids. */
    owners: (table: string, ids: readonly string[]): StoredRecord[] => statements(table).owners?.all(JSON.stringify(ids)) ?? [],
  };
}
