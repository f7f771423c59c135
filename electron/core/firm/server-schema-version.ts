import { FirmSchemaError } from './firm-errors';
import { inTransaction, type FirmClient } from './firm-connection';
import { SERVER_MIGRATIONS, SERVER_SCHEMA_VERSION } from './server-migrations';

/** The library's schema version on the server, or null when the database holds no library. */
export async function serverSchemaVersion(client: FirmClient): Promise<number | null> {
  const present = await client.query<{ present: boolean }>("SELECT to_regclass('firm.migrations') IS NOT NULL AS present");
  if (!present.rows[0]!.present) return null;
  const version = await client.query<{ version: number }>('SELECT coalesce(max(version), 0)::int AS version FROM firm.migrations');
  return version.rows[0]!.version;
}

/**
 * Refuses a library this app cannot work with, in both directions: one written by a newer
 * version of the app (this one would misread it) and one not yet brought up to this app's schema.
 */
export async function checkServerSchema(client: FirmClient, known = SERVER_SCHEMA_VERSION): Promise<void> {
  const version = await serverSchemaVersion(client);
  if (version === null || version === 0) {
    throw new FirmSchemaError('This database holds no firm library yet. Ask the firm’s administrator to set it up (docs/firm-library.md, “Run the migrations”).');
  }
  if (version > known) {
    throw new FirmSchemaError(
      `The firm library was upgraded for a newer version of Audit Workshop (library schema ${version}; this app knows up to ${known}). Update Audit Workshop to use the library; nothing was changed on the server.`,
    );
  }
  if (version < known) {
    throw new FirmSchemaError(
      `The firm library’s schema is older than this app expects (library schema ${version}; this app needs ${known}). Ask the firm’s administrator to run the migrations (docs/firm-library.md); nothing was changed on the server.`,
    );
  }
}

/**
 * Brings the library's schema up to this app's, as the administrator (the tables' owner), in one
 * transaction: a failure leaves the schema as it was. Two administrators running it at once wait
 * for each other on the migrations table's lock.
 */
export async function migrateServer(client: FirmClient, migrations = SERVER_MIGRATIONS): Promise<{ from: number; to: number }> {
  return inTransaction(client, async () => {
    await client.query('CREATE SCHEMA IF NOT EXISTS firm');
    await client.query('CREATE TABLE IF NOT EXISTS firm.migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    await client.query('LOCK TABLE firm.migrations IN EXCLUSIVE MODE');
    const from = (await serverSchemaVersion(client)) ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (from > latest) {
      throw new FirmSchemaError(`The firm library is at schema ${from}, newer than this app’s ${latest}. Run the migrations with the newer version of Audit Workshop.`);
    }
    for (const migration of migrations.filter((m) => m.version > from)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO firm.migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return { from, to: Math.max(from, latest) };
  });
}

/**
 * Creates a consultant's login role in the firm's group, as the administrator. Role statements take
 * no parameters, so the server quotes the name and password itself (format %I and %L).
 */
export async function createConsultantRole(client: FirmClient, name: string, password: string): Promise<void> {
  const statement = await client.query<{ sql: string }>("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE audit_firm', $1::text, $2::text) AS sql", [name, password]);
  await client.query(statement.rows[0]!.sql);
}
