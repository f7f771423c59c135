import type { MergePlan } from '../merge/merge-engagement';
import { ARCHIVE_TABLES } from './archive-tables';

/** A row this laptop already stores under an id, and the engagement that holds it. */
export interface StoredRecord {
  id: string;
  engagementId: string;
  clientName: string;
}

/** Enough to say what is wrong without burying the facilitator in a thousand lines. */
const MAX_CLASHES = 5;

/**
 * Why the rows an import would add cannot be stored here: each record keeps its id on every laptop,
 * so a new row whose id this laptop already gives to another record (in another engagement, or
 * another record of this one) would overwrite nothing and break the database's uniqueness. An
 * archive can only hold such a row when it was edited or put together by hand. `stored` answers,
 * for one table, which of the given ids this laptop already stores. Empty when the import can go on.
 */
export function identityClashes(
  plan: MergePlan,
  engagementId: string,
  stored: (table: string, ids: readonly string[]) => readonly StoredRecord[],
): string[] {
  const clashes: string[] = [];
  for (const table of ARCHIVE_TABLES) {
    const rows = plan.inserts[table.table] ?? [];
    const ids = rows.filter((row) => typeof row.id === 'string').map((row) => String(row.id));
    if (ids.length === 0) continue;
    for (const record of stored(table.table, ids)) {
      const row = rows.find((r) => r.id === record.id)!;
      const where = record.engagementId === engagementId ? 'another one of this engagement' : `one in the engagement “${record.clientName}”`;
      clashes.push(`The archive’s ${table.noun} ${String(row[table.label] ?? '')} has the same identity as ${where}, so it cannot be imported here.`);
    }
  }
  if (clashes.length === 0) return [];
  const shown = clashes.length > MAX_CLASHES ? [...clashes.slice(0, MAX_CLASHES), `(${clashes.length - MAX_CLASHES} more like these.)`] : clashes;
  return [...shown, 'The file was probably edited or copied from another engagement; ask whoever sent it for a fresh export.'];
}
