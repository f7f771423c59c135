import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { DatabaseFromFutureError, readSchemaVersion, runMigrations } from '../../../electron/core/db/migrate';
import type { Migration } from '../../../electron/core/db/migration-types';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare<[], { type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all();
  return rows.map((r) => `${r.type} ${r.name}\n${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`).join('\n\n');
}

describe('migrations', () => {
  it('are listed in strictly increasing steps of ten', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v, i) => v % 10 === 0 && (i === 0 || v > versions[i - 1]!))).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('bring a fresh file to the latest schema, opened durably', () => {
    const db = openDatabase(path.join(tempDir(), 'fresh.sqlite3'));
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('produce the schema in the snapshot (update it deliberately with a new migration)', () => {
    const db = openDatabase(path.join(tempDir(), 'snapshot.sqlite3'));
    expect(schemaOf(db)).toMatchSnapshot();
    db.close();
  });

  it('apply only what is pending on a partly migrated file', () => {
    const file = path.join(tempDir(), 'partial.sqlite3');
    const first = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    first.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
    first.close();

    const applied: number[] = [];
    const extra: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'test-extra',
      up: (db) => {
        applied.push(1);
        db.exec('CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT');
      },
    };
    const db = openDatabase(file, { migrations: [...MIGRATIONS, extra] });
    expect(readSchemaVersion(db)).toBe(extra.version);
    expect(applied).toEqual([1]);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'kept'").pluck().get()).toBe('yes');
    db.close();
  });

  it('roll back entirely when one step fails, leaving the old schema', () => {
    const file = path.join(tempDir(), 'failing.sqlite3');
    openDatabase(file).close();
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 10, name: 'ok', up: (db) => db.exec('CREATE TABLE half (id TEXT) STRICT') },
      {
        version: LATEST_SCHEMA_VERSION + 20,
        name: 'boom',
        up: () => {
          throw new Error('disk pulled');
        },
      },
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow('disk pulled');
    const db = new Database(file);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('call the before-migrate hook with the versions, and not when nothing is pending', () => {
    const file = path.join(tempDir(), 'hook.sqlite3');
    const calls: [number, number][] = [];
    openDatabase(file, { beforeMigrate: (from, to) => calls.push([from, to]) }).close();
    openDatabase(file, { beforeMigrate: (from, to) => calls.push([from, to]) }).close();
    expect(calls).toEqual([[0, LATEST_SCHEMA_VERSION]]);
  });

  it('refuse a file from a newer app with a clear message and leave it byte for byte unchanged', () => {
    const file = path.join(tempDir(), 'future.sqlite3');
    const writer = new Database(file);
    writer.exec('CREATE TABLE from_the_future (x) ; INSERT INTO from_the_future VALUES (1)');
    writer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1000}`);
    writer.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseFromFutureError);
    expect((caught as Error).message).toMatch(/newer version of Audit Workshop.*has not been changed/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  it('runMigrations alone also refuses the future', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99999');
    expect(() => runMigrations(db, MIGRATIONS)).toThrow(DatabaseFromFutureError);
    db.close();
  });

  it('0090 keeps the path links of a version-70 file and then accepts findings as link targets', () => {
    const file = path.join(tempDir(), 'at-70.sqlite3');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 70) });
    expect(readSchemaVersion(old)).toBe(70);
    const at = '2026-03-02T10:00:00.000Z';
    old.prepare("INSERT INTO engagements (id, client_name, pilot_name, week_start, created_at, updated_at, device_id) VALUES ('e1', 'Acme', 'Claims', '2026-03-02', ?, ?, 'd')").run(at, at);
    old.prepare("INSERT INTO path_phases (id, engagement_id, name, position, target_week, created_at, updated_at, device_id) VALUES ('p1', 'e1', 'Harden', 0, 4, ?, ?, 'd')").run(at, at);
    old
      .prepare("INSERT INTO path_links (id, engagement_id, phase_id, target_kind, target_id, position, created_at, device_id) VALUES ('l1', 'e1', 'p1', 'criterion', 'pr-incident-response', 0, ?, 'd')")
      .run(at);
    expect(() =>
      old.prepare("INSERT INTO path_links (id, engagement_id, phase_id, target_kind, target_id, position, created_at, device_id) VALUES ('l2', 'e1', 'p1', 'finding', 'f1', 1, ?, 'd')").run(at),
    ).toThrow(/CHECK/);
    old.close();

    const db = openDatabase(file);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT id, engagement_id, phase_id, target_kind, target_id, position, created_at FROM path_links').all()).toEqual([
      { id: 'l1', engagement_id: 'e1', phase_id: 'p1', target_kind: 'criterion', target_id: 'pr-incident-response', position: 0, created_at: at },
    ]);
    db.prepare("INSERT INTO path_links (id, engagement_id, phase_id, target_kind, target_id, position, created_at, device_id) VALUES ('l2', 'e1', 'p1', 'finding', 'f1', 1, ?, 'd')").run(at);
    expect(db.prepare('SELECT count(*) FROM path_links').pluck().get()).toBe(2);
    db.prepare("DELETE FROM path_phases WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) FROM path_links').pluck().get()).toBe(0);
    db.close();
  });

  it('0110 rebuilds the notes index with prefix indexes; existing notes are found, edits and deletes still reach it', () => {
    const file = path.join(tempDir(), 'at-90.sqlite3');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 90) });
    const at = '2026-03-02T10:00:00.000Z';
    old.prepare("INSERT INTO engagements (id, client_name, pilot_name, week_start, created_at, updated_at, device_id) VALUES ('e1', 'Acme', 'Claims', '2026-03-02', ?, ?, 'd')").run(at, at);
    const note = old.prepare(
      "INSERT INTO notes (id, engagement_id, ref, day, kind, text, speaker_name, captured_at, created_at, updated_at, device_id) VALUES (?, 'e1', ?, 1, 'observation', ?, 'Dana', ?, ?, ?, 'd')",
    );
    note.run('n1', 'D1-001', 'Approvals wait two days for a signature', at, at, at);
    note.run('n2', 'D1-002', 'The approach needs a human in the loop', at, at, at);
    note.run('n3', 'D1-003', 'Invoices arrive by email', at, at, at);
    old.close();

    const db = openDatabase(file);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const match = (query: string) => db.prepare<[string], string>('SELECT n.id FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid WHERE notes_fts MATCH ? ORDER BY n.id').pluck().all(query);
    expect(match('ap*')).toEqual(['n1', 'n2']);
    expect(match('appro*')).toEqual(['n1', 'n2']);
    expect(match('approv*')).toEqual(['n1']);
    expect(match('dan*')).toEqual(['n1', 'n2', 'n3']);
    db.prepare("UPDATE notes SET text = 'Invoices approved on Fridays' WHERE id = 'n3'").run();
    db.prepare("DELETE FROM notes WHERE id = 'n1'").run();
    expect(match('appro*')).toEqual(['n2', 'n3']);
    expect(match('inv*')).toEqual(['n3']);
    // Throws when the index disagrees with the notes it indexes.
    expect(() => db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.close();
  });
});
