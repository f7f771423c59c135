import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import { createApiClient, ApiError } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { hashToRoute, routeToHash } from '../../../renderer/store/route';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

function storeOverRealCore() {
  const { dispatch } = newCore();
  const bridge: Bridge = { invoke: (channel, payload) => dispatch(TRUSTED, channel, payload), on: () => () => undefined };
  return createAppStore(createApiClient(bridge));
}

describe('app store', () => {
  it('creates, lists, archives and deletes engagements through the api', async () => {
    const store = storeOverRealCore();
    await store.getState().loadEngagements();
    expect(store.getState()).toMatchObject({ engagements: [], engagementsLoad: 'ready' });
    const created = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    expect(store.getState().engagements.map((e) => e.id)).toEqual([created.id]);
    await store.getState().archiveEngagement(created.id);
    expect(store.getState().engagements).toEqual([]);
    await store.getState().setShowArchived(true);
    expect(store.getState().engagements).toHaveLength(1);
    await store.getState().deleteEngagement(created.id);
    expect(store.getState().engagements).toEqual([]);
  });

  it('loads the sample into the list, and finds it again on a second try', async () => {
    const store = storeOverRealCore();
    const first = await store.getState().loadSample();
    expect(first.created).toBe(true);
    expect(store.getState().engagements.map((e) => [e.id, e.clientName])).toEqual([[first.engagementId, 'Halden Industrial Supply']]);
    expect(await store.getState().loadSample()).toEqual({ engagementId: first.engagementId, created: false });
    expect(store.getState().engagements).toHaveLength(1);
  });

  it('turns a failed request into an ApiError with the field messages', async () => {
    const store = storeOverRealCore();
    const error = await store.getState().createEngagement({ clientName: '', pilotName: 'B', weekStart: 'soon' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fields).toEqual({ clientName: 'Client name is required.', weekStart: 'Use a date in the form YYYY-MM-DD.' });
  });

  it('records a load failure so the screen can offer to retry', async () => {
    const failing = createDispatcher({ handlers: () => ({}) as never, translateError: (e) => e, trustedOrigin: 'app://workshop', onUnexpectedError: () => undefined });
    const store = createAppStore(createApiClient({ invoke: (c, p) => failing({ url: 'https://x', isMainFrame: true }, c, p), on: () => () => undefined }));
    await store.getState().loadEngagements();
    expect(store.getState()).toMatchObject({ engagementsLoad: 'error', engagementsError: expect.stringMatching(/refused/) });
  });

  it('notifications are added and dismissed', () => {
    const store = storeOverRealCore();
    const id = store.getState().notify({ tone: 'info', message: 'Hello' });
    expect(store.getState().toasts).toEqual([{ id, tone: 'info', message: 'Hello' }]);
    store.getState().dismiss(id);
    expect(store.getState().toasts).toEqual([]);
  });
});

describe('draft flushing before a quit', () => {
  it('writes every registered draft, waits for each to settle, and skips one that was unregistered', async () => {
    const store = storeOverRealCore();
    const written: string[] = [];
    let finishSlow: () => void = () => undefined;
    store.getState().registerDraftFlush(async () => {
      written.push('capture box');
    });
    store.getState().registerDraftFlush(
      () =>
        new Promise<void>((resolve) => {
          finishSlow = () => {
            written.push('slow');
            resolve();
          };
        }),
    );
    store.getState().registerDraftFlush(() => Promise.reject(new Error('disk full')));
    const unregister = store.getState().registerDraftFlush(async () => {
      written.push('left the screen');
    });
    unregister();

    let settled = false;
    const flushing = store.getState().flushDrafts().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finishSlow();
    await flushing;
    expect(written).toEqual(['capture box', 'slow']);
  });
});

describe('routes', () => {
  it('round-trip through the location hash, and an unknown hash goes home', () => {
    const route = { name: 'workspace', engagementId: 'abc', section: 'board' } as const;
    expect(hashToRoute(routeToHash(route))).toEqual(route);
    expect(hashToRoute('#/engagements/abc/nonsense')).toEqual({ ...route, section: 'agenda' });
    expect(hashToRoute('#/whatever')).toEqual({ name: 'engagements' });
    expect(hashToRoute('')).toEqual({ name: 'engagements' });
    for (const name of ['settings', 'library'] as const) expect(hashToRoute(routeToHash({ name }))).toEqual({ name });
  });
});

describe('cost model slice', () => {
  it('creates, saves, duplicates, renames and deletes scenarios of the open engagement', async () => {
    const store = storeOverRealCore();
    const engagement = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    await store.getState().loadCostScenarios(engagement.id);
    expect(store.getState()).toMatchObject({ costScenarios: [], costLoad: 'ready', costEngagementId: engagement.id });

    const base = await store.getState().createCostScenario(engagement.id);
    await store.getState().saveCostInputs(base.id, { ...base.inputs, modelCostPerQuery: 0.02 });
    const copy = await store.getState().duplicateCostScenario(base.id);
    await store.getState().renameCostScenario(copy.id, 'Cheaper');
    expect(store.getState().costScenarios.map((s) => [s.name, s.inputs.modelCostPerQuery])).toEqual([
      ['Scenario', 0.02],
      ['Cheaper', 0.02],
    ]);
    await store.getState().deleteCostScenario(base.id);
    await store.getState().loadCostScenarios(engagement.id);
    expect(store.getState().costScenarios.map((s) => s.name)).toEqual(['Cheaper']);
  });
});

describe('cost model slice, failed save', () => {
  it('puts the stored inputs back when a save is refused', async () => {
    const store = storeOverRealCore();
    const engagement = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    await store.getState().loadCostScenarios(engagement.id);
    const base = await store.getState().createCostScenario(engagement.id);
    const error = await store.getState().saveCostInputs(base.id, { ...base.inputs, accuracyPct: 140 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(store.getState().costScenarios[0]?.inputs.accuracyPct).toBe(base.inputs.accuracyPct);
  });
});
