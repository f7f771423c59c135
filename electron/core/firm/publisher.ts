import { createHash } from 'node:crypto';
import { ARCHIVE_TABLES, rowKey, type ArchiveRow, type ArchiveTables } from '../../../shared/archive/archive-tables';
import { summarisePilot } from '../../../shared/firm/pilot-summary';
import type { PublishChoice } from '../../../shared/firm/firm-schemas';
import { inTransaction, type FirmClient } from './firm-connection';
import { deleteTombstoned, replaceAccess, upsertEngagement, upsertFindings, upsertNotes, upsertRecords, type RecordRow } from './publish-repository';

/** Rows per statement: big enough that 5,000 notes are a handful of round trips, small enough to report progress. */
const BATCH = 1_000;

export interface PublishProgress {
  done: number;
  total: number;
}

export interface EngagementRows {
  /** What the engagement holds now. */
  live: ArchiveTables;
  /** Rows deleted on this laptop (tombstones): the firm keeps no deleted note or finding. */
  deleted: ArchiveTables;
}

export function engagementRows(read: (table: string) => ArchiveRow[]): EngagementRows {
  const live: ArchiveTables = {};
  const deleted: ArchiveTables = {};
  for (const entry of ARCHIVE_TABLES) {
    const rows = read(entry.table);
    const isDeleted = (row: ArchiveRow) => entry.tombstone !== undefined && row[entry.tombstone] !== null && row[entry.tombstone] !== undefined;
    live[entry.table] = rows.filter((row) => !isDeleted(row));
    deleted[entry.table] = rows.filter(isDeleted);
  }
  return { live, deleted };
}

/** What was published, as one hash: a publish after no edit is recognisably the same. */
export function fingerprint(rows: EngagementRows, choice: PublishChoice): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(choice));
  for (const entry of ARCHIVE_TABLES) for (const row of rows.live[entry.table] ?? []) hash.update(`${entry.table}\n${JSON.stringify(row)}\n`);
  for (const entry of ARCHIVE_TABLES) for (const row of rows.deleted[entry.table] ?? []) hash.update(`deleted ${entry.table}\n${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

const keyed = (tables: ArchiveTables, skip: readonly string[]): RecordRow[] =>
  ARCHIVE_TABLES.filter((t) => !skip.includes(t.table)).flatMap((entry) => (tables[entry.table] ?? []).map((row) => ({ table: entry.table, key: rowKey(entry, row), row })));

/**
 * Publishes one engagement, complete, in one transaction: the server holds the previous version
 * or this one, never half of it, so a connection cut mid-way leaves it consistent and the next
 * try (from the laptop's outbox) does the whole job again. Rows are upserted by their stable ids,
 * so a publish after edits, or from a second laptop holding the same engagement, updates in place.
 */
export async function publishEngagement(
  client: FirmClient,
  rows: EngagementRows,
  choice: PublishChoice,
  onProgress: (progress: PublishProgress) => void = () => undefined,
): Promise<void> {
  const tables = rows.live;
  const engagement = tables.engagements?.[0];
  if (!engagement) throw new Error('The engagement to publish has no row.');
  const notes = tables.notes ?? [];
  const findings = tables.findings ?? [];
  const records = keyed(tables, ['notes', 'findings']);
  const [noteBatches, findingBatches, recordBatches] = [batches(notes), batches(findings), batches(records)];
  const total = 1 + noteBatches.length + findingBatches.length + recordBatches.length;
  const id = String(engagement.id);

  await inTransaction(client, async () => {
    await upsertEngagement(client, {
      id,
      clientName: String(engagement.client_name),
      pilotName: String(engagement.pilot_name),
      pilotKind: choice.pilotKind,
      weekStart: String(engagement.week_start),
      restricted: choice.restricted,
      summary: summarisePilot(tables),
      shipped: choice.shipped,
    });
    await replaceAccess(client, id, choice.restricted ? choice.allowedConsultants : []);
    let done = 1;
    onProgress({ done, total });
    const step = () => onProgress({ done: ++done, total });
    for (const batch of noteBatches) await upsertNotes(client, id, batch).then(step);
    for (const batch of findingBatches) await upsertFindings(client, id, batch).then(step);
    for (const batch of recordBatches) await upsertRecords(client, id, batch).then(step);
    await deleteTombstoned(client, id, {
      notes: (rows.deleted.notes ?? []).map((n) => String(n.id)),
      findings: (rows.deleted.findings ?? []).map((f) => String(f.id)),
      records: keyed(rows.deleted, ['notes', 'findings']).map((r) => `${r.table} ${r.key}`),
    });
  });
}
