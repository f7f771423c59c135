import type { Database } from 'better-sqlite3';

/** One numbered schema step; versions go up in tens so a fix can slot in between. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
