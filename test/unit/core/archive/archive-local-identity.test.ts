import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeArchive } from '../../../../electron/core/archive/archive-file';
import { decodeArchive } from '../../../support/archive-bytes';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import type { ArchiveHeader } from '../../../../shared/archive/archive-format';
import type { ArchiveTables } from '../../../../shared/archive/archive-tables';
import { TRUSTED, useTestCore, type TestCore } from '../../helpers/core';
import { hashAllTables } from '../../helpers/db-hash';
import { seedEngagement } from '../../helpers/seed-engagement';

const newCore = useTestCore();

type Content = { engagementId: string; tables: ArchiveTables };

async function exported(from: TestCore, engagementId: string): Promise<{ header: ArchiveHeader; content: Content }> {
  const file = path.join(path.dirname(from.dbPath), `${engagementId}.auditweek`);
  await from.core.archive.exportTo(engagementId, file);
  const { header, content } = decodeArchive(readFileSync(file), LATEST_SCHEMA_VERSION);
  return { header, content: content as Content };
}

/** The edited archive as a file beside the laptop's data, with its checksum made right again. */
function rewritten(on: TestCore, header: ArchiveHeader, content: Content): string {
  const file = path.join(path.dirname(on.dbPath), 'edited.auditweek');
  const { schemaVersion, appVersion, exportedAt, engagementId } = header;
  writeFileSync(file, encodeArchive({ schemaVersion, appVersion, exportedAt, engagementId }, content));
  return file;
}

/** Previews and then imports the file through the window's channels; both must refuse it with `message`, writing nothing. */
async function expectRefused(laptop: TestCore, file: string, message: string): Promise<void> {
  const hash = hashAllTables(laptop.core.db);
  const preview = await laptop.core.archive.stage(file);
  expect(preview.mode).toBeNull();
  expect(preview.errors.join(' ')).toContain(message);
  const result = await laptop.dispatch(TRUSTED, 'archive:import', { token: preview.token });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_archive', message: expect.stringContaining(message) } });
  if (!result.ok) expect(result.error.message).toMatch(/Nothing was changed\.$/);
  expect(hashAllTables(laptop.core.db)).toBe(hash);
  expect(laptop.unexpected).toEqual([]);
}

describe('importing an archive whose records this laptop already holds elsewhere', () => {
  it('refuses, in the preview and the import, a note whose id belongs to a note of another engagement', async () => {
    const laptop = newCore();
    const acme = await seedEngagement(laptop.dispatch, 'Acme');
    const colleague = newCore();
    const northwind = await seedEngagement(colleague.dispatch, 'Northwind');
    const { header, content } = await exported(colleague, northwind.engagement.id);
    const note = content.tables.notes![0]!;
    note.id = acme.notes[0]!.id;

    await expectRefused(
      laptop,
      rewritten(laptop, header, content),
      `The archive’s note ${String(note.ref)} has the same identity as one in the engagement “Acme”, so it cannot be imported here.`,
    );
  });

  it('refuses a record whose id this engagement already gives to another record', async () => {
    const laptop = newCore();
    const { engagement } = await seedEngagement(laptop.dispatch, 'Acme');
    const { header, content } = await exported(laptop, engagement.id);
    // The same row under another criterion: the merge sees a new score, whose id is taken here.
    const score = content.tables.assessment_criterion_scores![0]!;
    score.criterion_id = 'pf-success-metrics';

    await expectRefused(
      laptop,
      rewritten(laptop, header, content),
      'The archive’s criterion score pf-success-metrics has the same identity as another one of this engagement, so it cannot be imported here.',
    );
  });

  it('still imports an archive of another engagement that shares no record with this laptop', async () => {
    const laptop = newCore();
    await seedEngagement(laptop.dispatch, 'Acme');
    const colleague = newCore();
    const northwind = await seedEngagement(colleague.dispatch, 'Northwind');
    const { header, content } = await exported(colleague, northwind.engagement.id);

    const preview = await laptop.core.archive.stage(rewritten(laptop, header, content));
    expect(preview).toMatchObject({ errors: [], mode: 'new' });
    expect(await laptop.dispatch(TRUSTED, 'archive:import', { token: preview.token })).toMatchObject({ ok: true, value: { created: true } });
  });
});
