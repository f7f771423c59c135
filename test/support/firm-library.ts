import pg from 'pg';
import { createConsultantRole, migrateServer } from '../../electron/core/firm/server-schema-version';
import type { PgCluster } from './pg-cluster';

/**
 * A new database on the cluster, migrated into a firm library unless told otherwise, with a role
 * for each consultant named (user → password). Returns the administrator's connection to it,
 * which the caller ends.
 */
export async function createFirmLibrary(
  cluster: PgCluster,
  options: { name?: string; migrate?: boolean; consultants?: Record<string, string> } = {},
): Promise<pg.Client> {
  const { name = 'firm', migrate = true, consultants = {} } = options;
  const admin = new pg.Client(cluster.admin);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const library = new pg.Client({ ...cluster.admin, database: name });
  await library.connect();
  if (migrate) await migrateServer(library);
  for (const [user, password] of Object.entries(consultants)) await createConsultantRole(library, user, password);
  return library;
}
