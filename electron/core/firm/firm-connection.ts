import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { FirmSettings } from '../../../shared/firm/firm-schemas';
import { AppError } from '../../../shared/ipc/result';

export type FirmClient = pg.Client;

/** How long a connection attempt waits: a laptop off the firm's network should hear so quickly. */
const CONNECT_TIMEOUT_MS = 5_000;
/** No one statement of the library should run longer; a stuck server must not hold a publish forever. */
const STATEMENT_TIMEOUT_MS = 60_000;

function tlsOptions(settings: FirmSettings): pg.ClientConfig['ssl'] {
  if (settings.tls === 'off') return false;
  if (!settings.caFile) {
    throw new AppError('firm_unavailable', 'The firm library requires TLS: choose the CA file your administrator gave you in Settings → Firm library (or turn TLS off only on a network the firm trusts).');
  }
  let ca: string;
  try {
    ca = readFileSync(settings.caFile, 'utf8');
  } catch {
    throw new AppError('firm_unavailable', 'The CA file chosen for the firm library cannot be read any more. Choose it again in Settings → Firm library.');
  }
  return { ca, rejectUnauthorized: true };
}

/** A connected client as the consultant's own database role; the caller ends it. */
export async function connectFirm(settings: FirmSettings, password: string | null): Promise<FirmClient> {
  const client = new pg.Client({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    password: password ?? undefined,
    ssl: tlsOptions(settings),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: 'Audit Workshop',
  });
  // A server going away between queries is reported through the next query; without a listener
  // the client's 'error' event would be an uncaught exception in main.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/** Runs `work` on a fresh connection and always closes it. */
export async function withFirmClient<T>(settings: FirmSettings, password: string | null, work: (client: FirmClient) => Promise<T>): Promise<T> {
  const client = await connectFirm(settings, password);
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs `work` in one transaction: all of it reaches the server or none of it. When the connection
 * itself is gone the server has already rolled back, and the error that broke it is what the caller hears.
 */
export async function inTransaction<T>(client: FirmClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
