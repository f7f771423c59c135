import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../../../shared/cost-model/cost-inputs';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import type { Engagement } from '../../../shared/domain/engagement';
import { call, TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

type Dispatch = ReturnType<ReturnType<typeof useTestCore>>['dispatch'];


async function engagement(dispatch: Dispatch): Promise<Engagement> {
  return call<Engagement>(dispatch, 'engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
}

describe('cost scenarios', () => {
  it('a new scenario starts from the engagement pilot numbers and neutral defaults', async () => {
    const { dispatch, core } = newCore();
    const e = await engagement(dispatch);
    core.db
      .prepare('UPDATE engagements SET accuracy_pct = 96, pilot_volume_per_day = 150, production_volume_per_day = 20000, cost_per_query = 0.03, currency = ? WHERE id = ?')
      .run('USD', e.id);
    const s = await call<CostScenario>(dispatch, 'cost:create', { engagementId: e.id });
    expect(s).toMatchObject({ engagementId: e.id, name: 'Scenario', position: 0, deviceId: core.deviceId });
    expect(s.inputs).toEqual({
      ...DEFAULT_COST_INPUTS,
      currency: 'USD',
      accuracyPct: 96,
      pilotVolumePerDay: 150,
      productionVolumePerDay: 20_000,
      modelCostPerQuery: 0.03,
    });
    const second = await call<CostScenario>(dispatch, 'cost:create', { engagementId: e.id });
    expect([second.name, second.position]).toEqual(['Scenario 2', 1]);
  });

  it('update stores the inputs as JSON and they come back the same after reopening the file', async () => {
    const { dispatch, core } = newCore();
    const e = await engagement(dispatch);
    const s = await call<CostScenario>(dispatch, 'cost:create', { engagementId: e.id, name: 'Base case' });
    const inputs = { ...s.inputs, productionVolumePerDay: 10_000, accuracyPct: 98, falsePositiveSharePct: 40 };
    const updated = await call<CostScenario>(dispatch, 'cost:update', { id: s.id, inputs });
    expect(updated.inputs).toEqual(inputs);
    const stored = core.db.prepare('SELECT inputs FROM cost_scenarios WHERE id = ?').pluck().get(s.id) as string;
    expect(JSON.parse(stored)).toEqual(inputs);
    expect(await call<CostScenario[]>(dispatch, 'cost:list', { engagementId: e.id })).toEqual([updated]);
  });

  it('refuses invalid inputs with the field and its message, and keeps what was saved', async () => {
    const { dispatch } = newCore();
    const e = await engagement(dispatch);
    const s = await call<CostScenario>(dispatch, 'cost:create', { engagementId: e.id });
    const result = await dispatch(TRUSTED, 'cost:update', { id: s.id, inputs: { ...s.inputs, accuracyPct: 120, pilotVolumePerDay: -5 } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { 'inputs.accuracyPct': 'Accuracy cannot be more than 100 %.', 'inputs.pilotVolumePerDay': 'Pilot volume cannot be negative.' },
      },
    });
    expect(await call<CostScenario[]>(dispatch, 'cost:list', { engagementId: e.id })).toEqual([s]);
  });

  it('a damaged inputs column is reported in words, not shown half-read', async () => {
    const { dispatch, core } = newCore();
    const e = await engagement(dispatch);
    const s = await call<CostScenario>(dispatch, 'cost:create', { engagementId: e.id, name: 'Base' });
    core.db.prepare(`UPDATE cost_scenarios SET inputs = '{"accuracyPct": 300}' WHERE id = ?`).run(s.id);
    expect(await dispatch(TRUSTED, 'cost:list', { engagementId: e.id })).toMatchObject({
      ok: false,
      error: { code: 'storage_corrupt', message: expect.stringContaining('“Base”') },
    });
  });

  it('duplicate copies the inputs under a new name; rename and delete change only that scenario', async () => {
    const { dispatch } = newCore();
    const e = await engagement(dispatch);
    const base = await call<CostScenario>(dispatch, 'cost:create', { engagementId: e.id, name: 'Base' });
    const changed = await call<CostScenario>(dispatch, 'cost:update', { id: base.id, inputs: { ...base.inputs, modelCostPerQuery: 0.02 } });
    const copy = await call<CostScenario>(dispatch, 'cost:duplicate', { id: base.id });
    const copy2 = await call<CostScenario>(dispatch, 'cost:duplicate', { id: base.id });
    const named = await call<CostScenario>(dispatch, 'cost:duplicate', { id: base.id, name: 'Cheaper model' });
    expect([copy.name, copy2.name, named.name]).toEqual(['Base (copy)', 'Base (copy) 2', 'Cheaper model']);
    expect(copy.inputs).toEqual(changed.inputs);
    expect(copy.id).not.toBe(base.id);

    await call(dispatch, 'cost:rename', { id: copy.id, name: 'High volume' });
    await call(dispatch, 'cost:delete', { id: copy2.id });
    const list = await call<CostScenario[]>(dispatch, 'cost:list', { engagementId: e.id });
    expect(list.map((s) => [s.name, s.position])).toEqual([
      ['Base', 0],
      ['High volume', 1],
      ['Cheaper model', 3],
    ]);
    expect(await dispatch(TRUSTED, 'cost:delete', { id: copy2.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(TRUSTED, 'cost:rename', { id: copy.id, name: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Scenario name is required.' },
    });
  });

  it('are deleted with their engagement, and a missing engagement is named as such', async () => {
    const { dispatch, core } = newCore();
    const e = await engagement(dispatch);
    await call(dispatch, 'cost:create', { engagementId: e.id });
    await call(dispatch, 'engagements:delete', { id: e.id });
    expect(core.db.prepare('SELECT count(*) FROM cost_scenarios').pluck().get()).toBe(0);
    expect(await dispatch(TRUSTED, 'cost:create', { engagementId: e.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/engagement no longer exists/) },
    });
    expect(await dispatch(TRUSTED, 'cost:list', { engagementId: e.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
