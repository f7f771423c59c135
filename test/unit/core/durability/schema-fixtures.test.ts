import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/core/db/migrations';
import { DATABASE_FILE_NAME } from '../../../../electron/core/start-app-core';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Note } from '../../../../shared/domain/note';
import { FIXTURE_ENGAGEMENT, FIXTURE_ROWS } from '../../helpers/schema-fixtures';
import { useTestRuntime } from '../../helpers/core';
import { caller } from '../../helpers/seed-engagement';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/schemas');
const tempDir = useTempDir();
const startRuntime = useTestRuntime();
const fixturePath = (version: number) => path.join(FIXTURES, `schema-${String(version).padStart(4, '0')}.sqlite3`);

/**
 * The committed files are made by this function, with the migrations list cut at each version.
 * Run with WRITE_SCHEMA_FIXTURES=1 once when a migration is added, then commit the new file.
 */
function writeFixture(version: number): void {
  const file = fixturePath(version);
  mkdirSync(FIXTURES, { recursive: true });
  // Rewritten from scratch: an older file at this name may come from a different migrations list.
  rmSync(file, { force: true });
  const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
  for (const [at, insert] of Object.entries(FIXTURE_ROWS)) if (Number(at) <= version) insert(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
}

describe('database files from every earlier schema', () => {
  it.runIf(process.env.WRITE_SCHEMA_FIXTURES === '1')('are written from the migrations list cut at each version', () => {
    for (const migration of MIGRATIONS) writeFixture(migration.version);
  });

  it('exist for every schema version, so a new migration cannot ship without one', () => {
    for (const migration of MIGRATIONS) expect(existsSync(fixturePath(migration.version)), `schema ${migration.version}`).toBe(true);
  });

  for (const migration of MIGRATIONS) {
    it(`upgrade from schema ${migration.version} with their rows intact and the app working`, async () => {
      const dir = tempDir();
      copyFileSync(fixturePath(migration.version), path.join(dir, DATABASE_FILE_NAME));
      const before = new Database(path.join(dir, DATABASE_FILE_NAME), { readonly: true });
      expect(before.pragma('user_version', { simple: true })).toBe(migration.version);
      before.close();

      const { runtime, dispatch } = startRuntime({ userDataDir: dir });
      expect(runtime.mode()).toBe('normal');
      const db = runtime.core()!.db;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      const call = caller(dispatch);
      const engagement = await call<Engagement>('engagements:get', { id: FIXTURE_ENGAGEMENT });
      expect([engagement.clientName, engagement.facilitators]).toEqual(['Northwind', ['Kim']]);
      const expected = Object.keys(FIXTURE_ROWS).filter((v) => Number(v) <= migration.version).length;
      const counted = ['engagements', 'participants', 'notes', 'assessment_criterion_scores', 'cost_scenarios'].filter(
        (table) => (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) > 0,
      ).length;
      // One table per version step holds the fixture's rows; every one of them survived.
      expect(counted).toBe(expected);

      const note = await call<Note>('notes:create', { engagementId: FIXTURE_ENGAGEMENT, day: 1, text: 'After the upgrade' });
      expect(note.ref).toBe(migration.version >= 30 ? 'D1-002' : 'D1-001');
      if (migration.version >= 60) expect((await call<{ name: string }[]>('cost:list', { engagementId: FIXTURE_ENGAGEMENT })).map((c) => c.name)).toEqual(['Base case']);
      expect((await call<Note[]>('notes:search', { engagementId: FIXTURE_ENGAGEMENT, query: 'upgrade' })).length).toBe(1);
      // The note the old file held is in the index it was given, found from its first letter.
      if (migration.version >= 30) expect((await call<Note[]>('notes:search', { engagementId: FIXTURE_ENGAGEMENT, query: 'r' })).length).toBe(1);
    });
  }
});
