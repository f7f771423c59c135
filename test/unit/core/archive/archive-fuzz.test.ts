import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeArchive } from '../../../../electron/core/archive/archive-file';
import { decodeArchive } from '../../../support/archive-bytes';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { ARCHIVE_MAGIC, type ArchiveHeader } from '../../../../shared/archive/archive-format';
import { ARCHIVE_TABLES, type ArchiveTables } from '../../../../shared/archive/archive-tables';
import { validateArchiveContent } from '../../../../shared/archive/validate-archive';
import { MAX_DAYS } from '../../../../shared/domain/limits';
import { AppError } from '../../../../shared/ipc/result';
import { TRUSTED, useTestCore } from '../../helpers/core';
import { hashAllTables } from '../../helpers/db-hash';
import { seedEveryTable } from '../../helpers/seed-engagement';

const newCore = useTestCore();
const SEED = 424242;

type Content = { engagementId: string; tables: ArchiveTables };

/** One engagement exported by one laptop, and another laptop with data of its own to import into. */
async function setUp() {
  const source = newCore();
  const { engagement } = await seedEveryTable(source.dispatch);
  const file = path.join(path.dirname(source.dbPath), 'fuzz.auditweek');
  await source.core.archive.exportTo(engagement.id, file);
  const valid = readFileSync(file);
  const { header, content } = decodeArchive(valid, LATEST_SCHEMA_VERSION);
  const target = newCore();
  await seedEveryTable(target.dispatch, 'Already here');
  // Thousands of commits: durability is not what this test is about, and fsync would dominate it.
  target.core.db.pragma('synchronous = OFF');
  const baseline = hashAllTables(target.core.db);
  // Cheaper than a full hash per case: total_changes counts every row any statement wrote.
  const out = path.join(path.dirname(target.dbPath), 'roundtrip.auditweek');
  const writes = target.core.db.prepare<[], number>('SELECT total_changes()').pluck();

  /**
   * Imports the bytes into the target. A refusal must be an invalid_archive error that left every
   * table as it was; an accepted archive must come back out of the database exactly as it went in.
   */
  async function check(bytes: Uint8Array, expected: Content | null): Promise<void> {
    const before = writes.get();
    let accepted = false;
    try {
      await target.core.archive.importBytes(Buffer.from(bytes));
      accepted = true;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_archive');
    }
    if (!accepted) {
      expect(writes.get()).toBe(before);
      return;
    }
    const id = (expected ?? (content as Content)).engagementId;
    await target.core.archive.exportTo(id, out);
    const roundTripped = decodeArchive(readFileSync(out), LATEST_SCHEMA_VERSION).content as Content;
    if (expected) expect(roundTripped.tables).toEqual(expected.tables);
    else expect(roundTripped).toEqual(content);
    target.core.db.prepare('DELETE FROM engagements WHERE id = ?').run(id);
    expect(hashAllTables(target.core.db)).toBe(baseline);
  }

  const unchanged = () => expect(hashAllTables(target.core.db)).toBe(baseline);
  return { valid, header, content: content as Content, check, unchanged, target, baseline };
}

function reencode(header: ArchiveHeader, content: Content): Buffer {
  const { schemaVersion, appVersion, exportedAt, engagementId } = header;
  return encodeArchive({ schemaVersion, appVersion, exportedAt, engagementId }, content);
}

const anyValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.uuid(),
  fc.constantFrom('2026-03-02T09:00:00.000Z', '2026-03-02', 'D1-001', '[]', '{}', 'partly', 'client', 0.5, 1),
);

describe('archive fuzzing', () => {
  it('refuses flipped, cut-short and random bytes without a crash or a partial import (9,200 files)', async () => {
    const { valid, check, unchanged } = await setUp();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 4 }), async (flips) => {
        const bytes = Buffer.from(valid);
        for (const { at, xor } of flips) bytes[at % bytes.length]! ^= xor;
        await check(bytes, null);
      }),
      { seed: SEED, numRuns: 5700 },
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), (cut) => check(valid.subarray(0, cut % valid.length), null)),
      { seed: SEED, numRuns: 1500 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), (random, withMagic) =>
        check(withMagic ? Buffer.concat([Buffer.from(ARCHIVE_MAGIC), random]) : random, null),
      ),
      { seed: SEED, numRuns: 2000 },
    );
    unchanged();
  }, 120_000);

  const DAMAGED_BODY = /it unpacks to more than its header says|it is incomplete or damaged/;

  it('gives a file read on the background thread, a piece at a time, the verdict the same bytes get in memory (600 flipped or cut files)', async () => {
    const { valid, content, target, unchanged } = await setUp();
    const file = path.join(path.dirname(target.dbPath), 'streamed.auditweek');
    /** The refusal's words, or "imported" (the import is then undone, as the other checks do). */
    const verdict = async (run: () => Promise<unknown>): Promise<string> => {
      try {
        await run();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).message;
      }
      target.core.db.prepare('DELETE FROM engagements WHERE id = ?').run(content.engagementId);
      return 'imported';
    };
    const flipped = fc
      .array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 4 })
      .map((flips) => {
        const bytes = Buffer.from(valid);
        for (const { at, xor } of flips) bytes[at % bytes.length]! ^= xor;
        return bytes;
      });
    const cut = fc.nat().map((at) => valid.subarray(0, at % valid.length));
    await fc.assert(
      fc.asyncProperty(fc.oneof(flipped, cut), async (bytes) => {
        writeFileSync(file, bytes);
        const streamed = await verdict(() => target.core.archive.importFile(file));
        const inMemory = await verdict(() => target.core.archive.importBytes(bytes));
        // A flipped bit in the compressed body can make zlib write past the declared size before it
        // reaches the byte it cannot decode: read a piece at a time, the size is noticed first; read
        // whole, the bad byte. Both refuse the file as damaged, so either wording is the same verdict.
        if (DAMAGED_BODY.test(streamed) && DAMAGED_BODY.test(inMemory)) return;
        expect(streamed).toBe(inMemory);
      }),
      { seed: SEED, numRuns: 600 },
    );
    unchanged();
  }, 120_000);

  it('imports a changed archive with a correct checksum only when every row is valid, and then identically (800 archives)', async () => {
    const { header, content, check, unchanged } = await setUp();
    const change = fc.record({
      table: fc.nat(),
      row: fc.nat(),
      column: fc.nat(),
      action: fc.constantFrom('set', 'set', 'set', 'drop', 'add', 'remove-row', 'duplicate-row'),
      value: anyValue,
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        const mutated = structuredClone(content);
        for (const c of changes) {
          const rows = mutated.tables[ARCHIVE_TABLES[c.table % ARCHIVE_TABLES.length]!.table]!;
          if (rows.length === 0) continue;
          const index = c.row % rows.length;
          const row = rows[index]!;
          const columns = Object.keys(row);
          const column = columns[c.column % columns.length]!;
          if (c.action === 'set') row[column] = c.value as never;
          if (c.action === 'drop') delete row[column];
          if (c.action === 'add') row.extra_column = c.value as never;
          if (c.action === 'remove-row') rows.splice(index, 1);
          if (c.action === 'duplicate-row') rows.push({ ...row });
        }
        const validation = validateArchiveContent(mutated);
        if (validation.ok) accepted += 1;
        // Accepted rows come back as validation reads them (a dropped deleted_at is read as live).
        await check(reencode(header, mutated), validation.ok ? { engagementId: validation.engagementId, tables: validation.tables } : null);
      }),
      { seed: SEED, numRuns: 800 },
    );
    // The generator must reach both sides of the validation, or the test proves little.
    expect(accepted).toBeGreaterThan(30);
    expect(accepted).toBeLessThan(770);
    unchanged();
  }, 120_000);

  it('leaves every screen of an engagement it accepted answering with valid data (250 archives)', async () => {
    const { header, content, target, baseline } = await setUp();
    const id = content.engagementId;
    // Values at the edges of what the domain allows, and beyond them, for every kind of column.
    const edgeValue = fc.constantFrom<string | number | null>(
      ' ', 'eur', 'USD', '25:99', '9:00', '23:59', '2026-13-45', '2026-03-06', '2026-03-06T10:00:00.000Z', 'next Friday',
      'pf-made-up', 'pf-success-metrics', 'monitor-7', 'monitor-99', 'wrong-owners', 'bad-luck', 'upstairs', 'approach',
      '[]', '{}', '[1]', '["x"]', '[{"text":"Why?"}]', '[{"text":""}]', 'null', '"x"', '{"redactNames":true}', '',
      'client', 'facilitator', 'note', 'finding', 'criterion', 'D9-001', 'P7', 'F99', 0, 1, 3, 11, -1, 0.5, 1e9, null,
    );
    // Most changes move a value another row already holds, so many archives stay valid and get imported.
    const change = fc.record({
      table: fc.nat(),
      row: fc.nat(),
      column: fc.nat(),
      from: fc.option(fc.nat(), { freq: 2 }),
      value: edgeValue,
    });
    const read = (channel: string, payload: unknown) => target.dispatch(TRUSTED, channel, payload);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        const mutated = structuredClone(content);
        for (const c of changes) {
          const rows = mutated.tables[ARCHIVE_TABLES[c.table % ARCHIVE_TABLES.length]!.table]!;
          if (rows.length === 0) continue;
          const row = rows[c.row % rows.length]!;
          const columns = Object.keys(row);
          const column = columns[c.column % columns.length]!;
          row[column] = c.from === null ? c.value : rows[c.from % rows.length]![column]!;
        }
        if (!validateArchiveContent(mutated).ok) return;
        await target.core.archive.importBytes(reencode(header, mutated));
        accepted += 1;

        const noteIds = mutated.tables.notes!.map((n) => String(n.id));
        const findingIds = mutated.tables.findings!.map((f) => String(f.id));
        const answers = await Promise.all([
          read('engagements:list', { includeArchived: true }),
          read('engagements:get', { id }),
          read('participants:list', { engagementId: id }),
          read('sessions:list', { engagementId: id }),
          ...Array.from({ length: MAX_DAYS }, (_, i) => read('notes:list', { engagementId: id, day: i + 1 })),
          read('notes:latest', { engagementId: id }),
          read('notes:search', { engagementId: id, query: 'invoice' }),
          read('notes:tags', { engagementId: id }),
          read('drafts:get', { engagementId: id }),
          read('findings:list', { engagementId: id }),
          read('assessment:get', { engagementId: id }),
          read('cost:list', { engagementId: id }),
          read('path:get', { engagementId: id }),
          read('deliverables:preview', { engagementId: id }),
          read('deliverables:release-check', { engagementId: id }),
          ...noteIds.map((noteId) => read('findings:for-note', { noteId })),
          ...findingIds.map((findingId) => read('findings:history', { id: findingId })),
        ]);
        // A deleted note is not found by id, which is an answer too; anything else must parse.
        const notes = await Promise.all(noteIds.map((noteId) => read('notes:get', { id: noteId })));
        for (const answer of [...answers, ...notes.filter((n) => n.ok || n.error.code !== 'not_found')]) {
          expect(answer, JSON.stringify(changes)).toMatchObject({ ok: true });
        }
        expect(target.unexpected).toEqual([]);
        target.core.db.prepare('DELETE FROM engagements WHERE id = ?').run(id);
      }),
      { seed: SEED, numRuns: 250 },
    );
    expect(accepted).toBeGreaterThan(60);
    expect(hashAllTables(target.core.db)).toBe(baseline);
  }, 120_000);
});
