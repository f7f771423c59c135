import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { RequestChannel } from '../../../shared/ipc/channels';
import { createApiClient } from '../../../renderer/lib/api-client';
import type { AppState } from '../../../renderer/store/create-app-store';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

/** A store over a real core; once armed, the next answer on `channel` waits until the test lets it through. */
function storeHoldingNext(channel: RequestChannel) {
  const { dispatch } = newCore();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let armed = false;
  const bridge: Bridge = {
    invoke: async (asked, payload) => {
      const reply = await dispatch(TRUSTED, asked, payload);
      if (asked === channel && armed) {
        armed = false;
        await gate;
      }
      return reply;
    },
    on: () => () => undefined,
  };
  return { store: createAppStore(createApiClient(bridge)), arm: () => (armed = true), release };
}

type Case = [name: string, channel: RequestChannel, load: (s: AppState, id: string) => Promise<void>, shown: (s: AppState) => string | undefined];

const CASES: Case[] = [
  ['path to ship', 'path:get', (s, id) => s.loadPathToShip(id), (s) => s.pathToShip?.engagementId],
  ['assessment', 'assessment:get', (s, id) => s.loadAssessment(id), (s) => s.assessment?.engagementId],
  ['cost scenarios', 'cost:list', (s, id) => s.loadCostScenarios(id), (s) => s.costScenarios[0]?.engagementId],
  ['participants and sessions', 'participants:list', (s, id) => s.loadWeek(id), (s) => s.participants[0]?.engagementId],
  ['actions and decisions', 'actions:list', (s, id) => s.loadActionItems(id), (s) => s.actionItems[0]?.engagementId],
];

describe('one engagement at a time in every slice', () => {
  it.each(CASES)('%s: the answer for an engagement left while it was on the way never shows', async (_name, channel, load, shown) => {
    const { store, arm, release } = storeHoldingNext(channel);
    const state = () => store.getState();
    const [a, b] = [
      await state().createEngagement({ clientName: 'Left', pilotName: 'P', weekStart: '2026-03-02' }),
      await state().createEngagement({ clientName: 'Open', pilotName: 'P', weekStart: '2026-03-02' }),
    ];
    for (const engagement of [a, b]) {
      await state().createCostScenario(engagement.id);
      await state().saveParticipant({ engagementId: engagement.id, name: `Ana of ${engagement.clientName}`, function: 'operator', daysAttended: [1] });
      await state().saveNote({ engagementId: engagement.id, day: 1, text: 'Send the exception log', kind: 'action' });
    }

    arm();
    const first = load(state(), a.id);
    await load(state(), b.id);
    expect(shown(state())).toBe(b.id);
    release();
    await first;
    expect(shown(state())).toBe(b.id);
  });
});
