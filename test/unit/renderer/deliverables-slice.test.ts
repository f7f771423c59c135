import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { ExportProgress } from '../../../shared/ipc/deliverables-contract';
import { createApiClient } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestRuntime } from '../helpers/core';
import { solidPng } from '../helpers/png';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const start = useTestRuntime();

/** A store over a real core whose folder dialog answers `folder`; progress events reach the bridge's listeners. */
function storeOver(folder: string | null) {
  const listeners = new Set<(payload: unknown) => void>();
  const seen: ExportProgress[] = [];
  const { dispatch } = start({
    userDataDir: tempDir(),
    deliverablesHost: {
      chooseFolder: async () => folder,
      renderPdf: async () => new TextEncoder().encode('%PDF-stand-in'),
      renderPng: async (_html, size) => solidPng(size.width, size.height),
      onProgress: (p) => listeners.forEach((l) => l(p)),
    },
  });
  const bridge: Bridge = {
    invoke: (channel, payload) => dispatch(TRUSTED, channel, payload),
    on: (channel, listener) => {
      if (channel !== 'deliverables:progress') return () => undefined;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const store = createAppStore(createApiClient(bridge));
  store.subscribe((s) => {
    if (s.exportProgress && s.exportProgress !== seen.at(-1)) seen.push(s.exportProgress);
  });
  return { store, seen, listeners, dispatch };
}

async function engagementId(dispatch: ReturnType<typeof start>['dispatch']): Promise<string> {
  const result = await dispatch(TRUSTED, 'engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: string }).id;
}

describe('deliverables slice', () => {
  it('reloads the preview with new options, and lists the files an export wrote while showing progress', async () => {
    const { store, seen, listeners, dispatch } = storeOver(tempDir());
    const id = await engagementId(dispatch);
    await store.getState().loadReportPreview(id);
    expect(store.getState().reportPreview?.appendices.agenda).not.toBeNull();
    await store.getState().setReportOptions(id, { redactNames: true, appendices: ['evidence'] });
    expect(store.getState().reportPreview?.appendices.agenda).toBeNull();
    expect(store.getState().reportPreview?.cover.redacted).toBe(true);

    await store.getState().reviewExport(id, { kind: 'day', day: 1 });
    expect(store.getState().releaseReview?.check).toMatchObject({ title: 'Day 1 readout', files: ['Day 1 readout.pdf', 'Day 1 readout.md'] });
    await store.getState().confirmExport();
    expect(store.getState().releaseReview).toBeNull();
    expect(store.getState().exportOutcome).toEqual({ kind: 'written', folderName: expect.stringMatching(/^Acme day 1 /), files: ['Day 1 readout.pdf', 'Day 1 readout.md'] });
    expect(seen.map((p) => p.file)).toEqual(['Day 1 readout.pdf', 'Day 1 readout.md', null]);
    expect(store.getState()).toMatchObject({ exporting: false, exportProgress: null });
    expect(listeners.size).toBe(0);
  });

  it('shows the reason when the folder cannot be written', async () => {
    const { store, dispatch } = storeOver('/no/such/folder');
    const id = await engagementId(dispatch);
    await store.getState().reviewExport(id, { kind: 'week' });
    await store.getState().confirmExport();
    expect(store.getState().exportOutcome).toEqual({ kind: 'failed', message: expect.stringContaining('the folder no longer exists') });
  });

  it('writes nothing when what the client receives changed after the review, and shows the new list to confirm again', async () => {
    const folder = tempDir();
    const { store, dispatch } = storeOver(folder);
    const id = await engagementId(dispatch);
    await store.getState().reviewExport(id, { kind: 'week' });
    expect(store.getState().releaseReview?.check.counts.total.notes).toBe(0);
    await dispatch(TRUSTED, 'notes:create', { engagementId: id, day: 1, text: 'Month end doubles the load' });

    await store.getState().confirmExport();
    expect(readdirSync(folder)).toEqual([]);
    expect(store.getState().exportOutcome).toBeNull();
    expect(store.getState().releaseReview).toMatchObject({ changed: true, check: { counts: { total: { notes: 1 } } } });

    store.getState().cancelExport();
    expect(store.getState().releaseReview).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });
});
