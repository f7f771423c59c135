import type { ArchiveRow } from '../../../shared/archive/archive-tables';
import type { PilotSummary } from '../../../shared/firm/pilot-summary';
import type { FirmClient } from './firm-connection';

/*
 * The PostgreSQL statements of a publish. Two laptops may publish the same engagement (two
 * facilitators who merge archives): like an archive merge, the later edit of a row wins, by its
 * updated_at, so a laptop that has not seen the other's edit does not undo it by publishing. Rows travel as arrays of parameters expanded by unnest,
 * so a batch of a thousand notes is one statement and nothing is ever spliced into SQL text.
 */

export interface PublishedEngagement {
  id: string;
  clientName: string;
  pilotName: string;
  pilotKind: string;
  weekStart: string;
  restricted: boolean;
  summary: PilotSummary;
  shipped: boolean | null;
}

/** Inserts the engagement, or updates it in place; who first published it stays as it was. */
export async function upsertEngagement(client: FirmClient, e: PublishedEngagement): Promise<void> {
  const s = e.summary;
  await client.query(
    `INSERT INTO firm.engagements (id, client_name, pilot_name, pilot_kind, week_start, restricted, accuracy_pct, volume_per_day,
       cost_per_item, currency, reviewers, ml_test_score, readiness, recommendation, shipped)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (id) DO UPDATE SET client_name = excluded.client_name, pilot_name = excluded.pilot_name, pilot_kind = excluded.pilot_kind,
       week_start = excluded.week_start, restricted = excluded.restricted, published_at = now(), accuracy_pct = excluded.accuracy_pct,
       volume_per_day = excluded.volume_per_day, cost_per_item = excluded.cost_per_item, currency = excluded.currency,
       reviewers = excluded.reviewers, ml_test_score = excluded.ml_test_score, readiness = excluded.readiness,
       recommendation = excluded.recommendation, shipped = excluded.shipped`,
    [e.id, e.clientName, e.pilotName, e.pilotKind, e.weekStart, e.restricted, s.accuracyPct, s.volumePerDay, s.costPerItem, s.currency, s.reviewers, s.mlTestScore, JSON.stringify(s.readiness), s.recommendation, e.shipped],
  );
}

/** Who besides the publisher may see a restricted engagement: exactly these consultants. */
export async function replaceAccess(client: FirmClient, engagementId: string, consultants: readonly string[]): Promise<void> {
  await client.query('DELETE FROM firm.engagement_access WHERE engagement_id = $1', [engagementId]);
  await client.query('INSERT INTO firm.engagement_access (engagement_id, consultant) SELECT $1, unnest($2::name[]) ON CONFLICT DO NOTHING', [engagementId, consultants]);
}

const column = (rows: readonly ArchiveRow[], name: string) => rows.map((row) => row[name] ?? null);

export async function upsertNotes(client: FirmClient, engagementId: string, rows: readonly ArchiveRow[]): Promise<void> {
  await client.query(
    `INSERT INTO firm.notes (id, engagement_id, ref, day, area, kind, text, speaker_name, tags, visibility, captured_at, updated_at)
     SELECT id, $1, ref, day, area, kind, text, speaker_name, tags, visibility, captured_at, updated_at
       FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::timestamptz[], $12::timestamptz[])
         AS r (id, ref, day, area, kind, text, speaker_name, tags, visibility, captured_at, updated_at)
     ON CONFLICT (id) DO UPDATE SET ref = excluded.ref, day = excluded.day, area = excluded.area, kind = excluded.kind, text = excluded.text,
       speaker_name = excluded.speaker_name, tags = excluded.tags, visibility = excluded.visibility, captured_at = excluded.captured_at,
       updated_at = excluded.updated_at
     WHERE firm.notes.engagement_id = excluded.engagement_id AND firm.notes.updated_at < excluded.updated_at`,
    [
      engagementId,
      column(rows, 'id'),
      column(rows, 'ref'),
      column(rows, 'day'),
      column(rows, 'area'),
      column(rows, 'kind'),
      column(rows, 'text'),
      column(rows, 'speaker_name'),
      column(rows, 'tags'),
      column(rows, 'visibility'),
      column(rows, 'captured_at'),
      column(rows, 'updated_at'),
    ],
  );
}

export async function upsertFindings(client: FirmClient, engagementId: string, rows: readonly ArchiveRow[]): Promise<void> {
  await client.query(
    `INSERT INTO firm.findings (id, engagement_id, ref, title, body, area, day, kind, severity, status, recommendation, visibility, updated_at)
     SELECT id, $1, ref, title, body, area, day, kind, severity, status, recommendation, visibility, updated_at
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
         AS r (id, ref, title, body, area, day, kind, severity, status, recommendation, visibility, updated_at)
     ON CONFLICT (id) DO UPDATE SET ref = excluded.ref, title = excluded.title, body = excluded.body, area = excluded.area, day = excluded.day,
       kind = excluded.kind, severity = excluded.severity, status = excluded.status, recommendation = excluded.recommendation,
       visibility = excluded.visibility, updated_at = excluded.updated_at
     WHERE firm.findings.engagement_id = excluded.engagement_id AND firm.findings.updated_at < excluded.updated_at`,
    [
      engagementId,
      column(rows, 'id'),
      column(rows, 'ref'),
      column(rows, 'title'),
      column(rows, 'body'),
      column(rows, 'area'),
      column(rows, 'day'),
      column(rows, 'kind'),
      column(rows, 'severity'),
      column(rows, 'status'),
      column(rows, 'recommendation'),
      column(rows, 'visibility'),
      column(rows, 'updated_at'),
    ],
  );
}

export interface RecordRow {
  table: string;
  key: string;
  row: ArchiveRow;
}

export async function upsertRecords(client: FirmClient, engagementId: string, records: readonly RecordRow[]): Promise<void> {
  await client.query(
    `INSERT INTO firm.records (engagement_id, table_name, row_key, row)
     SELECT $1, t, k, r FROM unnest($2::text[], $3::text[], $4::jsonb[]) AS x (t, k, r)
     ON CONFLICT (engagement_id, table_name, row_key) DO UPDATE SET row = excluded.row
     WHERE firm.records.row IS DISTINCT FROM excluded.row
       AND (firm.records.row ->> 'updated_at' IS NULL OR excluded.row ->> 'updated_at' IS NULL OR firm.records.row ->> 'updated_at' < excluded.row ->> 'updated_at')`,
    [engagementId, records.map((r) => r.table), records.map((r) => r.key), records.map((r) => JSON.stringify(r.row))],
  );
}

/** Removes what this laptop deleted (its tombstones), and only that: rows another laptop published stay. */
export async function deleteTombstoned(client: FirmClient, engagementId: string, deleted: { notes: string[]; findings: string[]; records: string[] }): Promise<void> {
  await client.query('DELETE FROM firm.notes WHERE engagement_id = $1 AND id = ANY ($2::uuid[])', [engagementId, deleted.notes]);
  await client.query('DELETE FROM firm.findings WHERE engagement_id = $1 AND id = ANY ($2::uuid[])', [engagementId, deleted.findings]);
  await client.query("DELETE FROM firm.records WHERE engagement_id = $1 AND table_name || ' ' || row_key = ANY ($2::text[])", [engagementId, deleted.records]);
}
