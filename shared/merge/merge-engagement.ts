import type { NoteVisibility } from '../domain/note';
import { findingSeries, formatRef, isClientRef, noteSeries, parseRef, type RefSeries } from '../domain/references';
import {
  ARCHIVE_TABLES,
  isMergeable,
  isVersioned,
  rowKey,
  uniqueKeys,
  versionTime,
  type ArchiveRow,
  type ArchiveTable,
  type ArchiveTables,
} from '../archive/archive-tables';

/** A record both laptops changed; the later edit was kept. */
export interface MergeConflict {
  table: string;
  id: string;
  /** How the facilitator recognises the record: a note's reference, a participant's name. */
  label: string;
  kept: 'this-laptop' | 'imported';
  keptUpdatedAt: string;
  otherUpdatedAt: string;
}

/** An imported note or finding given another reference: this laptop already used its own, or it needed a client number. */
export interface RenumberedRecord {
  table: 'notes' | 'findings';
  id: string;
  from: string;
  to: string;
}

export interface MergePlan {
  /** Per table, in registry order: rows new to this laptop. */
  inserts: ArchiveTables;
  /** Per table: the imported version replaces this laptop's row with the same id. */
  updates: ArchiveTables;
  conflicts: MergeConflict[];
  renumbered: RenumberedRecord[];
}

/** Rows are compared as stored; the id of a naturally keyed row is this laptop's own. */
function sameContent(a: ArchiveRow, b: ArchiveRow): boolean {
  for (const column of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (column !== 'id' && a[column] !== b[column]) return false;
  }
  return true;
}

function canonical(row: ArchiveRow): string {
  return JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]]));
}

/**
 * Positive when `a` is the later version: by its version time (updated_at, or a link's removal or
 * linking time), then by device id, then by content, so both laptops pick the same winner
 * whatever the order of import.
 */
export function compareVersions(table: ArchiveTable, a: ArchiveRow, b: ArchiveRow): number {
  const at = Date.parse(versionTime(table, a));
  const bt = Date.parse(versionTime(table, b));
  if (at !== bt) return at - bt;
  const device = String(a.device_id).localeCompare(String(b.device_id));
  if (device !== 0) return device;
  const ca = canonical(a);
  const cb = canonical(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** Changed after it was made: a record nobody edited is not a conflict, only news; nor is a link. */
function edited(table: ArchiveTable, row: ArchiveRow): boolean {
  return isVersioned(table) && row.updated_at !== row.created_at;
}

function emptyTables(): ArchiveTables {
  return Object.fromEntries(ARCHIVE_TABLES.map((t) => [t.table, [] as ArchiveRow[]]));
}

/** Per table, the imported id of each record this laptop holds under another id. */
type IdMap = Map<string, Map<string, string>>;

/**
 * Points an imported row's links at this laptop's ids where the linked record matched under
 * another id. The row itself when nothing changes: a million imported notes are not copied.
 */
function relink(table: ArchiveTable, row: ArchiveRow, ids: IdMap): ArchiveRow {
  let out = row;
  for (const link of table.references) {
    if (link.when && row[link.when.column] !== link.when.equals) continue;
    const local = ids.get(link.table)?.get(String(row[link.column]));
    if (local !== undefined) out = { ...out, [link.column]: local };
  }
  return out;
}

/*
 * The rules, table by table in registry order (parents first):
 * - A record is "the same" on both laptops when its key matches, or else one of its unique column
 *   sets (the one recommendation, a system's name, a RACI cell, a link): two laptops create those
 *   under different ids. This laptop's id is kept, and imported children are pointed at it.
 * - Edited rows (with updated_at): the later version wins, a deletion being a version too; both
 *   sides edited is a conflict to report.
 * - Links (a finding's or a criterion's evidence, path links) have no updated_at but keep a
 *   tombstone: removing one sets deleted_at, linking it again clears it and restamps the link time.
 *   Their version time is the removal time, else the link time, and the later version wins as for
 *   edited rows, never reported as a conflict: so a removal on either laptop wins over the other's
 *   older presence, and a link made again after the removal wins over the removal. A removal is
 *   a row rather than a separate record because links match across laptops by their natural key,
 *   which the row already carries and which relinking already points at this laptop's ids.
 * - A finding's moves are history recorded once and never edited: the union by key.
 */
function mergeTable(table: ArchiveTable, local: readonly ArchiveRow[], incoming: readonly ArchiveRow[], plan: MergePlan, ids: IdMap): void {
  const byKey = new Map(local.map((row) => [rowKey(table, row), row]));
  const byUnique = (table.unique ?? []).map((_, i) => new Map(local.map((row) => [uniqueKeys(table, row)[i]!, row])));
  const mergeable = isMergeable(table);
  const matched = new Map<string, string>();
  ids.set(table.table, matched);
  for (const imported of incoming) {
    const theirs = relink(table, imported, ids);
    const ours = byKey.get(rowKey(table, theirs)) ?? uniqueKeys(table, theirs).map((k, i) => byUnique[i]!.get(k)).find(Boolean);
    if (!ours) {
      plan.inserts[table.table]!.push(theirs);
      continue;
    }
    if ('id' in ours && ours.id !== theirs.id) matched.set(String(theirs.id), String(ours.id));
    if (!mergeable || sameContent(ours, theirs)) continue;
    const importedWins = compareVersions(table, theirs, ours) > 0;
    if (importedWins) plan.updates[table.table]!.push('id' in ours ? { ...theirs, id: ours.id! } : theirs);
    if (edited(table, ours) && edited(table, theirs)) {
      const [kept, other] = importedWins ? [theirs, ours] : [ours, theirs];
      plan.conflicts.push({
        table: table.table,
        id: String(ours.id),
        label: String(kept[table.label] ?? ours[table.label]),
        kept: importedWins ? 'imported' : 'this-laptop',
        keptUpdatedAt: String(kept.updated_at),
        otherUpdatedAt: String(other.updated_at),
      });
    }
  }
}

interface NumberedTable {
  table: 'notes' | 'findings';
  /** The column whose order decides which moved record takes the next number first. */
  order: string;
  series(row: ArchiveRow, visibility: NoteVisibility): RefSeries;
}

const NUMBERED_TABLES: readonly NumberedTable[] = [
  { table: 'notes', order: 'captured_at', series: (row, visibility) => noteSeries(Number(row.day), visibility) },
  { table: 'findings', order: 'created_at', series: (_row, visibility) => findingSeries(visibility) },
];

/**
 * Two laptops number their notes and findings independently (shared/domain/references.ts), so an
 * imported record may carry a reference this laptop already gave another. The record that held it
 * here keeps it; the other takes the next free number of the same series, in capture order. A
 * client-visible record that still holds a facilitator-only reference (one made client-visible
 * only in an older archive) takes the next client number. Every series stays unique and, since
 * each laptop numbered its own without gaps, gapless. A moved record is stamped `now`, so the other
 * laptop adopts its new reference when this merged archive goes back to it.
 */
function settleReferences(numbered: NumberedTable, local: readonly ArchiveRow[], plan: MergePlan, now: string): void {
  const { table, order } = numbered;
  // Where each planned row sits, so a renumbered one is replaced there: it may be the imported row itself.
  const changed = new Map<string, { rows: ArchiveRow[]; index: number }>();
  for (const rows of [plan.updates[table]!, plan.inserts[table]!]) rows.forEach((row, index) => changed.set(String(row.id), { rows, index }));
  const heldHere = new Map(local.map((row) => [String(row.id), row.ref]));
  const finalRows = [...local.filter((row) => !changed.has(String(row.id))), ...[...changed.values()].map(({ rows, index }) => rows[index]!)];

  const holders = new Map<string, ArchiveRow[]>();
  const highest = new Map<string, number>();
  for (const row of finalRows) {
    const ref = String(row.ref);
    holders.set(ref, [...(holders.get(ref) ?? []), row]);
    const parsed = parseRef(ref);
    if (parsed) highest.set(parsed.series.prefix, Math.max(highest.get(parsed.series.prefix) ?? 0, parsed.sequence));
  }

  const inOrder = (a: ArchiveRow, b: ArchiveRow) => String(a[order]).localeCompare(String(b[order])) || String(a.id).localeCompare(String(b.id));
  const moving = new Set<ArchiveRow>();
  for (const rows of holders.values()) {
    if (rows.length < 2) continue;
    const stays = rows.find((row) => heldHere.get(String(row.id)) === row.ref) ?? [...rows].sort(inOrder)[0]!;
    for (const row of rows) if (row !== stays) moving.add(row);
  }
  const unpublished = (row: ArchiveRow) => row.visibility === 'client' && !isClientRef(String(row.ref));
  for (const row of finalRows) if (unpublished(row)) moving.add(row);

  for (const row of [...moving].sort(inOrder)) {
    const from = String(row.ref);
    const series = unpublished(row) ? numbered.series(row, 'client') : (parseRef(from)?.series ?? numbered.series(row, row.visibility as NoteVisibility));
    const sequence = (highest.get(series.prefix) ?? 0) + 1;
    highest.set(series.prefix, sequence);
    const to = formatRef(series, sequence);
    plan.renumbered.push({ table, id: String(row.id), from, to });
    const planned = changed.get(String(row.id));
    if (planned) planned.rows[planned.index] = { ...row, ref: to, updated_at: now };
    else plan.updates[table]!.push({ ...row, ref: to, updated_at: now });
  }
}

/**
 * Merges an imported engagement into this laptop's copy of it (`local`, empty tables when the
 * engagement is new here). Pure: the core applies the plan in one transaction. Every record of
 * both survives; a record on both sides keeps its later version (a deletion is a version too, as
 * every edited record and every link keeps a tombstone); re-importing the
 * same archive plans nothing. The rules per kind of row are above mergeTable.
 */
export function mergeEngagement(local: ArchiveTables, incoming: ArchiveTables, now: string): MergePlan {
  const plan: MergePlan = { inserts: emptyTables(), updates: emptyTables(), conflicts: [], renumbered: [] };
  const ids: IdMap = new Map();
  for (const table of ARCHIVE_TABLES) {
    mergeTable(table, local[table.table] ?? [], incoming[table.table] ?? [], plan, ids);
  }
  for (const numbered of NUMBERED_TABLES) settleReferences(numbered, local[numbered.table] ?? [], plan, now);
  return plan;
}
