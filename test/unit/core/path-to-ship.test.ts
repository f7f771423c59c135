import { describe, expect, it } from 'vitest';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Participant } from '../../../shared/domain/participant';
import type { PathToShip, Phase } from '../../../shared/domain/path-to-ship';
import { computeCostModel } from '../../../shared/cost-model/cost-model';
import { lifecycleBudget } from '../../../shared/path-to-ship/lifecycle-budget';
import type { IpcResult } from '../../../shared/ipc/result';
import { caller } from '../helpers/seed-engagement';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

async function setUp() {
  const { dispatch, core } = newCore();
  const raw = (channel: string, payload: unknown) => dispatch(TRUSTED, channel, payload) as Promise<IpcResult<unknown>>;
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
  const ana = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Ana Lima', function: 'sponsor' });
  const bo = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Bo Chen', function: 'data-ml' });
  const rows = <T>(sql: string, ...params: unknown[]) => core.db.prepare(sql).all(...params) as T[];
  return { call, raw, engagement, ana, bo, rows };
}

const names = (path: PathToShip) => path.phases.map((p) => `${p.position}:${p.name}`);

describe('recommendation', () => {
  it('is one per engagement: a second save changes what it names, keeps the rest, and replaces its criteria links', async () => {
    const { call, engagement, ana, rows } = await setUp();
    const first = await call<PathToShip>('path:set-recommendation', {
      engagementId: engagement.id,
      decision: 'conditional-go',
      rationale: 'Accuracy holds on real invoices; nobody owns monitoring yet.',
      conditions: ['Name a monitoring owner', '  ', 'Agree the review share with Finance'],
      criterionIds: ['pf-value-quantified', 'pf-success-metrics', 'pf-value-quantified'],
      decidedBy: { kind: 'participant', participantId: ana.id },
      decidedOn: '2026-03-06',
    });
    expect(first.recommendation).toMatchObject({
      decision: 'conditional-go',
      conditions: ['Name a monitoring owner', 'Agree the review share with Finance'],
      criterionIds: ['pf-value-quantified', 'pf-success-metrics'],
      decidedBy: { kind: 'participant', participantId: ana.id },
      decidedOn: '2026-03-06',
    });
    const second = await call<PathToShip>('path:set-recommendation', {
      engagementId: engagement.id,
      decision: 'go',
      criterionIds: ['pf-success-metrics'],
      decidedBy: { kind: 'name', name: 'The steering committee' },
    });
    expect(second.recommendation).toMatchObject({
      id: first.recommendation!.id,
      decision: 'go',
      decidedBy: { kind: 'name', name: 'The steering committee' },
      conditions: ['Name a monitoring owner', 'Agree the review share with Finance'],
      decidedOn: '2026-03-06',
    });
    expect(rows('SELECT decision, decided_by_name FROM path_recommendations')).toEqual([{ decision: 'go', decided_by_name: 'The steering committee' }]);
    expect(rows('SELECT target_kind, target_id FROM path_links WHERE deleted_at IS NULL')).toEqual([{ target_kind: 'criterion', target_id: 'pf-success-metrics' }]);
  });

  it('refuses an unknown criterion or a participant of another engagement, and changes nothing', async () => {
    const { call, raw, engagement } = await setUp();
    const other = await call<Engagement>('engagements:create', { clientName: 'Contoso', pilotName: 'Claims', weekStart: '2026-03-09' });
    const stranger = await call<Participant>('participants:create', { engagementId: other.id, name: 'Eve', function: 'other' });
    expect(await raw('path:set-recommendation', { engagementId: engagement.id, decision: 'go', criterionIds: ['made-up'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await raw('path:set-recommendation', { engagementId: engagement.id, decision: 'go', decidedBy: { kind: 'participant', participantId: stranger.id } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'That participant is not on this engagement. Choose someone from the participants list.' } });
    expect((await call<PathToShip>('path:get', { engagementId: engagement.id })).recommendation).toBeNull();
  });
});

describe('roadmap phases', () => {
  it('are added at the end, reordered with dense positions, and deleted and restored where they were with their links', async () => {
    const { call, engagement, ana, rows } = await setUp();
    const add = (name: string, targetWeek: number) => call<PathToShip>('path:add-phase', { engagementId: engagement.id, name, targetWeek });
    await add('Harden', 4);
    await add('Integrate', 10);
    let path = await add('Production pilot', 16);
    expect(names(path)).toEqual(['0:Harden', '1:Integrate', '2:Production pilot']);

    const pilot = path.phases[2]!;
    path = await call<PathToShip>('path:move-phase', { id: pilot.id, toIndex: 0 });
    expect(names(path)).toEqual(['0:Production pilot', '1:Harden', '2:Integrate']);
    path = await call<PathToShip>('path:move-phase', { id: pilot.id, toIndex: 99 });
    expect(names(path)).toEqual(['0:Harden', '1:Integrate', '2:Production pilot']);

    const integrate = path.phases[1]!;
    await call('path:update-phase', {
      id: integrate.id,
      name: 'Integrate with SAP',
      targetWeek: 12,
      ownerId: ana.id,
      milestones: ['Posting to SAP in test'],
      exitCriteria: ['500 invoices posted without manual fixes'],
      criterionIds: ['pf-success-metrics'],
    });
    const deleted = await call<Phase>('path:delete-phase', { id: integrate.id });
    expect(deleted).toMatchObject({ name: 'Integrate with SAP', ownerId: ana.id, criterionIds: ['pf-success-metrics'], position: 1 });
    path = await call<PathToShip>('path:get', { engagementId: engagement.id });
    expect(names(path)).toEqual(['0:Harden', '1:Production pilot']);
    expect(rows('SELECT name FROM path_phases WHERE deleted_at IS NOT NULL')).toEqual([{ name: 'Integrate with SAP' }]);

    path = await call<PathToShip>('path:restore-phase', deleted);
    expect(names(path)).toEqual(['0:Harden', '1:Integrate with SAP', '2:Production pilot']);
    expect(path.phases[1]).toMatchObject({ milestones: ['Posting to SAP in test'], exitCriteria: ['500 invoices posted without manual fixes'], criterionIds: ['pf-success-metrics'] });
    expect(rows('SELECT name, position, target_week FROM path_phases ORDER BY position')).toEqual([
      { name: 'Harden', position: 0, target_week: 4 },
      { name: 'Integrate with SAP', position: 1, target_week: 12 },
      { name: 'Production pilot', position: 2, target_week: 16 },
    ]);
  });

  it('a phase without a name or with a target week of 0 is refused with field messages', async () => {
    const { raw, engagement } = await setUp();
    expect(await raw('path:add-phase', { engagementId: engagement.id, name: ' ', targetWeek: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'Phase name is required.', targetWeek: 'Target week is at least week 1 after the decision.' } },
    });
  });

  it('a removed participant leaves the phase unowned', async () => {
    const { call, engagement, bo } = await setUp();
    await call('path:add-phase', { engagementId: engagement.id, name: 'Harden', targetWeek: 4, ownerId: bo.id });
    await call('participants:delete', { id: bo.id });
    expect((await call<PathToShip>('path:get', { engagementId: engagement.id })).phases[0]?.ownerId).toBeNull();
  });
});

describe('linked findings', () => {
  const finding = (call: Awaited<ReturnType<typeof setUp>>['call'], engagementId: string, title: string) =>
    call<Finding>('findings:create', { engagementId, title, area: 'production-requirements', day: 2, severity: 'high' });

  it('link to the recommendation and to a phase beside their criteria, and unlink without touching the criteria', async () => {
    const { call, engagement, rows } = await setUp();
    const drift = await finding(call, engagement.id, 'Nobody watches for drift');
    const sap = await finding(call, engagement.id, 'SAP posting is manual');
    let path = await call<PathToShip>('path:set-recommendation', {
      engagementId: engagement.id,
      decision: 'conditional-go',
      criterionIds: ['pf-success-metrics'],
      findingIds: [drift.id, sap.id, drift.id],
    });
    expect(path.recommendation).toMatchObject({ criterionIds: ['pf-success-metrics'], findingIds: [drift.id, sap.id] });
    path = await call<PathToShip>('path:add-phase', { engagementId: engagement.id, name: 'Integrate', targetWeek: 8, findingIds: [sap.id] });
    expect(path.phases[0]?.findingIds).toEqual([sap.id]);
    expect(rows("SELECT target_id FROM path_links WHERE target_kind = 'finding' AND deleted_at IS NULL ORDER BY phase_id IS NULL, position")).toEqual([
      { target_id: sap.id },
      { target_id: drift.id },
      { target_id: sap.id },
    ]);

    path = await call<PathToShip>('path:set-recommendation', {
      engagementId: engagement.id,
      decision: 'conditional-go',
      criterionIds: ['pf-success-metrics'],
      findingIds: [sap.id],
    });
    expect(path.recommendation).toMatchObject({ criterionIds: ['pf-success-metrics'], findingIds: [sap.id] });
    path = await call<PathToShip>('path:update-phase', { id: path.phases[0]!.id, findingIds: [] });
    expect(path.phases[0]?.findingIds).toEqual([]);
    expect(rows('SELECT target_kind, target_id FROM path_links WHERE deleted_at IS NULL ORDER BY target_kind')).toEqual([
      { target_kind: 'criterion', target_id: 'pf-success-metrics' },
      { target_kind: 'finding', target_id: sap.id },
    ]);
  });

  it('refuses a finding of another engagement or a deleted one, and changes nothing', async () => {
    const { call, raw, engagement, rows } = await setUp();
    const other = await call<Engagement>('engagements:create', { clientName: 'Contoso', pilotName: 'Claims', weekStart: '2026-03-09' });
    const foreign = await finding(call, other.id, 'Claims backlog');
    const gone = await finding(call, engagement.id, 'Old worry');
    await call('findings:delete', { id: gone.id });

    expect(await raw('path:set-recommendation', { engagementId: engagement.id, decision: 'go', findingIds: [foreign.id] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That finding is not on this engagement’s board. Choose a finding from the list.' },
    });
    expect(await raw('path:add-phase', { engagementId: engagement.id, name: 'Harden', targetWeek: 4, findingIds: [gone.id] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '“Old worry” was deleted from the board, so it cannot be linked. Restore it first or choose another finding.' },
    });
    expect(rows('SELECT count(*) AS n FROM path_links WHERE deleted_at IS NULL')).toEqual([{ n: 0 }]);
    expect(await call<PathToShip>('path:get', { engagementId: engagement.id })).toMatchObject({ recommendation: null, phases: [] });
  });

  it('a linked finding deleted from the board drops out of the recommendation and comes back with its undo', async () => {
    const { call, engagement } = await setUp();
    const drift = await finding(call, engagement.id, 'Nobody watches for drift');
    const keep = await finding(call, engagement.id, 'Reviewers are overloaded');
    await call('path:set-recommendation', { engagementId: engagement.id, decision: 'pivot', findingIds: [drift.id, keep.id] });
    await call('findings:delete', { id: drift.id });
    let path = await call<PathToShip>('path:get', { engagementId: engagement.id });
    expect(path.recommendation?.findingIds).toEqual([keep.id]);

    // Saving the recommendation meanwhile must not lose the hidden link.
    await call('path:set-recommendation', { engagementId: engagement.id, decision: 'stop', findingIds: [keep.id] });
    await call('findings:restore', { id: drift.id });
    path = await call<PathToShip>('path:get', { engagementId: engagement.id });
    expect(new Set(path.recommendation?.findingIds)).toEqual(new Set([drift.id, keep.id]));
  });
});

describe('operating model', () => {
  it('sets and clears RACI cells; removing a system removes its integration row', async () => {
    const { call, raw, engagement, ana, bo, rows } = await setUp();
    let path = await call<PathToShip>('path:save-system', { engagementId: engagement.id, name: 'SAP S/4HANA' });
    const sap = path.systems[0]!;
    expect(await raw('path:save-system', { engagementId: engagement.id, name: 'sap s/4hana' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await call('path:set-raci', { engagementId: engagement.id, responsibility: 'monitoring', participantId: ana.id, role: 'A' });
    await call('path:set-raci', { engagementId: engagement.id, responsibility: 'monitoring', participantId: bo.id, role: 'R' });
    path = await call<PathToShip>('path:set-raci', { engagementId: engagement.id, responsibility: 'integration', systemId: sap.id, participantId: bo.id, role: 'AR' });
    path = await call<PathToShip>('path:set-raci', { engagementId: engagement.id, responsibility: 'monitoring', participantId: ana.id, role: 'C' });
    expect(path.raci).toEqual(
      expect.arrayContaining([
        { responsibility: 'monitoring', systemId: null, participantId: ana.id, role: 'C' },
        { responsibility: 'monitoring', systemId: null, participantId: bo.id, role: 'R' },
        { responsibility: 'integration', systemId: sap.id, participantId: bo.id, role: 'AR' },
      ]),
    );
    expect(path.raci).toHaveLength(3);
    path = await call<PathToShip>('path:set-raci', { engagementId: engagement.id, responsibility: 'monitoring', participantId: ana.id, role: null });
    expect(path.raci).toHaveLength(2);

    expect(await raw('path:set-raci', { engagementId: engagement.id, responsibility: 'integration', participantId: ana.id, role: 'R' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    path = await call<PathToShip>('path:delete-system', { id: sap.id });
    expect(path.systems).toEqual([]);
    expect(rows('SELECT responsibility, role FROM path_raci WHERE deleted_at IS NULL')).toEqual([{ responsibility: 'monitoring', role: 'R' }]);

    // The removed system keeps its name for merges: renaming another onto it is refused in plain words.
    path = await call<PathToShip>('path:save-system', { engagementId: engagement.id, name: 'Document archive' });
    const archive = path.systems[0]!;
    expect(await raw('path:save-system', { engagementId: engagement.id, id: archive.id, name: 'SAP S/4HANA' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('was removed earlier') },
    });
    expect(rows('SELECT name FROM path_systems WHERE deleted_at IS NULL')).toEqual([{ name: 'Document archive' }]);
  });

  it('deleting the engagement deletes its whole path to ship', async () => {
    const { call, engagement, ana, rows } = await setUp();
    await call('path:set-recommendation', { engagementId: engagement.id, decision: 'stop', criterionIds: ['pf-value-quantified'] });
    await call('path:add-phase', { engagementId: engagement.id, name: 'Wind down', targetWeek: 2, criterionIds: ['pf-value-quantified'] });
    await call('path:set-raci', { engagementId: engagement.id, responsibility: 'budget', participantId: ana.id, role: 'A' });
    await call('engagements:delete', { id: engagement.id });
    for (const table of ['path_recommendations', 'path_phases', 'path_links', 'path_systems', 'path_raci']) {
      expect(rows(`SELECT count(*) AS n FROM ${table}`), table).toEqual([{ n: 0 }]);
    }
  });
});

describe('lifecycle budget', () => {
  it('carries the chosen scenario’s figures from the cost model, or the first scenario’s when none is chosen', async () => {
    const { call, engagement } = await setUp();
    const base = await call<CostScenario>('cost:create', { engagementId: engagement.id, name: 'Base' });
    const costly = await call<CostScenario>('cost:update', { id: (await call<CostScenario>('cost:create', { engagementId: engagement.id, name: 'Costly' })).id, inputs: { ...base.inputs, integrationBuild: 250000 } });
    const scenarios = await call<CostScenario[]>('cost:list', { engagementId: engagement.id });
    const result = computeCostModel(costly.inputs);
    expect(lifecycleBudget(scenarios, costly.id)).toMatchObject({
      scenarioName: 'Costly',
      oneOffBuild: 250000,
      tco1Year: result.tco1Year,
      tco3Years: result.tco3Years,
      productionPerMonth: result.production.perMonth,
      pilotPerMonth: result.pilot.perMonth,
      reviewerFte: result.reviewerFte,
    });
    expect(lifecycleBudget(scenarios, null)?.scenarioName).toBe('Base');
    expect(lifecycleBudget(scenarios, 'gone')?.scenarioName).toBe('Base');
    expect(lifecycleBudget([], null)).toBeNull();
  });
});
