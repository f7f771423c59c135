import type { IntegrationSystem, RaciAssignment, RaciRole, Responsibility } from '../domain/path-to-ship';

export const RESPONSIBILITY_LABELS: Record<Responsibility, { label: string; detail: string }> = {
  monitoring: { label: 'Monitoring', detail: 'Watches quality, drift and cost in production' },
  retraining: { label: 'Retraining', detail: 'Decides when the model or prompts change, and ships the change' },
  'edge-case-review': { label: 'Edge-case review', detail: 'Reviews the cases the system is unsure of or gets wrong' },
  'incident-response': { label: 'Incident response', detail: 'Takes the 2am call and can switch the system off' },
  budget: { label: 'Budget', detail: 'Owns the running cost and approves spend' },
  integration: { label: 'Integration', detail: 'Keeps the connection to this system working' },
};

export const RACI_ROLE_LABELS: Record<RaciRole, string> = {
  R: 'R',
  A: 'A',
  AR: 'A/R',
  C: 'C',
  I: 'I',
};

/** One row of the RACI table: a fixed responsibility, or integration with one named system. */
export interface RaciRow {
  key: string;
  responsibility: Responsibility;
  systemId: string | null;
  label: string;
  detail: string;
}

export function raciRowKey(responsibility: Responsibility, systemId: string | null): string {
  return systemId === null ? responsibility : `${responsibility}:${systemId}`;
}

/** The rows in the order the table shows them: the fixed ones, then one per system, in the systems' order. */
export function raciRows(systems: readonly IntegrationSystem[]): RaciRow[] {
  const fixed = (['monitoring', 'retraining', 'edge-case-review', 'incident-response', 'budget'] as const).map((r) => ({
    key: r,
    responsibility: r,
    systemId: null,
    ...RESPONSIBILITY_LABELS[r],
  }));
  const integration = [...systems]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      key: raciRowKey('integration', s.id),
      responsibility: 'integration' as const,
      systemId: s.id,
      label: `Integration: ${s.name}`,
      detail: RESPONSIBILITY_LABELS.integration.detail,
    }));
  return [...fixed, ...integration];
}

export type RaciProblem = 'no-responsible' | 'no-accountable' | 'several-accountable';

export interface RaciCheck {
  key: string;
  responsibleIds: string[];
  accountableIds: string[];
  problems: RaciProblem[];
}

const isResponsible = (role: RaciRole) => role === 'R' || role === 'AR';
const isAccountable = (role: RaciRole) => role === 'A' || role === 'AR';

/**
 * The rule of a RACI chart for each row: at least one Responsible and exactly one Accountable.
 * A row breaking it gets its problems listed, so the screen can name them in words.
 */
export function checkRaci(rows: readonly RaciRow[], assignments: readonly RaciAssignment[]): RaciCheck[] {
  return rows.map((row) => {
    const mine = assignments.filter((a) => raciRowKey(a.responsibility, a.systemId) === row.key);
    const responsibleIds = mine.filter((a) => isResponsible(a.role)).map((a) => a.participantId);
    const accountableIds = mine.filter((a) => isAccountable(a.role)).map((a) => a.participantId);
    const problems: RaciProblem[] = [];
    if (responsibleIds.length === 0) problems.push('no-responsible');
    if (accountableIds.length === 0) problems.push('no-accountable');
    if (accountableIds.length > 1) problems.push('several-accountable');
    return { key: row.key, responsibleIds, accountableIds, problems };
  });
}

export const RACI_PROBLEM_TEXT: Record<RaciProblem, string> = {
  'no-responsible': 'Nobody responsible',
  'no-accountable': 'No accountable owner',
  'several-accountable': 'Several accountable: keep one',
};
