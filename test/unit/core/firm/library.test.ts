import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { AgendaTemplateSummary } from '../../../../shared/domain/agenda-template-schema';
import type { Benchmark, FirmStatus, LibraryFinding, SearchResult, SharedTemplate } from '../../../../shared/firm/firm-schemas';
import { createMemorySecretStore } from '../../../../electron/core/firm/secret-store';
import { searchLibrary } from '../../../../electron/core/firm/library-search';
import { reportHtml } from '../../../../shared/report/report-html';
import type { Report } from '../../../../shared/report/report-schema';
import { useTestCore } from '../../helpers/core';
import { caller } from '../../helpers/seed-engagement';
import { CONSULTANTS, NO_POSTGRES, useFirmServer } from './firm-server';

const server = useFirmServer();
const newCore = useTestCore();

interface Pilot {
  client: string;
  kind: string;
  accuracy: number;
  volume: number;
  cost: number;
  currency?: string;
  decision?: 'go' | 'stop';
  shipped?: boolean;
  notes?: string[];
  findings?: { title: string; recommendation?: string }[];
}

/*
 * Five past audits of claims triage (one priced in dollars), one of another kind, and the pilot
 * being benchmarked. The expected figures below are worked out by hand from these.
 */
const PAST: Pilot[] = [
  { client: 'E1', kind: 'Claims triage', accuracy: 70, volume: 100, cost: 0.02, decision: 'go', shipped: true, notes: ['A forklift accident stopped the line'], findings: [{ title: 'No drift monitoring' }, { title: 'Only here' }] },
  { client: 'E2', kind: 'claims  triage', accuracy: 80, volume: 200, cost: 0.04, decision: 'stop', shipped: false, notes: ['Forklift drivers were never trained', 'Pallets arrive late'], findings: [{ title: ' no drift monitoring ', recommendation: 'Watch the inputs' }] },
  { client: 'E3', kind: 'claims triage', accuracy: 85, volume: 300, cost: 0.06, decision: 'go', findings: [{ title: 'No Drift Monitoring', recommendation: 'Add drift alerts to the weekly review' }] },
  { client: 'E4', kind: 'claims triage', accuracy: 90, volume: 400, cost: 0.08, findings: [{ title: 'Forklift data missing from the model' }] },
  { client: 'E5', kind: 'claims triage', accuracy: 95, volume: 500, cost: 1.0, currency: 'USD' },
  { client: 'E6', kind: 'customer service', accuracy: 10, volume: 9_000, cost: 9 },
];

describe.skipIf(NO_POSTGRES)('benchmarks, search and the findings library', () => {
  it('compares the pilot with past audits of its kind, searches them and lists recurring findings, as worked out by hand', async () => {
    const laptop = newCore({ secretStore: createMemorySecretStore() });
    const call = caller(laptop.dispatch);
    await call<FirmStatus>('firm:save-settings', { settings: server.settings('alice'), password: CONSULTANTS.alice });

    async function publish(pilot: Pilot): Promise<string> {
      const e = await call<Engagement>('engagements:create', { clientName: pilot.client, pilotName: 'Triage bot', weekStart: '2026-03-02' });
      await call('engagements:update', { id: e.id, pilot: { accuracyPct: pilot.accuracy, pilotVolumePerDay: pilot.volume, costPerQuery: pilot.cost, currency: pilot.currency ?? 'EUR' } });
      if (pilot.decision) await call('path:set-recommendation', { engagementId: e.id, decision: pilot.decision, rationale: 'Because' });
      for (const text of pilot.notes ?? []) await call('notes:create', { engagementId: e.id, day: 1, text });
      for (const f of pilot.findings ?? []) await call('findings:create', { engagementId: e.id, title: f.title.trim(), area: 'production-requirements', day: 2, recommendation: f.recommendation ?? '' });
      await call('firm:publish', { engagementId: e.id, pilotKind: pilot.kind, restricted: false, shipped: pilot.shipped ?? null });
      return e.id;
    }
    for (const pilot of PAST) await publish(pilot);
    const ours = await publish({ client: 'Ours', kind: 'Claims Triage', accuracy: 88, volume: 250, cost: 0.05 });

    const benchmark = await call<Benchmark>('firm:benchmark', { engagementId: ours });
    expect(benchmark).toMatchObject({ pilotKind: 'claims triage', audits: 5, recommendations: { go: 2, stop: 1 }, shipped: { yes: 1, no: 1, unknown: 3 }, fromCache: false });
    const metric = (name: string) => benchmark.metrics.find((m) => m.metric === name);
    expect(metric('accuracy')).toEqual({ metric: 'accuracy', audits: 5, p25: 80, median: 85, p75: 90, value: 88, shareBelow: 0.6 });
    expect(metric('volume')).toEqual({ metric: 'volume', audits: 5, p25: 200, median: 300, p75: 400, value: 250, shareBelow: 0.4 });
    // Dollars are not compared with euros: four audits, quartiles of 0.02, 0.04, 0.06, 0.08.
    const cost = metric('costPerItem')!;
    expect(cost.audits).toBe(4);
    expect([cost.p25, cost.median, cost.p75, cost.shareBelow].map((v) => Number(v!.toFixed(6)))).toEqual([0.035, 0.05, 0.065, 0.5]);

    const { hits, capped } = await call<SearchResult>('firm:search', { query: 'forklift' });
    expect(capped).toBe(false);
    expect(hits.map((h) => `${h.clientName}:${h.kind}:${h.kind === 'note' ? h.text : h.title}`).sort()).toEqual([
      'E1:note:A forklift accident stopped the line',
      'E2:note:Forklift drivers were never trained',
      'E4:finding:Forklift data missing from the model',
    ]);
    expect((await call<SearchResult>('firm:search', { query: 'forklift -drivers pallets' })).hits).toEqual([]);
    // A search broader than the candidates ranked says so: two forklift notes, ranking at most two.
    const client = await server.connect('alice');
    expect((await searchLibrary(client, 'forklift', 50, 2)).capped).toBe(true);
    expect((await searchLibrary(client, 'forklift', 50, 3)).capped).toBe(false);
    await client.end();

    const recurring = await call<LibraryFinding[]>('firm:recurring-findings', {});
    expect(recurring).toEqual([
      { title: 'No Drift Monitoring', area: 'production-requirements', kind: 'risk', severity: 'medium', recommendation: 'Add drift alerts to the weekly review', body: '', engagements: 3 },
    ]);

    // In the report only when the consultant asks for it, from the comparison this laptop holds.
    const without = await call<Report>('deliverables:preview', { engagementId: ours });
    expect(without.benchmark).toBeNull();
    const report = await call<Report>('deliverables:preview', { engagementId: ours, options: { redactNames: false, appendices: [], benchmarks: true } });
    expect(report.benchmark).toMatchObject({ pilotKind: 'claims triage', audits: 5 });
    expect(report.benchmark!.rows.find((r) => r.metric === 'accuracy')).toEqual({ metric: 'accuracy', label: 'Accuracy (%)', value: '88', median: '85', middle: '80–90', position: 'above 60 %', audits: 5 });
    expect(reportHtml(report)).toContain('Compared with the firm’s past audits');

    // Off the firm's network the last benchmark is still there, and says it is from the cache.
    await call('firm:save-settings', { settings: { ...server.settings('alice'), port: 9 }, password: null });
    const offline = await call<Benchmark>('firm:benchmark', { engagementId: ours });
    expect(offline).toEqual({ ...benchmark, fromCache: true });
    const status = await call<FirmStatus>('firm:status', {});
    expect(status.lastReachedAt).not.toBeNull();
    expect(status.lastError).toMatch(/could not be reached/);
  });

  it('shares an agenda template with the firm, and another consultant takes a copy of it', async () => {
    const alice = newCore({ secretStore: createMemorySecretStore() });
    const asAlice = caller(alice.dispatch);
    await asAlice('firm:save-settings', { settings: server.settings('alice'), password: CONSULTANTS.alice });
    const e = await asAlice<Engagement>('engagements:create', { clientName: 'Template source', pilotName: 'Bot', weekStart: '2026-03-02' });
    await asAlice('sessions:create', { engagementId: e.id, day: 2, title: 'Shadow the night shift', start: '22:00', end: '23:00' });
    const mine = await asAlice<AgendaTemplateSummary>('templates:save', { engagementId: e.id, name: 'Night-shift week' });
    const shared = await asAlice<SharedTemplate[]>('firm:share-template', { templateId: mine.id });
    expect(shared.map((t) => ({ name: t.name, by: t.sharedBy, days: t.dayCount, sessions: t.sessionCount }))).toEqual([
      { name: 'Night-shift week', by: 'alice', days: mine.dayCount, sessions: mine.sessionCount },
    ]);

    const bob = newCore({ secretStore: createMemorySecretStore() });
    const asBob = caller(bob.dispatch);
    await asBob('firm:save-settings', { settings: server.settings('bob'), password: CONSULTANTS.bob });
    const [offered] = await asBob<SharedTemplate[]>('firm:shared-templates', {});
    const taken = await asBob<AgendaTemplateSummary>('firm:use-shared-template', { id: offered!.id });
    expect(taken).toMatchObject({ name: 'Night-shift week', builtIn: false, dayCount: mine.dayCount, sessionCount: mine.sessionCount });
    const started = await asBob<Engagement>('engagements:create', { clientName: 'Next client', pilotName: 'Bot', weekStart: '2026-04-06', template: { kind: 'template', id: taken.id } });
    const sessions = await asBob<{ title: string }[]>('sessions:list', { engagementId: started.id });
    expect(sessions.map((x) => x.title)).toContain('Shadow the night shift');
  });
});
