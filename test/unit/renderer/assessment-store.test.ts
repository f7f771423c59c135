import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createApiClient, ApiError } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

function storeOverRealCore() {
  const { dispatch } = newCore();
  const bridge: Bridge = { invoke: (channel, payload) => dispatch(TRUSTED, channel, payload), on: () => () => undefined };
  return createAppStore(createApiClient(bridge));
}

describe('assessment slice', () => {
  it('loads an engagement’s assessment and merges each saved score, replacing the row for the same criterion', async () => {
    const store = storeOverRealCore();
    const e = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    await store.getState().loadAssessment(e.id);
    expect(store.getState()).toMatchObject({ assessmentLoad: 'ready', assessment: { engagementId: e.id, criteria: [] } });

    await store.getState().scoreCriterion(e.id, { criterionId: 'pf-outcome-owner', score: 'partly' });
    await store.getState().scoreCriterion(e.id, { criterionId: 'pf-outcome-owner', comment: 'Named, not yet agreed' });
    await store.getState().scoreMlTest(e.id, { testId: 'infra-1', points: 1 });
    await store.getState().rateCause(e.id, { causeId: 'designed-to-demo', rating: 'some-risk' });
    const a = store.getState().assessment!;
    expect(a.criteria.map((c) => [c.criterionId, c.score, c.comment])).toEqual([['pf-outcome-owner', 'partly', 'Named, not yet agreed']]);
    expect(a.mlTests.map((t) => [t.testId, t.points])).toEqual([['infra-1', 1]]);
    expect(a.causes.map((c) => [c.causeId, c.rating])).toEqual([['designed-to-demo', 'some-risk']]);
  });

  it('does not mix a late write for one engagement into another that is now open', async () => {
    const store = storeOverRealCore();
    const first = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    const second = await store.getState().createEngagement({ clientName: 'C', pilotName: 'D', weekStart: '2026-03-09' });
    await store.getState().loadAssessment(second.id);
    await store.getState().scoreCriterion(first.id, { criterionId: 'ps-recommendation', score: 'in-place' });
    expect(store.getState().assessment).toMatchObject({ engagementId: second.id, criteria: [] });
    await store.getState().loadAssessment(first.id);
    expect(store.getState().assessment?.criteria.map((c) => c.criterionId)).toEqual(['ps-recommendation']);
  });

  it('reports a failed load, and a refused write as an ApiError that changes nothing', async () => {
    const store = storeOverRealCore();
    await store.getState().loadAssessment('7b0a9a52-3c1e-4a53-9d55-0d7c4f7a1a11');
    expect(store.getState()).toMatchObject({ assessmentLoad: 'error', assessmentError: expect.stringMatching(/no longer exists/) });

    const e = await store.getState().createEngagement({ clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    await store.getState().loadAssessment(e.id);
    const error = await store.getState().scoreCriterion(e.id, { criterionId: 'pf-nope', score: 'in-place' }).catch((x: unknown) => x);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_input');
    expect(store.getState().assessment?.criteria).toEqual([]);
  });
});
