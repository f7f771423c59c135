import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { FirmSettings } from '../../../shared/firm/firm-schemas';
import { AppError } from '../../../shared/ipc/result';

/** A connection to the library: a client of its own or one lent by the pool. */
export type FirmClient = pg.ClientBase;

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

function clientConfig(settings: FirmSettings, password: string | null): pg.ClientConfig {
  return {
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    password: password ?? undefined,
    ssl: tlsOptions(settings),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: 'Audit Workshop',
  };
}

/** A connected client as the given database role, for a one-off task (the administrator's); the caller ends it. */
export async function connectFirm(settings: FirmSettings, password: string | null): Promise<pg.Client> {
  const client = new pg.Client(clientConfig(settings, password));
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

/** Idle connections are kept this long: a search typed after another reuses one. */
const IDLE_MS = 30_000;

export interface FirmPool {
  /** Runs `work` on a pooled connection; one that failed is closed rather than lent again. */
  run<T>(work: (client: FirmClient) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

/**
 * A few connections as the consultant's own role, kept while in use: connecting costs a TCP
 * handshake, TLS, password authentication (SCRAM's key stretching on both sides) and a new server
 * process, tens of milliseconds that a search would otherwise pay every time.
 */
export function createFirmPool(settings: FirmSettings, password: string | null): FirmPool {
  const pool = new pg.Pool({ ...clientConfig(settings, password), max: 3, idleTimeoutMillis: IDLE_MS, allowExitOnIdle: true });
  // An idle connection the server closes is reported here and dropped by the pool; the next
  // request then connects afresh, and a failure of that is what the user hears.
  pool.on('error', () => undefined);
  return {
    async run(work) {
      const client = await pool.connect();
      // A connection lost while lent out is reported through the query that was running; the
      // client's own 'error' event would otherwise be an uncaught exception in main.
      const lost = () => undefined;
      client.on('error', lost);
      let failure: Error | undefined;
      try {
        return await work(client);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // A failed client is closed by the pool, and may still report its end: it keeps the listener.
        if (!failure) client.off('error', lost);
        client.release(failure);
      }
    },
    end: () => pool.end(),
  };
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
