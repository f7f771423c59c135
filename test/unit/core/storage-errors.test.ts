import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confirmedExport } from '../helpers/confirmed-export';
import { TRUSTED, useTestCore, stubDeliverablesHost } from '../helpers/core';
import { seedEngagement } from '../helpers/seed-engagement';
import { useTempDir } from '../helpers/temp-dir';

const newCore = useTestCore();
const tempDir = useTempDir();

const countRows = (db: ReturnType<typeof newCore>['core']['db'], table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

// Async channels used to bypass the translation and reach the user as "Unexpected error: …".
describe('storage errors on channels that answer later', () => {
  it('a full disk while loading the sample is told in plain words, and no part of the sample stays', async () => {
    const { dispatch, core, unexpected } = newCore();
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true }) as number}`);

    const result = await dispatch(TRUSTED, 'sample:load', {});

    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full', message: expect.stringMatching(/disk is full/) } });
    expect(countRows(core.db, 'engagements')).toBe(0);
    expect(countRows(core.db, 'notes')).toBe(0);
    expect(unexpected).toEqual([]);
  });

  it('a data file that cannot be written stops the week pack before any file is written', async () => {
    const folder = tempDir();
    const { dispatch, core, unexpected } = newCore({ deliverablesHost: stubDeliverablesHost(folder) });
    const { engagement } = await seedEngagement(dispatch);
    const releasesBefore = countRows(core.db, 'releases');
    core.db.pragma('query_only = 1');

    const result = await confirmedExport(dispatch, { engagementId: engagement.id });

    expect(result).toMatchObject({ ok: false, error: { code: 'storage_readonly', message: expect.stringMatching(/cannot be written/) } });
    core.db.pragma('query_only = 0');
    expect(countRows(core.db, 'releases')).toBe(releasesBefore);
    expect(unexpected).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });
});

// Every write is checked before SQLite sees it; should a check be missing, SQLite's own words
// ("UNIQUE constraint failed: …") must still not reach the window, and the failure is still reported.
describe('a constraint the data file refuses', () => {
  it('comes back as a conflict in plain words, changes nothing and is reported as unexpected', async () => {
    const { dispatch, core, unexpected } = newCore();
    const { engagement } = await seedEngagement(dispatch);
    // A rule the services do not know of, so the write reaches SQLite and is refused there.
    core.db.exec('CREATE UNIQUE INDEX test_one_note_per_day ON notes (engagement_id, day) WHERE day = 3');
    const first = await dispatch(TRUSTED, 'notes:create', { engagementId: engagement.id, day: 3, text: 'First on day three' });
    expect(first.ok).toBe(true);
    const notesBefore = countRows(core.db, 'notes');

    const result = await dispatch(TRUSTED, 'notes:create', { engagementId: engagement.id, day: 3, text: 'Second on day three' });

    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^This change was not saved: it clashes with what is already stored/) } });
    expect(JSON.stringify(result)).not.toMatch(/constraint|Unexpected error/i);
    expect(countRows(core.db, 'notes')).toBe(notesBefore);
    expect(unexpected).toEqual([expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' })]);
  });
});
