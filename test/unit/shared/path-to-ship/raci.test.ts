import { describe, expect, it } from 'vitest';
import type { IntegrationSystem, RaciAssignment } from '../../../../shared/domain/path-to-ship';
import { checkRaci, raciRows } from '../../../../shared/path-to-ship/raci';

const SAP = 'a5d2f7a0-0000-4000-8000-000000000001';
const CRM = 'a5d2f7a0-0000-4000-8000-000000000002';
const system = (id: string, name: string, position: number): IntegrationSystem => ({
  id,
  name,
  position,
  engagementId: 'a5d2f7a0-0000-4000-8000-0000000000ee',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  deviceId: 'd',
});

const cell = (responsibility: RaciAssignment['responsibility'], participantId: string, role: RaciAssignment['role'], systemId: string | null = null): RaciAssignment => ({
  responsibility,
  systemId,
  participantId,
  role,
});

describe('RACI rows', () => {
  it('lists the five fixed responsibilities, then one integration row per system in their order', () => {
    const rows = raciRows([system(CRM, 'Salesforce', 1), system(SAP, 'SAP S/4HANA', 0)]);
    expect(rows.map((r) => r.label)).toEqual([
      'Monitoring',
      'Retraining',
      'Edge-case review',
      'Incident response',
      'Budget',
      'Integration: SAP S/4HANA',
      'Integration: Salesforce',
    ]);
  });
});

describe('RACI gaps', () => {
  const rows = raciRows([system(SAP, 'SAP', 0)]);
  const problemsOf = (assignments: RaciAssignment[]) => Object.fromEntries(checkRaci(rows, assignments).map((c) => [c.key, c.problems]));

  it('an empty chart has every row missing both its responsible and its accountable owner', () => {
    expect(Object.values(problemsOf([]))).toEqual(rows.map(() => ['no-responsible', 'no-accountable']));
  });

  it('one A and one R make a row whole; A/R counts as both; C and I count as neither', () => {
    const problems = problemsOf([
      cell('monitoring', 'ana', 'A'),
      cell('monitoring', 'bo', 'R'),
      cell('retraining', 'ana', 'AR'),
      cell('budget', 'ana', 'C'),
      cell('budget', 'bo', 'I'),
    ]);
    expect(problems.monitoring).toEqual([]);
    expect(problems.retraining).toEqual([]);
    expect(problems.budget).toEqual(['no-responsible', 'no-accountable']);
  });

  it('flags several accountable owners, and a row with only an accountable owner', () => {
    const problems = problemsOf([
      cell('incident-response', 'ana', 'A'),
      cell('incident-response', 'bo', 'AR'),
      cell('edge-case-review', 'ana', 'A'),
    ]);
    expect(problems['incident-response']).toEqual(['several-accountable']);
    expect(problems['edge-case-review']).toEqual(['no-responsible']);
  });

  it('integration is checked per system: an owner of one system does not cover another', () => {
    const two = raciRows([system(SAP, 'SAP', 0), system(CRM, 'CRM', 1)]);
    const checks = checkRaci(two, [cell('integration', 'ana', 'AR', SAP)]);
    expect(checks.find((c) => c.key === `integration:${SAP}`)).toMatchObject({ problems: [], accountableIds: ['ana'], responsibleIds: ['ana'] });
    expect(checks.find((c) => c.key === `integration:${CRM}`)?.problems).toEqual(['no-responsible', 'no-accountable']);
  });
});
