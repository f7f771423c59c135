import { describe, expect, it } from 'vitest';
import type { PresenterData } from '../../../shared/board/presenter-data';
import type { Note } from '../../../shared/domain/note';
import type { Report } from '../../../shared/report/report-schema';
import { useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();

describe('deliverables:presenter', () => {
  it('gives the projector each day’s client-visible decisions, risks and actions, and the report’s recommendation and money', async () => {
    const { dispatch } = newCore();
    const call = caller(dispatch);
    const { engagementId } = await call<{ engagementId: string }>('sample:load', {});
    const data = await call<PresenterData>('deliverables:presenter', { engagementId });
    const report = await call<Report>('deliverables:preview', { engagementId, options: { redactNames: false, appendices: [] } });

    expect(data.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5]);
    for (const day of data.days) {
      const notes = await call<Note[]>('notes:list', { engagementId, day: day.day });
      const refs = (kind: Note['kind']) => notes.filter((n) => n.kind === kind && n.visibility === 'client').map((n) => n.ref).sort();
      expect(day.decisions.map((n) => n.ref).sort()).toEqual(refs('decision'));
      expect(day.risks.map((n) => n.ref).sort()).toEqual(refs('risk'));
      expect(day.actions.map((n) => n.ref).sort()).toEqual(refs('action'));
    }
    expect(data.days.some((d) => d.decisions.length + d.risks.length + d.actions.length > 0)).toBe(true);

    expect(data.closing.recommendation?.decision).toBe(report.summary.recommendation?.verdict);
    expect(data.closing.money?.figures).toEqual(report.cost.scenarios[0]?.headline);
    expect(data.closing.money?.figures.length).toBeGreaterThan(0);
    // Next steps: the report's open actions and its decisions, as the report states them.
    expect(data.closing.followUp.actions).toEqual(report.followUp.actions.filter((a) => a.status === 'Open'));
    expect(data.closing.followUp.decisions).toEqual(report.followUp.decisions);
    expect(data.closing.followUp.decisions.length).toBeGreaterThan(0);
  });

  it('says nothing is recorded yet rather than inventing a recommendation or figures', async () => {
    const { dispatch } = newCore();
    const call = caller(dispatch);
    const engagement = await call<{ id: string }>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
    const data = await call<PresenterData>('deliverables:presenter', { engagementId: engagement.id });
    expect(data.closing).toEqual({ recommendation: null, money: null, followUp: { actions: [], decisions: [] } });
    expect(data.days.every((d) => d.decisions.length + d.risks.length + d.actions.length === 0)).toBe(true);
  });
});

