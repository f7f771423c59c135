import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { IpcResult } from '../../../shared/ipc/result';
import type { Report } from '../../../shared/report/report-schema';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

describe('the report is built from the board and the path to ship', () => {
  it('carries client-visible findings with their evidence, the recommendation, the roadmap and the operating model', async () => {
    const { dispatch } = newCore();
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = (await dispatch(TRUSTED, channel, payload)) as IpcResult<unknown>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const e = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const ana = await call<Participant>('participants:create', { engagementId: e.id, name: 'Ana Silva', function: 'operator' });
    const open = await call<Note>('notes:create', { engagementId: e.id, day: 2, text: 'No one is paged at night', area: 'production-requirements' });
    const secret = await call<Note>('notes:create', { engagementId: e.id, day: 2, text: 'Sponsor doubts the vendor', visibility: 'facilitator' });
    const finding = await call<{ id: string }>('findings:promote-note', { noteId: open.id });
    await call('findings:link-note', { findingId: finding.id, noteId: secret.id });
    await call('findings:create', { engagementId: e.id, title: 'Private hunch', area: 'approach', day: 1, visibility: 'facilitator' });
    await call('path:set-recommendation', { engagementId: e.id, decision: 'conditional-go', rationale: 'Ship after monitoring exists.', conditions: ['Name an on-call owner'] });
    await call('path:add-phase', { engagementId: e.id, name: 'Harden', targetWeek: 4, ownerId: ana.id, milestones: ['Alerting live'] });
    await call('path:set-raci', { engagementId: e.id, responsibility: 'monitoring', systemId: null, participantId: ana.id, role: 'AR' });

    const report = await call<Report>('deliverables:preview', { engagementId: e.id, options: { redactNames: false, appendices: ['evidence'] } });
    const findings = report.chapters.flatMap((c) => c.findings);
    expect(report.findingsRecorded).toBe(true);
    expect(findings.map((f) => f.title)).toEqual(['No one is paged at night']);
    expect(JSON.stringify(report)).not.toContain('Sponsor doubts the vendor');
    expect(JSON.stringify(report)).not.toContain('Private hunch');
    expect(JSON.stringify(report)).toContain('Conditional go');
    expect(JSON.stringify(report)).toContain('Name an on-call owner');
    expect(report.pathToShip.roadmap.rows).toEqual([expect.objectContaining({ owner: 'Ana Silva', timing: 'Week 4' })]);
    expect(report.pathToShip.raci.rows?.[0]).toEqual(expect.objectContaining({ responsible: 'Ana Silva', accountable: 'Ana Silva' }));
    expect(report.pathToShip.raci.rows?.[1]).toEqual(expect.objectContaining({ responsible: 'Not assigned', accountable: 'Not assigned' }));
  });

  it('cites the findings linked to the recommendation and each phase by their reference, never a facilitator-only one', async () => {
    // Each request a second apart, so the findings' recording order (and so their references) is certain.
    let tick = Date.parse('2026-03-03T09:00:00.000Z');
    const { dispatch } = newCore({ now: () => new Date((tick += 1000)) });
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = (await dispatch(TRUSTED, channel, payload)) as IpcResult<unknown>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const e = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const add = (title: string, visibility = 'client') =>
      call<{ id: string }>('findings:create', { engagementId: e.id, title, area: 'production-requirements', day: 2, visibility });
    const paging = await add('No one is paged at night');
    const hunch = await add('Private hunch', 'facilitator');
    const drift = await add('Drift is not measured');
    await call('path:set-recommendation', { engagementId: e.id, decision: 'conditional-go', rationale: 'Ship after monitoring exists.', findingIds: [drift.id, hunch.id, paging.id] });
    await call('path:add-phase', { engagementId: e.id, name: 'Harden', targetWeek: 4, milestones: ['Alerting live'], findingIds: [hunch.id] });
    await call('path:add-phase', { engagementId: e.id, name: 'Measure', targetWeek: 8, findingIds: [drift.id] });

    const report = await call<Report>('deliverables:preview', { engagementId: e.id, options: { redactNames: false, appendices: [] } });
    // The private finding recorded between them takes no client number: the client reads F1 and F2, no gap.
    expect(report.chapters.flatMap((c) => c.findings).map((f) => `${f.ref} ${f.title}`).sort()).toEqual(['F1 No one is paged at night', 'F2 Drift is not measured']);
    expect(report.summary.recommendation?.rationale).toContain('Supported by: Findings F2, F1.');
    expect(report.pathToShip.roadmap.rows?.map((r) => [r.milestones, r.findings])).toEqual([[['Alerting live'], ''], [[], 'Finding F2']]);
    expect(JSON.stringify(report)).not.toMatch(/\bP1\b|F3/);
  });
});
