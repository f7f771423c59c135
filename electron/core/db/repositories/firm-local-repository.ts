import type { Database } from 'better-sqlite3';
import type { FirmSettings } from '../../../../shared/firm/firm-schemas';

interface SettingsRow {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: 'verify' | 'off';
  ca_file: string | null;
  last_reached_at: string | null;
  last_error: string | null;
}

export interface PublicationRow {
  engagement_id: string;
  pilot_kind: string;
  restricted: 0 | 1;
  allowed_consultants: string;
  shipped: 0 | 1 | null;
  pending: 0 | 1;
  requested_at: string;
  published_at: string | null;
  published_fingerprint: string | null;
  last_error: string | null;
}

/** This laptop's side of the firm library: its settings, the publish outbox and cached benchmarks. */
export function createFirmLocalRepository(db: Database) {
  const getSettings = db.prepare<[], SettingsRow>('SELECT host, port, database, user, tls, ca_file, last_reached_at, last_error FROM firm_settings WHERE id = 1');
  const putSettings = db.prepare<[FirmSettings]>(
    `INSERT INTO firm_settings (id, host, port, database, user, tls, ca_file) VALUES (1, @host, @port, @database, @user, @tls, @caFile)
     ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, database = excluded.database, user = excluded.user,
       tls = excluded.tls, ca_file = excluded.ca_file`,
  );
  const reached = db.prepare<[string]>('UPDATE firm_settings SET last_reached_at = ?, last_error = NULL WHERE id = 1');
  const failed = db.prepare<[string]>('UPDATE firm_settings SET last_error = ? WHERE id = 1');
  const getPublication = db.prepare<[string], PublicationRow>('SELECT * FROM firm_publications WHERE engagement_id = ?');
  const pendingPublications = db.prepare<[], PublicationRow>('SELECT * FROM firm_publications WHERE pending = 1 ORDER BY requested_at');
  const request = db.prepare<[Omit<PublicationRow, 'pending' | 'published_at' | 'published_fingerprint' | 'last_error'>]>(
    `INSERT INTO firm_publications (engagement_id, pilot_kind, restricted, allowed_consultants, shipped, pending, requested_at)
     VALUES (@engagement_id, @pilot_kind, @restricted, @allowed_consultants, @shipped, 1, @requested_at)
     ON CONFLICT (engagement_id) DO UPDATE SET pilot_kind = excluded.pilot_kind, restricted = excluded.restricted,
       allowed_consultants = excluded.allowed_consultants, shipped = excluded.shipped, pending = 1, requested_at = excluded.requested_at`,
  );
  // Only the request that was published is cleared: one asked for again meanwhile stays pending.
  const published = db.prepare<[string, string, string, string]>(
    'UPDATE firm_publications SET pending = 0, published_at = ?, published_fingerprint = ?, last_error = NULL WHERE engagement_id = ? AND requested_at = ?',
  );
  const publishFailed = db.prepare<[string, string]>('UPDATE firm_publications SET last_error = ? WHERE engagement_id = ?');
  const dropPublication = db.prepare<[string]>('DELETE FROM firm_publications WHERE engagement_id = ?');
  const getBenchmark = db.prepare<[string], { benchmark: string; fetched_at: string }>('SELECT benchmark, fetched_at FROM firm_benchmarks WHERE engagement_id = ?');
  const putBenchmark = db.prepare<[string, string, string]>(
    `INSERT INTO firm_benchmarks (engagement_id, benchmark, fetched_at) VALUES (?, ?, ?)
     ON CONFLICT (engagement_id) DO UPDATE SET benchmark = excluded.benchmark, fetched_at = excluded.fetched_at`,
  );

  return {
    settings(): (FirmSettings & { lastReachedAt: string | null; lastError: string | null }) | null {
      const row = getSettings.get();
      if (!row) return null;
      return { host: row.host, port: row.port, database: row.database, user: row.user, tls: row.tls, caFile: row.ca_file, lastReachedAt: row.last_reached_at, lastError: row.last_error };
    },
    saveSettings: (settings: FirmSettings) => void putSettings.run(settings),
    markReached: (at: string) => void reached.run(at),
    markFailed: (message: string) => void failed.run(message),
    publication: (engagementId: string): PublicationRow | undefined => getPublication.get(engagementId),
    pending: (): PublicationRow[] => pendingPublications.all(),
    requestPublish: (row: Omit<PublicationRow, 'pending' | 'published_at' | 'published_fingerprint' | 'last_error'>) => void request.run(row),
    markPublished: (engagementId: string, requestedAt: string, at: string, fingerprint: string) => void published.run(at, fingerprint, engagementId, requestedAt),
    markPublishFailed: (engagementId: string, message: string) => void publishFailed.run(message, engagementId),
    dropPublication: (engagementId: string) => void dropPublication.run(engagementId),
    benchmark: (engagementId: string) => getBenchmark.get(engagementId),
    saveBenchmark: (engagementId: string, json: string, at: string) => void putBenchmark.run(engagementId, json, at),
  };
}

export type FirmLocalRepository = ReturnType<typeof createFirmLocalRepository>;
