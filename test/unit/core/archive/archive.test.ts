import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeArchive, readArchiveFile } from '../../../../electron/core/archive/archive-file';
import { decodeArchive } from '../../../support/archive-bytes';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { ARCHIVE_FORMAT_VERSION, ARCHIVE_MAGIC } from '../../../../shared/archive/archive-format';
import type { ArchiveTables } from '../../../../shared/archive/archive-tables';
import type { Engagement } from '../../../../shared/domain/engagement';
import { AppError } from '../../../../shared/ipc/result';
import { TRUSTED, useTestCore } from '../../helpers/core';
import { hashAllTables } from '../../helpers/db-hash';
import { seedEngagement } from '../../helpers/seed-engagement';

const newCore = useTestCore();

function tablesIn(file: string): ArchiveTables {
  return (decodeArchive(readFileSync(file), LATEST_SCHEMA_VERSION).content as { tables: ArchiveTables }).tables;
}

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_archive');
    return (error as AppError).message;
  }
  throw new Error('expected the archive to be refused');
}

describe('engagement archive', () => {
  it('holds every row of the engagement, deleted notes included, and brings a deleted engagement back identically', async () => {
    const { core, dispatch, dbPath } = newCore();
    const { engagement, call } = await seedEngagement(dispatch);
    await seedEngagement(dispatch, 'Someone else');
    const file = path.join(path.dirname(dbPath), 'northwind.auditweek');
    await core.archive.exportTo(engagement.id, file);
    const before = tablesIn(file);
    expect(before.notes).toHaveLength(3);
    expect(before.notes!.filter((n) => n.deleted_at !== null)).toHaveLength(1);
    for (const table of ['participants', 'sessions', 'assessment_criterion_scores', 'assessment_ml_test_scores', 'assessment_cause_ratings', 'cost_scenarios']) {
      expect(before[table]!.length, table).toBeGreaterThan(0);
      expect(before[table]!.every((row) => row.engagement_id === engagement.id)).toBe(true);
    }

    await call('engagements:delete', { id: engagement.id });
    const preview = await core.archive.stage(file);
    expect(preview).toMatchObject({ errors: [], mode: 'new', counts: { notes: 2, participants: 1, findings: 0 } });
    const report = await call('archive:import', { token: preview.token });
    expect(report).toMatchObject({ created: true, conflicts: [], renumbered: [] });

    const again = path.join(path.dirname(dbPath), 'again.auditweek');
    await core.archive.exportTo(engagement.id, again);
    expect(tablesIn(again)).toEqual(before);
    expect((await call<Engagement[]>('engagements:list', {})).map((e) => e.clientName).sort()).toEqual(['Northwind', 'Someone else']);
  });

  it('reads an archive in format 1, one JSON object, as versions before lines wrote it', async () => {
    const { core, dispatch, dbPath } = newCore();
    const { engagement, call } = await seedEngagement(dispatch);
    const { header, content } = decodeArchive(core.archive.exportBytes(engagement.id));
    const json = Buffer.from(JSON.stringify(content), 'utf8');
    const v1 = { ...header, formatVersion: 1, contentBytes: json.length, sha256: createHash('sha256').update(json).digest('hex') };
    const file = path.join(path.dirname(dbPath), 'old.auditweek');
    writeFileSync(file, Buffer.concat([Buffer.from(`${ARCHIVE_MAGIC}${JSON.stringify(v1)}\n`), gzipSync(json)]));
    await call('engagements:delete', { id: engagement.id });

    expect(await core.archive.stage(file)).toMatchObject({ errors: [], mode: 'new', counts: { notes: 2 } });
    expect(await core.archive.importFile(file)).toMatchObject({ created: true, conflicts: [], renumbered: [] });
    expect(decodeArchive(core.archive.exportBytes(engagement.id)).content).toEqual(content);
  });

  it('changes nothing when the same archive is imported twice', async () => {
    const { core, dispatch, dbPath } = newCore();
    const { engagement } = await seedEngagement(dispatch);
    const file = path.join(path.dirname(dbPath), 'n.auditweek');
    await core.archive.exportTo(engagement.id, file);
    const hash = hashAllTables(core.db);
    expect(await core.archive.importFile(file)).toMatchObject({ created: false, inserted: 0, updated: 0 });
    expect(hashAllTables(core.db)).toBe(hash);
  });

  it('refuses a damaged, cut-short, tampered or future file with a clear message and changes nothing', async () => {
    const { core, dispatch, dbPath } = newCore();
    const { engagement, call } = await seedEngagement(dispatch);
    const file = path.join(path.dirname(dbPath), 'n.auditweek');
    await core.archive.exportTo(engagement.id, file);
    await call('engagements:delete', { id: engagement.id });
    const good = readFileSync(file);
    const { header, content } = decodeArchive(good, LATEST_SCHEMA_VERSION);
    const hash = hashAllTables(core.db);
    const importBytes = (bytes: Buffer) => {
      writeFileSync(file, bytes);
      return refusal(() => core.archive.importFile(file));
    };

    expect(await importBytes(good.subarray(0, good.length - 20))).toMatch(/incomplete or damaged/);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 40]! ^= 0xff;
    expect(await importBytes(flipped)).toMatch(/cannot be imported/);
    expect(await importBytes(Buffer.from('PK\u0003\u0004 a zip file'))).toMatch(/not an Audit Workshop engagement archive/);
    const base = { schemaVersion: header.schemaVersion, appVersion: header.appVersion, exportedAt: header.exportedAt, engagementId: header.engagementId };
    expect(await importBytes(encodeArchive({ ...base, schemaVersion: LATEST_SCHEMA_VERSION + 10 }, content as never))).toMatch(/newer version/);
    const headerLine = JSON.stringify({ ...header, formatVersion: ARCHIVE_FORMAT_VERSION + 1 });
    expect(await importBytes(Buffer.concat([Buffer.from(ARCHIVE_MAGIC + headerLine + '\n'), good.subarray(good.indexOf(0x0a, ARCHIVE_MAGIC.length) + 1)]))).toMatch(/newer version/);

    // Tampering that keeps the checksum right is caught by validation: a note pointing nowhere.
    const tampered = structuredClone(content) as { tables: ArchiveTables };
    tampered.tables.notes![0]!.speaker_id = '00000000-0000-4000-8000-000000000000';
    expect(await importBytes(encodeArchive(base, tampered as never))).toMatch(/does not hold/);
    const foreign = structuredClone(content) as { tables: ArchiveTables };
    foreign.tables.sessions![0]!.engagement_id = '00000000-0000-4000-8000-000000000000';
    expect(await importBytes(encodeArchive(base, foreign as never))).toMatch(/another engagement/);
    expect(hashAllTables(core.db)).toBe(hash);
  });

  describe('a zip bomb', () => {
    /** Eight megabytes of spaces, packed to about eight kilobytes, behind a header declaring `contentBytes`. */
    function bomb(folder: string, contentBytes: number): string {
      const header = {
        formatVersion: ARCHIVE_FORMAT_VERSION,
        schemaVersion: 10,
        appVersion: 'x',
        exportedAt: '2026-03-02T10:00:00.000Z',
        engagementId: '00000000-0000-4000-8000-000000000000',
        contentBytes,
        sha256: '0'.repeat(64),
      };
      const file = path.join(folder, 'bomb.auditweek');
      writeFileSync(file, Buffer.concat([Buffer.from(`${ARCHIVE_MAGIC}${JSON.stringify(header)}\n`), gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))]));
      return file;
    }

    /** Reads the file as an import does, counting what is unpacked and passed on. */
    async function unpacked(file: string): Promise<{ bytes: number; refusal: string }> {
      let bytes = 0;
      const ignore = { start: () => undefined, table: () => undefined, row: () => undefined };
      const refused = await refusal(() => readArchiveFile(file, LATEST_SCHEMA_VERSION, ignore, (done) => (bytes = done)));
      return { bytes, refusal: refused };
    }

    it('stops unpacking at the size its header declares, and the import says why, changing nothing', async () => {
      const { core, dbPath } = newCore();
      const declared = 200_000;
      const file = bomb(path.dirname(dbPath), declared);
      const { bytes, refusal: refused } = await unpacked(file);
      expect(refused).toMatch(/unpacks to more than its header says/);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(declared);
      const hash = hashAllTables(core.db);
      expect(await refusal(() => core.archive.importFile(file))).toMatch(/unpacks to more than its header says/);
      expect((await core.archive.stage(file)).errors.join(' ')).toMatch(/unpacks to more than its header says/);
      expect(hashAllTables(core.db)).toBe(hash);
    });

    it('is refused before anything is unpacked when its header declares more than a hundred times its size', async () => {
      const { dbPath } = newCore();
      const { bytes, refusal: refused } = await unpacked(bomb(path.dirname(dbPath), 8 * 1024 * 1024));
      expect(refused).toMatch(/more than 100 times its size/);
      expect(bytes).toBe(0);
    });
  });

  it('treats a missing picker as a cancel and an unknown token as not found, writing nothing', async () => {
    const { core, dispatch } = newCore();
    const { engagement } = await seedEngagement(dispatch);
    const hash = hashAllTables(core.db);
    // The test core has no picker, so a save is a cancel and writes nothing.
    expect(await dispatch(TRUSTED, 'archive:export', { engagementId: engagement.id })).toEqual({ ok: true, value: { saved: false, fileName: null } });
    expect(await dispatch(TRUSTED, 'archive:inspect', {})).toEqual({ ok: true, value: null });
    const missing = await dispatch(TRUSTED, 'archive:import', { token: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(hashAllTables(core.db)).toBe(hash);
  });
});
