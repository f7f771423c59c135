import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_TABLES, type ArchiveRow } from '../../../../shared/archive/archive-tables';
import { useTestCore } from '../../helpers/core';
import { seedEveryTable } from '../../helpers/seed-engagement';

const newCore = useTestCore();

/*
 * Tables that hold no engagement's data, so archives leave them out. Everything else in the
 * schema must be in ARCHIVE_TABLES, or an archive would silently drop part of an engagement.
 */
const NOT_ARCHIVED: Record<string, string> = {
  meta: 'the app’s own settings and this laptop’s device id',
  agenda_templates: 'agenda templates belong to the consultant, not to one engagement',
  capture_drafts: 'the half-typed note in this laptop’s capture box; it is not a record until it is saved',
  notes_fts: 'the full-text index, rebuilt from notes by triggers on import',
  notes_fts_scopes: 'the full-text index’s key for each engagement, given by a trigger when the engagement is written',
  room_inbox: 'notes from phones in Room mode, waiting on this laptop for the facilitator; transient, and facilitator-only until accepted as notes',
  room_note_keys: 'which scribe-seat resend made which note, on this laptop; the notes themselves are archived',
  firm_settings: 'where this laptop finds the firm library: the consultant’s own connection, not the engagement’s',
  firm_publications: 'this laptop’s publish outbox; the engagement itself travels in the archive, and each laptop publishes on its own',
  firm_benchmarks: 'benchmarks cached from the firm library for offline use, fetched again on the next laptop',
};

/** FTS5 keeps its index in shadow tables named after the virtual table. */
const isShadowOf = (name: string) => Object.keys(NOT_ARCHIVED).some((table) => name.startsWith(`${table}_`));

describe('the archive registry', () => {
  it('lists every table of the schema that holds engagement data, with exactly the columns the table has', () => {
    const { core } = newCore();
    const tables = core.db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all()
      .filter((name) => !(name in NOT_ARCHIVED) && !isShadowOf(name));
    expect(tables.sort()).toEqual(ARCHIVE_TABLES.map((t) => t.table).sort());
    for (const entry of ARCHIVE_TABLES) {
      const columns = core.db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${entry.table}')`).all().map((c) => c.name);
      expect(Object.keys(entry.row.shape).sort(), entry.table).toEqual(columns.sort());
    }
  });

  it('lists parents before children, so import inserts them in an order the foreign keys accept', () => {
    const seen = new Set<string>();
    for (const entry of ARCHIVE_TABLES) {
      for (const link of entry.references) expect(seen.has(link.table), `${entry.table} → ${link.table}`).toBe(true);
      seen.add(entry.table);
    }
  });
});

describe('an archive round trip', () => {
  it('carries every row of every registered table, tombstones included, into a fresh database unchanged', async () => {
    const source = newCore();
    const { engagement } = await seedEveryTable(source.dispatch);
    const file = path.join(path.dirname(source.dbPath), 'whole.auditweek');
    await source.core.archive.exportTo(engagement.id, file);

    const target = newCore();
    expect(await target.core.archive.importFile(file)).toMatchObject({ created: true, conflicts: [], renumbered: [] });

    // The source holds only this engagement, so whole tables compare; every column, by value.
    const all = (db: typeof source.core.db, table: string) =>
      db
        .prepare<[], ArchiveRow>(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
    for (const { table, tombstone } of ARCHIVE_TABLES) {
      const rows = all(source.core.db, table);
      expect(rows.length, `${table} is seeded`).toBeGreaterThan(0);
      expect(all(target.core.db, table), table).toEqual(rows);
      if (tombstone) {
        const deleted = source.core.db.prepare(`SELECT count(*) FROM "${table}" WHERE "${tombstone}" IS NOT NULL`).pluck().get();
        expect(deleted, `${table} has a tombstone`).toBe(1);
      }
    }
    expect(target.core.db.pragma('foreign_key_check')).toEqual([]);
  });
});
