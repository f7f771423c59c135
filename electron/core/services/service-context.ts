import type { Database } from 'better-sqlite3';

/** What every service needs: the connection (for transactions), the clock, ids, and who writes. */
export interface ServiceContext {
  db: Database;
  now: () => Date;
  newId: () => string;
  deviceId: string;
}

export function timestamp(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
