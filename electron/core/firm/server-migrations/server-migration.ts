/** One numbered step of the firm library's PostgreSQL schema, run by the administrator in one transaction. */
export interface ServerMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
