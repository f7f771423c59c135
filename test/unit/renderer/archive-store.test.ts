import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createApiClient } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

function storeOverRealCore() {
  const { dispatch, core, dbPath } = newCore();
  const bridge: Bridge = { invoke: (channel, payload) => dispatch(TRUSTED, channel, payload), on: () => () => undefined };
  return { store: createAppStore(createApiClient(bridge)), core, folder: path.dirname(dbPath) };
}

describe('archive slice', () => {
  it('imports a previewed archive once, then shows the report and the engagement in the list', async () => {
    const { store, core, folder } = storeOverRealCore();
    const e = await store.getState().createEngagement({ clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const file = path.join(folder, 'n.auditweek');
    await core.archive.exportTo(e.id, file);
    await store.getState().deleteEngagement(e.id);
    expect(store.getState().engagements).toEqual([]);

    // A cancelled file dialog leaves nothing open.
    expect(await store.getState().chooseArchive()).toBe(false);
    expect(store.getState().archivePreview).toBeNull();

    store.getState().showArchivePreview(await core.archive.stage(file));
    await Promise.all([store.getState().importArchive(), store.getState().importArchive()]);
    expect(store.getState().archiveReport).toMatchObject({ engagementId: e.id, created: true, conflicts: [] });
    expect(store.getState().engagements.map((x) => x.clientName)).toEqual(['Northwind']);
    store.getState().closeArchive();
    expect(store.getState()).toMatchObject({ archivePreview: null, archiveReport: null });
  });

  it('keeps the preview open with the reason when the file went bad between preview and import', async () => {
    const { store, core, folder } = storeOverRealCore();
    const e = await store.getState().createEngagement({ clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const file = path.join(folder, 'n.auditweek');
    await core.archive.exportTo(e.id, file);
    store.getState().showArchivePreview(await core.archive.stage(file));
    writeFileSync(file, 'no longer an archive');
    await store.getState().importArchive();
    expect(store.getState().archiveReport).toBeNull();
    expect(store.getState().archiveError).toMatch(/not an Audit Workshop engagement archive/);
    expect(store.getState().archivePreview).not.toBeNull();
  });
});
