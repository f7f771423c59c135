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

    // Up to 150: 0160 replaced this index with one keyed by engagement (tested below).
    const db = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 150) });
    expect(readSchemaVersion(db)).toBe(150);
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

  it('0130 numbers client-visible notes and findings without the gaps private ones left, keeping every link and version stamp', () => {
    const file = path.join(tempDir(), 'at-120.sqlite3');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 120) });
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();
    const engagement = old.prepare(
      "INSERT INTO engagements (id, client_name, pilot_name, week_start, created_at, updated_at, device_id) VALUES (?, ?, 'Claims', '2026-03-02', ?, ?, 'd')",
    );
    engagement.run('e1', 'Acme', at(0), at(0));
    engagement.run('e2', 'Other', at(0), at(0));
    const note = old.prepare(
      `INSERT INTO notes (id, engagement_id, ref, day, kind, text, visibility, captured_at, deleted_at, created_at, updated_at, device_id)
       VALUES (@id, @e, @ref, @day, 'observation', @id, @visibility, @at, @deleted, @at, @updated, 'd')`,
    );
    const notes: [string, string, number, string, string | null][] = [
      // id, old ref, day, visibility, deleted
      ['n1', 'D1-001', 1, 'client', null],
      ['n2', 'D1-002', 1, 'facilitator', null],
      ['n3', 'D1-003', 1, 'client', at(30)],
      ['n5', 'D1-005', 2, 'client', null], // moved to day 2 after capture; inserted before n4 (a merge)
      ['n4', 'D1-004', 1, 'client', null],
      ['n6', 'D2-001', 2, 'facilitator', null],
      ['n7', 'D2-002', 2, 'client', null],
    ];
    notes.forEach(([id, ref, day, visibility, deleted], i) => note.run({ id, e: 'e1', ref, day, visibility, deleted, at: at(i + 1), updated: at(40) }));
    note.run({ id: 'x1', e: 'e2', ref: 'D1-001', day: 1, visibility: 'facilitator', deleted: null, at: at(1), updated: at(1) });
    note.run({ id: 'x2', e: 'e2', ref: 'D1-002', day: 1, visibility: 'client', deleted: null, at: at(2), updated: at(2) });
    const finding = old.prepare(
      `INSERT INTO findings (id, engagement_id, title, area, day, kind, severity, confidence, status, visibility, position, deleted_at, created_at, updated_at, device_id)
       VALUES (?, 'e1', ?, 'approach', 1, 'risk', 'high', 'medium', 'open', ?, ?, ?, ?, ?, 'd')`,
    );
    // Inserted out of order: the old number was the order of recording (created_at), not of rowid.
    finding.run('f2', 'Private hunch', 'facilitator', 1, null, at(2), at(2));
    finding.run('f1', 'First', 'client', 0, null, at(1), at(1));
    finding.run('f3', 'Deleted', 'client', 2, at(50), at(3), at(50));
    finding.run('f4', 'Fourth', 'client', 3, null, at(4), at(4));
    old.prepare("INSERT INTO finding_evidence (finding_id, note_id, linked_at, device_id) VALUES ('f4', 'n4', ?, 'd')").run(at(5));
    old.close();

    const db = openDatabase(file);
    const refs = (table: string, engagementId: string) =>
      Object.fromEntries(db.prepare<[string], { id: string; ref: string }>(`SELECT id, ref FROM ${table} WHERE engagement_id = ?`).all(engagementId).map((r) => [r.id, r.ref]));
    expect(refs('notes', 'e1')).toEqual({ n1: 'D1-001', n2: 'D1-P01', n3: 'D1-002', n4: 'D1-003', n5: 'D1-004', n6: 'D2-P01', n7: 'D2-001' });
    expect(refs('notes', 'e2')).toEqual({ x1: 'D1-P01', x2: 'D1-001' });
    expect(refs('findings', 'e1')).toEqual({ f1: 'F1', f2: 'P1', f3: 'F2', f4: 'F3' });
    expect(db.prepare("SELECT n.ref FROM finding_evidence e JOIN notes n ON n.id = e.note_id WHERE e.finding_id = 'f4'").pluck().get()).toBe('D1-003');
    // A migration is no edit: version stamps stay, so two laptops that migrate the same rows still agree in a merge.
    expect(db.prepare("SELECT DISTINCT updated_at FROM notes WHERE engagement_id = 'e1'").pluck().all()).toEqual([at(40)]);
    expect(() => db.prepare("UPDATE findings SET ref = 'F1' WHERE id = 'f4'").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE findings SET ref = 'X1' WHERE id = 'f4'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('0160 indexes each engagement’s live notes apart, from the first letter, and keeps the index in step with any write', () => {
    const file = path.join(tempDir(), 'at-150.sqlite3');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 150) });
    const engagement = old.prepare(
      "INSERT INTO engagements (id, client_name, pilot_name, week_start, created_at, updated_at, device_id) VALUES (?, ?, 'Claims', '2026-03-02', ?, ?, 'd')",
    );
    // Created in this order, inserted in another: keys follow creation.
    engagement.run('new', 'Newer', '2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z');
    engagement.run('old', 'Older', '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z');
    const insertNote = `INSERT INTO notes (id, engagement_id, ref, day, kind, text, speaker_name, tags, captured_at, deleted_at, created_at, updated_at, device_id)
       VALUES (@id, @e, @id, 1, 'observation', @text, 'Dana', @tags, '2026-03-02T10:00:00.000Z', @deleted, '', '', 'd')`;
    const note = old.prepare(insertNote);
    note.run({ id: 'o1', e: 'old', text: 'Invoices wait for approval', tags: '["ops"]', deleted: null });
    note.run({ id: 'n1', e: 'new', text: 'Invoices arrive by email', tags: '[]', deleted: null });
    note.run({ id: 'o2', e: 'old', text: 'An invoice was lost', tags: '[]', deleted: '2026-03-03T10:00:00.000Z' });
    note.run({ id: 'o3', e: 'old', text: 'Approvals by email', tags: '[]', deleted: null });
    old.close();

    const db = openDatabase(file);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT engagement_id FROM notes_fts_scopes ORDER BY key').pluck().all()).toEqual(['old', 'new']);
    const key = (engagementId: string) => db.prepare<[string], number>('SELECT key FROM notes_fts_scopes WHERE engagement_id = ?').pluck().get(engagementId)!;
    const match = (engagementId: string, query: string) =>
      db
        .prepare<[{ query: string; key: number }], string>(
          `SELECT n.id FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid & 4294967295
            WHERE notes_fts MATCH @query AND notes_fts.rowid BETWEEN @key << 32 AND (@key << 32) + 4294967295 ORDER BY n.id`,
        )
        .pluck()
        .all({ query, key: key(engagementId) });
    expect(match('old', 'i*')).toEqual(['o1']);
    expect(match('new', 'i*')).toEqual(['n1']);
    expect(match('old', 'e*')).toEqual(['o3']);
    expect(match('old', 'dana')).toEqual(['o1', 'o3']);
    expect(match('old', 'op*')).toEqual(['o1']);

    // Direct writes, each touching one column, as a future writer or a repair might make them.
    db.prepare("UPDATE notes SET deleted_at = NULL WHERE id = 'o2'").run();
    expect(match('old', 'i*')).toEqual(['o1', 'o2']);
    db.prepare("UPDATE notes SET deleted_at = '2026-03-04T10:00:00.000Z' WHERE id = 'o1'").run();
    db.prepare("UPDATE notes SET text = 'Emails pile up' WHERE id = 'n1'").run();
    db.prepare("UPDATE notes SET speaker_name = 'Kim' WHERE id = 'o3'").run();
    expect(match('old', 'i*')).toEqual(['o2']);
    expect(match('new', 'i*')).toEqual([]);
    expect(match('new', 'e*')).toEqual(['n1']);
    expect(match('old', 'kim')).toEqual(['o3']);
    db.prepare("DELETE FROM notes WHERE id = 'o3'").run();
    expect(match('old', 'e*')).toEqual([]);
    db.prepare("INSERT INTO engagements (id, client_name, pilot_name, week_start, created_at, updated_at, device_id) VALUES ('third', 'Third', 'X', '2026-03-16', '', '', 'd')").run();
    db.prepare(insertNote).run({ id: 't1', e: 'third', text: 'Invoices', tags: '[]', deleted: null });
    expect(match('third', 'i*')).toEqual(['t1']);
    db.prepare("DELETE FROM engagements WHERE id = 'old'").run();
    expect(db.prepare('SELECT engagement_id FROM notes_fts_scopes ORDER BY key').pluck().all()).toEqual(['new', 'third']);
    expect(db.prepare('SELECT rowid FROM notes_fts ORDER BY rowid').pluck().all()).toEqual(
      db.prepare('SELECT (s.key << 32) + n.rowid FROM notes n JOIN notes_fts_scopes s ON s.engagement_id = n.engagement_id WHERE n.deleted_at IS NULL ORDER BY 1').pluck().all(),
    );
    expect(() => db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 0)")).not.toThrow();
    db.close();
  });
});
