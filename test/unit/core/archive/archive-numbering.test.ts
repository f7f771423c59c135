import { describe, expect, it } from 'vitest';
import { encodeArchive } from '../../../../electron/core/archive/archive-file';
import { decodeArchive } from '../../../support/archive-bytes';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import type { ArchiveRow } from '../../../../shared/archive/archive-tables';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Finding } from '../../../../shared/domain/finding';
import type { Note } from '../../../../shared/domain/note';
import { isAppError } from '../../../../shared/ipc/result';
import { useTestCore } from '../../helpers/core';
import { caller } from '../../helpers/seed-engagement';

const newCore = useTestCore();

/** An archive's content, its rows as the database stores them. */
type Content = { engagementId: string; tables: Record<string, ArchiveRow[]> };

/** An engagement on this version: a private note and a private finding between client ones. */
async function seeded() {
  const test = newCore();
  const call = caller(test.dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
  const note = (text: string, visibility = 'client') => call<Note>('notes:create', { engagementId: engagement.id, day: 1, text, visibility });
  const finding = (title: string, visibility = 'client') => call<Finding>('findings:create', { engagementId: engagement.id, title, area: 'approach', day: 1, visibility });
  const notes = [await note('a'), await note('aside', 'facilitator'), await note('b')];
  const findings = [await finding('A'), await finding('Hunch', 'facilitator'), await finding('B')];
  const refs = (table: string) => test.core.db.prepare<[string], string>(`SELECT ref FROM ${table} WHERE engagement_id = ? ORDER BY rowid`).pluck().all(engagement.id);
  return { ...test, engagement, notes, findings, note, refs };
}

/**
 * The engagement as a schema-120 app exported it: notes numbered in their order, counting private
 * ones, findings with no reference; with `extra` numbered before the note at `extra.at`.
 */
function asLegacyArchive(bytes: Buffer, extra?: { row: ArchiveRow; at: number }): Buffer {
  const { header, content } = decodeArchive(bytes, LATEST_SCHEMA_VERSION);
  const old = structuredClone(content) as Content;
  if (extra) old.tables.notes!.splice(extra.at, 0, extra.row);
  old.tables.notes!.forEach((row, i) => (row.ref = `D1-00${i + 1}`));
  for (const row of old.tables.findings!) delete row.ref;
  return encodeArchive({ ...header, schemaVersion: 120 }, old);
}

describe('archives and client numbering', () => {
  it('numbers an archive from before schema 130 as the migration numbers a database of that age', async () => {
    const source = await seeded();
    const legacy = asLegacyArchive(source.core.archive.exportBytes(source.engagement.id));
    const target = newCore();
    expect(await target.core.archive.importBytes(legacy)).toMatchObject({ created: true, renumbered: [] });
    const refs = (table: string) => target.core.db.prepare<[], string>(`SELECT ref FROM ${table} ORDER BY rowid`).pluck().all();
    expect(refs('notes')).toEqual(['D1-001', 'D1-P01', 'D1-002']);
    expect(refs('findings')).toEqual(['F1', 'P1', 'F2']);
  });

  it('merges an older archive of an engagement held here without changing a number the client has seen', async () => {
    const here = await seeded();
    const b = here.notes[2]!;
    const bytes = here.core.archive.exportBytes(here.engagement.id);
    const first = (decodeArchive(bytes, LATEST_SCHEMA_VERSION).content as Content).tables.notes![0]!;
    const extra: ArchiveRow = { ...first, id: '00000000-0000-4000-8000-0000000000ee', text: 'From the older laptop' };
    // The co-facilitator's older app captured a note of its own before "b". Numbered on its own,
    // that archive makes its note D1-002 and "b" D1-003.
    const legacy = asLegacyArchive(bytes, { row: extra, at: 2 });
    await here.note('c');
    const before = here.refs('notes');
    expect(before).toEqual(['D1-001', 'D1-P01', 'D1-002', 'D1-003']);
    const report = await here.core.archive.importBytes(legacy);
    expect(report).toMatchObject({ created: false, updated: 0, conflicts: [] });
    // "b" keeps the D1-002 the client knows; the new note takes the next free client number.
    expect(report.renumbered).toEqual([{ table: 'notes', id: extra.id, from: 'D1-002', to: 'D1-004' }]);
    expect(here.refs('notes')).toEqual([...before, 'D1-004']);
    expect(here.core.db.prepare<[string], string>('SELECT ref FROM notes WHERE id = ?').pluck().get(b.id)).toBe('D1-002');
    expect(here.refs('findings')).toEqual(['F1', 'P1', 'F2']);
  });

  it('refuses an archive of this version whose finding has no reference, and changes nothing', async () => {
    const source = await seeded();
    const { header, content } = decodeArchive(source.core.archive.exportBytes(source.engagement.id), LATEST_SCHEMA_VERSION);
    const broken = structuredClone(content) as Content;
    delete broken.tables.findings![1]!.ref;
    const target = newCore();
    let caught: unknown;
    try {
      await target.core.archive.importBytes(encodeArchive(header, broken));
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.message).toMatch(/findings record 2 has no reference/);
    expect(target.core.db.prepare('SELECT count(*) FROM findings').pluck().get()).toBe(0);
  });
});
