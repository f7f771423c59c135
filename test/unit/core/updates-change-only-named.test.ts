import { describe, expect, it } from 'vitest';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { PathToShip } from '../../../shared/domain/path-to-ship';
import type { Session } from '../../../shared/domain/session';
import { useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();

/** Every field a record carries is set away from its default, so a default written over it shows. */
async function richEngagement() {
  const { dispatch } = newCore();
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  const id = engagement.id;
  await call('engagements:update', {
    id,
    pilotDescription: 'Reads supplier invoices',
    facilitators: ['Kim Lee'],
    venue: 'HQ, room 4',
    status: 'in-progress',
    pilot: { accuracyPct: 94.5, pilotVolumePerDay: 120, productionVolumePerDay: 9000, costPerQuery: 0.03, currency: 'USD' },
  });
  const ana = await call<Participant>('participants:create', {
    engagementId: id,
    name: 'Ana Silva',
    title: 'AP lead',
    organisation: 'Finance ops',
    function: 'operator',
    daysAttended: [1, 2],
    contact: 'ana@example.test',
  });
  const bo = await call<Participant>('participants:create', { engagementId: id, name: 'Bo Chen', function: 'data-ml' });
  const walkthrough = await call<Session>('sessions:create', {
    engagementId: id,
    day: 1,
    title: 'Walkthrough',
    kind: 'session',
    area: 'problem-fit',
    start: '16:00',
    end: '16:30',
    goal: 'See the process',
    questions: [{ text: 'Who re-keys invoices?' }],
  });
  const other = await call<Session>('sessions:create', { engagementId: id, day: 2, title: 'Data review', start: '10:00', end: '11:00' });
  const note = await call<Note>('notes:create', {
    engagementId: id,
    day: 1,
    text: 'Margaret and Raj disagree about the headcount play',
    sessionId: walkthrough.id,
    area: 'approach',
    kind: 'risk',
    speakerId: ana.id,
    tags: ['people'],
    visibility: 'facilitator',
  });
  await call('notes:update', { id: note.id, pinned: true });
  const finding = await call<Finding>('findings:create', {
    engagementId: id,
    title: 'Nobody owns the model',
    body: 'Vendor left in May',
    area: 'production-requirements',
    day: 2,
    kind: 'gap',
    severity: 'high',
    confidence: 'low',
    status: 'validated',
    ownerId: ana.id,
    recommendation: 'Name an owner',
    votes: 2,
    visibility: 'facilitator',
  });
  const scenario = await call<CostScenario>('cost:create', { engagementId: id, name: 'Base case' });
  await call('cost:update', { id: scenario.id, inputs: { modelCostPerQuery: 0.02, reviewSharePct: 10, falsePositiveSharePct: 30 } });
  await call('path:set-recommendation', {
    engagementId: id,
    decision: 'conditional-go',
    rationale: 'Ship once someone owns the model.',
    conditions: ['Name a model owner'],
    criterionIds: ['pf-value-quantified'],
    findingIds: [finding.id],
    decidedBy: { kind: 'participant', participantId: ana.id },
    decidedOn: '2026-03-06',
  });
  const path = await call<PathToShip>('path:add-phase', {
    engagementId: id,
    name: 'Harden',
    milestones: ['Alerting live'],
    ownerId: ana.id,
    targetWeek: 4,
    exitCriteria: ['Two weeks without a missed alert'],
    criterionIds: ['pf-success-metrics'],
    findingIds: [finding.id],
  });
  return { call, id, ana, bo, walkthrough, other, note, finding, scenario, phase: path.phases[0]! };
}

type Rich = Awaited<ReturnType<typeof richEngagement>>;

interface Case {
  channel: string;
  /** The one change to send, beside the record's address. */
  patches: (r: Rich) => Record<string, unknown>[];
  address: (r: Rich) => Record<string, unknown>;
  read: (r: Rich) => Promise<Record<string, unknown>>;
  /** Fields that follow from a named one: a new speaker brings their name, a moved finding a new place. */
  follows?: Record<string, string[]>;
}

const WRITE_STAMP = ['updatedAt', 'deviceId'];

const cases: Case[] = [
  {
    channel: 'notes:update',
    address: (r) => ({ id: r.note.id }),
    read: (r) => r.call('notes:get', { id: r.note.id }),
    patches: (r) => [
      { text: 'Margaret and Raj disagree about the headcount plan' },
      { day: 2 },
      { sessionId: r.other.id },
      { sessionId: null },
      { area: 'path-to-ship' },
      { kind: 'decision' },
      { speakerId: r.bo.id },
      { tags: ['people', 'politics'] },
      { visibility: 'client' },
      { pinned: false },
    ],
    follows: { speakerId: ['speakerName'], visibility: ['ref'] },
  },
  {
    channel: 'findings:update',
    address: (r) => ({ id: r.finding.id }),
    read: async (r) => (await r.call<Finding[]>('findings:list', { engagementId: r.id })).find((f) => f.id === r.finding.id)!,
    patches: (r) => [
      { title: 'Nobody owns the model in production' },
      { body: '' },
      { area: 'approach' },
      { day: 1 },
      { kind: 'risk' },
      { severity: 'critical' },
      { confidence: 'high' },
      { status: 'open' },
      { ownerId: r.bo.id },
      { ownerId: null },
      { recommendation: 'Hire an ML engineer' },
      { votes: 0 },
      { visibility: 'client' },
    ],
    follows: { area: ['position'], day: ['position'], visibility: ['ref'] },
  },
  {
    channel: 'sessions:update',
    address: (r) => ({ id: r.walkthrough.id }),
    read: async (r) => (await r.call<Session[]>('sessions:list', { engagementId: r.id })).find((s) => s.id === r.walkthrough.id)!,
    patches: () => [
      { title: 'Process walkthrough' },
      { kind: 'readout' },
      { area: null },
      { start: '15:30' },
      { end: '17:00' },
      { goal: '' },
      { questions: [] },
    ],
  },
  {
    channel: 'participants:update',
    address: (r) => ({ id: r.ana.id }),
    read: async (r) => (await r.call<Participant[]>('participants:list', { engagementId: r.id })).find((p) => p.id === r.ana.id)!,
    patches: () => [
      { name: 'Ana Silva-Reyes' },
      { title: '' },
      { organisation: 'Shared services' },
      { function: 'business-owner' },
      { daysAttended: [3] },
      { contact: '' },
    ],
  },
  {
    channel: 'engagements:update',
    address: (r) => ({ id: r.id }),
    read: (r) => r.call('engagements:get', { id: r.id }),
    patches: () => [
      { clientName: 'Northwind Traders' },
      { pilotName: 'Invoice reader v2' },
      { pilotDescription: '' },
      { facilitators: [] },
      { venue: 'Remote' },
      { weekStart: '2026-03-09' },
      { dayCount: 6 },
      { status: 'complete' },
      { pilot: { accuracyPct: 91 } },
      { pilot: { costPerQuery: null } },
      { pilot: { currency: 'EUR' } },
    ],
  },
  {
    channel: 'cost:update',
    address: (r) => ({ id: r.scenario.id }),
    read: async (r) => (await r.call<CostScenario[]>('cost:list', { engagementId: r.id })).find((s) => s.id === r.scenario.id)!,
    patches: () => [{ inputs: { modelCostPerQuery: 0.5 } }, { inputs: { falsePositiveSharePct: null } }, { inputs: { currency: 'GBP' } }],
  },
  {
    channel: 'path:update-phase',
    address: (r) => ({ id: r.phase.id }),
    read: async (r) => (await r.call<PathToShip>('path:get', { engagementId: r.id })).phases.find((p) => p.id === r.phase.id)!,
    patches: (r) => [
      { name: 'Harden for production' },
      { milestones: [] },
      { ownerId: r.bo.id },
      { targetWeek: 9 },
      { exitCriteria: ['No P1 incident for a month'] },
      { criterionIds: [] },
      { findingIds: [] },
    ],
  },
  {
    channel: 'path:set-recommendation',
    address: (r) => ({ engagementId: r.id }),
    read: async (r) => (await r.call<PathToShip>('path:get', { engagementId: r.id })).recommendation!,
    patches: (r) => [
      { decision: 'go' },
      { rationale: '' },
      { conditions: ['Name a model owner', 'Fund monitoring'] },
      { criterionIds: [] },
      { findingIds: [] },
      { decidedBy: { kind: 'participant', participantId: r.bo.id } },
      { decidedOn: null },
    ],
  },
];

/** The record with the named change's own keys, the write stamp and what follows from it left out. */
function untouched(record: Record<string, unknown>, patch: Record<string, unknown>, follows: Record<string, string[]> = {}): Record<string, unknown> {
  const named = Object.keys(patch);
  const skip = new Set([...WRITE_STAMP, ...named.flatMap((key) => follows[key] ?? [])]);
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !skip.has(key))
      .map(([key, value]): [string, unknown] => {
        const nested = patch[key];
        if (nested === undefined) return [key, value];
        // A nested change (a pilot number, a cost input) leaves its siblings as they were.
        if (typeof nested === 'object' && nested !== null && !Array.isArray(nested) && typeof value === 'object' && value !== null) {
          return [key, untouched(value as Record<string, unknown>, nested as Record<string, unknown>)];
        }
        return [key, '(named)'];
      }),
  );
}

describe('an update changes only the fields it names', () => {
  for (const c of cases) {
    it(`on ${c.channel}, one field at a time`, async () => {
      const rich = await richEngagement();
      for (const patch of c.patches(rich)) {
        const before = await c.read(rich);
        await rich.call(c.channel, { ...c.address(rich), ...patch });
        const after = await c.read(rich);
        expect(untouched(after, patch, c.follows), `${c.channel} ${JSON.stringify(patch)}`).toEqual(untouched(before, patch, c.follows));
        expect(after, `${c.channel} ${JSON.stringify(patch)}`).toMatchObject(patch);
      }
    });
  }

  it('keeps a private note private through a typo fix, a pin, a move and a tag', async () => {
    const rich = await richEngagement();
    const { call, note } = rich;
    await call('notes:update', { id: note.id, text: 'Margaret and Raj disagree about the headcount plan' });
    await call('notes:update', { id: note.id, pinned: false });
    await call('notes:update', { id: note.id, day: 2 });
    await call('notes:update', { id: note.id, tags: ['people'] });
    expect(await call<Note>('notes:get', { id: note.id })).toMatchObject({
      visibility: 'facilitator',
      kind: 'risk',
      area: 'approach',
      speakerId: rich.ana.id,
      speakerName: 'Ana Silva',
      sessionId: rich.walkthrough.id,
    });
  });

  it('refuses an update whose times would end a session before it starts, and changes nothing', async () => {
    const rich = await richEngagement();
    const before = await cases[2]!.read(rich);
    const result = await rich.call('sessions:update', { id: rich.walkthrough.id, start: '17:00' }).catch((e: Error) => e.message);
    expect(result).toMatch(/must end after it starts/);
    expect(await cases[2]!.read(rich)).toEqual(before);
  });

  it('refuses a first recommendation without a decision, and starts one from the defaults when it has one', async () => {
    const { dispatch } = newCore();
    const call = caller(dispatch);
    const engagement = await call<Engagement>('engagements:create', { clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    await expect(call('path:set-recommendation', { engagementId: engagement.id, rationale: 'Because' })).rejects.toThrow(/Choose go, conditional go, pivot or stop/);
    expect((await call<PathToShip>('path:get', { engagementId: engagement.id })).recommendation).toBeNull();
    const path = await call<PathToShip>('path:set-recommendation', { engagementId: engagement.id, decision: 'pivot' });
    expect(path.recommendation).toMatchObject({ decision: 'pivot', rationale: '', conditions: [], decidedBy: { kind: 'nobody' }, decidedOn: null });
  });
});
