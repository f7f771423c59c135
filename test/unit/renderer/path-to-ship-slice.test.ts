import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createApiClient } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

/** A store over a real core; `hold` makes one channel's replies wait until `release` is called. */
function storeOverRealCore(hold?: string) {
  const { dispatch } = newCore();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const bridge: Bridge = {
    invoke: async (channel, payload) => {
      const reply = await dispatch(TRUSTED, channel, payload);
      if (channel === hold) await gate;
      return reply;
    },
    on: () => () => undefined,
  };
  return { store: createAppStore(createApiClient(bridge)), release };
}

describe('path to ship slice', () => {
  it('keeps what the core returns: phases reordered, deleted and restored', async () => {
    const { store } = storeOverRealCore();
    const engagement = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    await store.getState().loadPathToShip(engagement.id);
    expect(store.getState()).toMatchObject({ pathLoad: 'ready', pathToShip: { engagementId: engagement.id, phases: [], recommendation: null } });
    await store.getState().addPhase({ engagementId: engagement.id, name: 'Harden', targetWeek: 4 });
    await store.getState().addPhase({ engagementId: engagement.id, name: 'Scale', targetWeek: 20 });
    const names = () => store.getState().pathToShip!.phases.map((p) => p.name);
    const scale = store.getState().pathToShip!.phases[1]!;
    await store.getState().movePhase(scale.id, 0);
    expect(names()).toEqual(['Scale', 'Harden']);
    const deleted = await store.getState().deletePhase(scale.id);
    expect(names()).toEqual(['Harden']);
    await store.getState().restorePhase(deleted);
    expect(names()).toEqual(['Scale', 'Harden']);
  });

  it('drops a reply for an engagement that is no longer open', async () => {
    const { store, release } = storeOverRealCore('path:save-system');
    const first = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    const second = await store.getState().createEngagement({ clientName: 'C', pilotName: 'D', weekStart: '2026-03-09' });
    await store.getState().loadPathToShip(first.id);
    const write = store.getState().saveSystem({ engagementId: first.id, name: 'SAP' });
    await store.getState().loadPathToShip(second.id);
    release();
    await write;
    expect(store.getState().pathToShip).toMatchObject({ engagementId: second.id, systems: [] });
  });
});
