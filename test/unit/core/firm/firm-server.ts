import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { FirmSettings } from '../../../../shared/firm/firm-schemas';
import { createFirmLibrary } from '../../../support/firm-library';
import { pgUnavailableReason, startPgCluster, type PgCluster } from '../../../support/pg-cluster';

/** Why this machine cannot run the firm library's tests; CI installs PostgreSQL, so it never skips. */
export const NO_POSTGRES = pgUnavailableReason();
if (NO_POSTGRES) console.warn(`Skipping the firm library's tests: ${NO_POSTGRES}`);

export const CONSULTANTS = { alice: 'alice-pw-1', bob: 'bob-pw-2', carol: 'carol-pw-3' } as const;
export type Consultant = keyof typeof CONSULTANTS;

export interface FirmServer {
  cluster: PgCluster;
  /** Settings for a consultant's laptop (TLS off: the throwaway server has no certificate). */
  settings(user: Consultant, database?: string): Omit<FirmSettings, 'caFile'>;
  /** A client as the administrator, or as a consultant, on the library's database; the caller ends it. */
  connect(user?: Consultant | 'admin', database?: string): Promise<pg.Client>;
  /** A fresh database holding the library at this app's schema. */
  createLibrary(name: string, migrate?: boolean): Promise<void>;
}

/**
 * One throwaway PostgreSQL cluster per test file, with the library migrated in database `firm`
 * and three consultants' roles, removed when the file's tests are done.
 */
export function useFirmServer(): FirmServer {
  let cluster: PgCluster | null = null;
  const server: FirmServer = {
    get cluster() {
      return cluster!;
    },
    settings: (user, database = 'firm') => ({ host: cluster!.host, port: cluster!.port, database, user, tls: 'off' }),
    async connect(user = 'admin', database = 'firm') {
      const credentials = user === 'admin' ? cluster!.admin : { ...cluster!.admin, user, password: CONSULTANTS[user] };
      const client = new pg.Client({ ...credentials, database });
      await client.connect();
      return client;
    },
    async createLibrary(name, migrate = true) {
      await (await createFirmLibrary(cluster!, { name, migrate })).end();
    },
  };
  beforeAll(async () => {
    if (NO_POSTGRES) return;
    cluster = await startPgCluster();
    await (await createFirmLibrary(cluster, { consultants: CONSULTANTS })).end();
  }, 60_000);
  afterAll(() => cluster?.remove());
  return server;
}
