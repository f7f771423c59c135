import { openSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeArchive, writeArchiveFile } from '../../../../electron/core/archive/archive-file';
import { contentLines } from '../../../../shared/archive/archive-content';
import { ARCHIVE_MAGIC } from '../../../../shared/archive/archive-format';
import { ARCHIVE_TABLES, type ArchiveRow } from '../../../../shared/archive/archive-tables';
import type { ArchiveProgress } from '../../../../shared/domain/archive';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Note, NoteSearchHit } from '../../../../shared/domain/note';
import { createRandom } from '../../../bench/seed-data';
import { withExtraNotes, type ArchiveRows } from '../../../support/extra-notes';
import { decodeArchive } from '../../../support/archive-bytes';
import { useTestCore, type TestCore } from '../../helpers/core';
import { caller, seedEngagement, seedEveryTable } from '../../helpers/seed-engagement';

const newCore = useTestCore();
const EXTRA_NOTES = 3000;

type Laptop = TestCore & { progress: ArchiveProgress[]; onProgress: ((progress: ArchiveProgress) => void) | null; call: ReturnType<typeof caller> };

/** A core whose archive progress is recorded, in the order main would push it to the window, and can be acted on. */
function laptop(): Laptop {
  const progress: ArchiveProgress[] = [];
  const test: Laptop = {
    ...newCore({
      archiveHost: {
        chooseExportPath: async () => null,
        chooseImportPath: async () => null,
        onProgress: (p) => {
          progress.push(p);
          test.onProgress?.(p);
        },
      },
    }),
    progress,
    onProgress: null,
    call: null as never,
  };
  test.call = caller(test.dispatch);
  return test;
}

/** Every row of every archived table, compared by value. */
function tables(test: TestCore): Record<string, string[]> {
  return Object.fromEntries(
    ARCHIVE_TABLES.map(({ table }) => [
      table,
      test.core.db
        .prepare<[], ArchiveRow>(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

function fileIn(test: TestCore, name: string): string {
  return path.join(path.dirname(test.dbPath), name);
}

/** Progress of one operation: stages in the given order, each only growing and ending at done === total. */
function expectStages(progress: readonly ArchiveProgress[], stages: readonly ArchiveProgress['stage'][]): void {
  const seen = progress.map((p) => p.stage).filter((stage, i, all) => all[i - 1] !== stage);
  expect(seen).toEqual(stages);
  for (const stage of stages) {
    const steps = progress.filter((p) => p.stage === stage);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.done, stage).toBeGreaterThanOrEqual(steps[i - 1]!.done);
    expect(steps.every((p) => p.total === steps[0]!.total && p.done <= p.total), stage).toBe(true);
    expect(steps.at(-1)!.done, stage).toBe(steps.at(-1)!.total);
  }
}

/** A laptop holding one engagement with a row in every table and a few thousand more notes. */
async function largeEngagement(): Promise<{ source: Laptop; engagement: Engagement }> {
  const source = laptop();
  const { engagement } = await seedEveryTable(source.dispatch);
  const { header, content } = decodeArchive(source.core.archive.exportBytes(engagement.id));
  const larger = withExtraNotes(content, EXTRA_NOTES, (i) => `Pallet ${i} waits for a signature from the warehouse`);
  await source.core.archive.importBytes(encodeArchive(header, larger));
  source.progress.length = 0;
  return { source, engagement };
}

/** What a header line says, read from the file as a text viewer would. */
function headerOf(file: string): { contentBytes: number } {
  const head = Buffer.alloc(4096);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.toString('latin1');
  return JSON.parse(text.slice(ARCHIVE_MAGIC.length, text.indexOf('\n', ARCHIVE_MAGIC.length))) as { contentBytes: number };
}

describe('archives on the background thread', () => {
  it('carry an engagement of a few thousand notes through export and import unchanged and searchable, with progress all the way, and leave the log empty', async () => {
    const { source, engagement } = await largeEngagement();
    const file = fileIn(source, 'large.auditweek');
    await source.core.archive.exportTo(engagement.id, file);
    expectStages(source.progress, ['exporting']);
    expect(source.progress.at(-1)!.total).toBeGreaterThan(EXTRA_NOTES);

    const target = laptop();
    expect(await target.core.archive.importFile(file)).toMatchObject({ created: true, conflicts: [], renumbered: [] });
    expectStages(target.progress, ['reading', 'comparing', 'writing']);
    expect(target.progress.filter((p) => p.stage === 'writing').length).toBeGreaterThan(2);

    // The source holds only this engagement, so whole tables compare, every column by value.
    expect(tables(target)).toEqual(tables(source));
    const found = await target.call<NoteSearchHit[]>('notes:search', { engagementId: engagement.id, query: 'pallet 2999 ' });
    expect(found.map((hit) => hit.note.text)).toEqual(['Pallet 2999 waits for a signature from the warehouse']);
    expect(() => target.core.db.prepare("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    expect(target.core.db.pragma('foreign_key_check')).toEqual([]);
    // The import wrote megabytes through the log; it is copied into the data file and emptied.
    expect(statSync(`${target.dbPath}-wal`).size).toBe(0);
  });

  it('plans again when this laptop changed the engagement while the archive was read, so a later edit here is not overwritten', async () => {
    const lead = laptop();
    const { engagement, notes } = await seedEngagement(lead.dispatch);
    const note = notes[0]!;
    const colleague = laptop();
    await colleague.core.archive.importBytes(lead.core.archive.exportBytes(engagement.id));
    await colleague.call('notes:update', { id: note.id, text: 'They re-key most invoices' });
    const file = fileIn(colleague, 'colleague.auditweek');
    await colleague.core.archive.exportTo(engagement.id, file);

    // Once the background thread has planned, and before main writes, the lead edits the same note.
    let edited: Promise<unknown> | null = null;
    lead.onProgress = (p) => {
      if (p.stage === 'comparing' && p.done === p.total && !edited) edited = lead.call('notes:update', { id: note.id, text: 'They re-key every invoice by hand' });
    };
    const report = await lead.core.archive.importFile(file);
    await edited;
    expect(edited).not.toBeNull();
    expect(report.conflicts).toEqual([expect.objectContaining({ table: 'notes', id: note.id, kept: 'this-laptop' })]);
    expect((await lead.call<Note>('notes:get', { id: note.id })).text).toBe('They re-key every invoice by hand');
  });

  it('holds a request of the window while the import writes and serves it right after, outside the import', async () => {
    const { source, engagement } = await largeEngagement();
    const file = fileIn(source, 'large.auditweek');
    await source.core.archive.exportTo(engagement.id, file);
    const target = laptop();

    let captured: Promise<Note> | null = null;
    let answeredBeforeImportEnded: boolean | null = null;
    let answered = false;
    target.onProgress = (p) => {
      if (p.stage !== 'writing') return;
      if (p.done === 0 && !captured) {
        captured = target.call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Typed while the import ran' });
        void captured.then(() => (answered = true));
      }
      if (p.done === p.total) answeredBeforeImportEnded = answered;
    };
    await target.core.archive.importFile(file);
    expect(captured).not.toBeNull();
    const note = await captured!;
    expect(answeredBeforeImportEnded).toBe(false);
    expect(target.core.db.prepare('SELECT text FROM notes WHERE id = ?').pluck().get(note.id)).toBe('Typed while the import ran');
    expect(note.ref).toBe('D1-003');
  });

  it('previews an archive that unpacks to more than 200 MB, which the app once refused for its size alone', async () => {
    const source = laptop();
    const { engagement } = await seedEngagement(source.dispatch);
    const { header, content } = decodeArchive(source.core.archive.exportBytes(engagement.id));
    // A different 16 KB of words per note, repeated to 192 KB: it packs about twenty to one, as text does.
    const random = createRandom(7);
    const words = Array.from({ length: 400 }, () => Array.from({ length: 3 + random.int(6) }, () => 'abcdefghijklmnopqrstuvwxyz'[random.int(26)]).join(''));
    const block = () => Array.from({ length: 2600 }, () => words[random.int(words.length)]).join(' ').slice(0, 16_000);
    const count = 1100;
    const large: ArchiveRows = withExtraNotes(content, count, () => block().repeat(12));
    const file = fileIn(source, 'huge.auditweek');
    const { schemaVersion, appVersion, exportedAt } = header;
    await writeArchiveFile(
      file,
      { schemaVersion, appVersion, exportedAt, engagementId: engagement.id },
      contentLines(large.engagementId, Object.entries(large.tables).map(([table, rows]) => ({ table, count: rows.length, rows }))),
    );
    expect(headerOf(file).contentBytes).toBeGreaterThan(200 * 1024 * 1024);

    const preview = await laptop().core.archive.stage(file);
    expect(preview).toMatchObject({ errors: [], mode: 'new', counts: { notes: 2 + count } });
  }, 120_000);
});
