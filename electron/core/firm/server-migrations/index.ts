import { s001Library } from './001-library';
import type { ServerMigration } from './server-migration';

/** Every server migration in order; the last one's version is the schema this app was written for. */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [s001Library];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.at(-1)!.version;
