import type { Database } from 'better-sqlite3';
import type { Engagement } from '../../../../shared/domain/engagement';

interface EngagementRow {
  id: string;
  client_name: string;
  pilot_name: string;
  pilot_description: string;
  facilitators: string;
  venue: string;
  week_start: string;
  day_count: number;
  status: Engagement['status'];
  accuracy_pct: number | null;
  pilot_volume_per_day: number | null;
  production_volume_per_day: number | null;
  cost_per_query: number | null;
  currency: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  device_id: string;
}

function toEngagement(row: EngagementRow): Engagement {
  return {
    id: row.id,
    clientName: row.client_name,
    pilotName: row.pilot_name,
    pilotDescription: row.pilot_description,
    facilitators: JSON.parse(row.facilitators) as string[],
    venue: row.venue,
    weekStart: row.week_start,
    dayCount: row.day_count,
    status: row.status,
    pilot: {
      accuracyPct: row.accuracy_pct,
      pilotVolumePerDay: row.pilot_volume_per_day,
      productionVolumePerDay: row.production_volume_per_day,
      costPerQuery: row.cost_per_query,
      currency: row.currency,
    },
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deviceId: row.device_id,
  };
}

function toRow(e: Engagement): EngagementRow {
  return {
    id: e.id,
    client_name: e.clientName,
    pilot_name: e.pilotName,
    pilot_description: e.pilotDescription,
    facilitators: JSON.stringify(e.facilitators),
    venue: e.venue,
    week_start: e.weekStart,
    day_count: e.dayCount,
    status: e.status,
    accuracy_pct: e.pilot.accuracyPct,
    pilot_volume_per_day: e.pilot.pilotVolumePerDay,
    production_volume_per_day: e.pilot.productionVolumePerDay,
    cost_per_query: e.pilot.costPerQuery,
    currency: e.pilot.currency,
    archived_at: e.archivedAt,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    device_id: e.deviceId,
  };
}

const COLUMNS = `id, client_name, pilot_name, pilot_description, facilitators, venue, week_start, day_count, status,
  accuracy_pct, pilot_volume_per_day, production_volume_per_day, cost_per_query, currency, archived_at,
  created_at, updated_at, device_id`;

/** Engagement rows in and out of SQLite; statements are prepared once per connection. */
export function createEngagementsRepository(db: Database) {
  const listActive = db.prepare<[], EngagementRow>(
    `SELECT ${COLUMNS} FROM engagements WHERE archived_at IS NULL ORDER BY week_start DESC, created_at DESC`,
  );
  const listAll = db.prepare<[], EngagementRow>(
    `SELECT ${COLUMNS} FROM engagements ORDER BY archived_at IS NOT NULL, week_start DESC, created_at DESC`,
  );
  const getOne = db.prepare<[string], EngagementRow>(`SELECT ${COLUMNS} FROM engagements WHERE id = ?`);
  const upsert = db.prepare<[EngagementRow]>(
    `INSERT INTO engagements (${COLUMNS}) VALUES (
      @id, @client_name, @pilot_name, @pilot_description, @facilitators, @venue, @week_start, @day_count, @status,
      @accuracy_pct, @pilot_volume_per_day, @production_volume_per_day, @cost_per_query, @currency, @archived_at,
      @created_at, @updated_at, @device_id)
    ON CONFLICT (id) DO UPDATE SET
      client_name = excluded.client_name, pilot_name = excluded.pilot_name,
      pilot_description = excluded.pilot_description, facilitators = excluded.facilitators, venue = excluded.venue,
      week_start = excluded.week_start, day_count = excluded.day_count, status = excluded.status,
      accuracy_pct = excluded.accuracy_pct, pilot_volume_per_day = excluded.pilot_volume_per_day,
      production_volume_per_day = excluded.production_volume_per_day, cost_per_query = excluded.cost_per_query,
      currency = excluded.currency, archived_at = excluded.archived_at,
      updated_at = excluded.updated_at, device_id = excluded.device_id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM engagements WHERE id = ?');

  return {
    list(includeArchived: boolean): Engagement[] {
      return (includeArchived ? listAll : listActive).all().map(toEngagement);
    },
    get(id: string): Engagement | undefined {
      const row = getOne.get(id);
      return row ? toEngagement(row) : undefined;
    },
    save(engagement: Engagement): void {
      upsert.run(toRow(engagement));
    },
    delete(id: string): boolean {
      return remove.run(id).changes > 0;
    },
  };
}

export type EngagementsRepository = ReturnType<typeof createEngagementsRepository>;
