import { formatDate } from '../domain/dates';
import type { Participant } from '../domain/participant';
import { DECISION_LABELS, type PathToShip } from '../domain/path-to-ship';
import { raciRows, type RaciRow } from '../path-to-ship/raci';
import type { RaciRow as ReportRaciRow, ReportFinding, ReportRecommendation, RoadmapRow } from './report-schema';

/** What the roadmap and the RACI say where nobody has been named. */
export const NOT_ASSIGNED = 'Not assigned';

/** The findings the report shows, which are the only ones a path-to-ship item may cite. */
type Reported = readonly Pick<ReportFinding, 'id' | 'ref'>[];

function nameOf(participants: readonly Participant[], id: string | null): string | null {
  return id === null ? null : (participants.find((p) => p.id === id)?.name ?? null);
}

/**
 * "Findings F2, F5" for the findings an item links to, citing only those the report itself shows:
 * a facilitator-only or dropped finding is not named, even by its reference.
 */
function findingsCited(findingIds: readonly string[], reported: Reported): string {
  const refs = findingIds.map((id) => reported.find((f) => f.id === id)?.ref).filter((ref): ref is string => Boolean(ref));
  if (refs.length === 0) return '';
  return `${refs.length === 1 ? 'Finding' : 'Findings'} ${refs.join(', ')}`;
}

export function reportRecommendation(path: PathToShip, participants: readonly Participant[], reported: Reported): ReportRecommendation | null {
  const r = path.recommendation;
  if (!r) return null;
  const decidedBy = r.decidedBy.kind === 'participant' ? nameOf(participants, r.decidedBy.participantId) : r.decidedBy.kind === 'name' ? r.decidedBy.name : null;
  const decided = [decidedBy ? `Decided by ${decidedBy}` : '', r.decidedOn ? `on ${formatDate(r.decidedOn)}` : ''].filter(Boolean).join(' ');
  const conditions = r.conditions.length > 0 ? `Conditions: ${r.conditions.map((c, i) => `(${i + 1}) ${c.replace(/[.;]+$/u, '')}`).join('; ')}.` : '';
  const cited = findingsCited(r.findingIds, reported);
  return {
    verdict: DECISION_LABELS[r.decision],
    rationale: [r.rationale, conditions, cited ? `Supported by: ${cited}.` : '', decided ? `${decided}.` : '']
      .filter(Boolean)
      .join('\n\n'),
  };
}

/** Each phase in its own columns: a milestone or exit criterion per line, never joined into one run-on cell. */
export function reportRoadmap(path: PathToShip, participants: readonly Participant[], reported: Reported): RoadmapRow[] {
  return [...path.phases]
    .sort((a, b) => a.position - b.position)
    .map((phase, index) => ({
      phase: `${index + 1}. ${phase.name}`,
      owner: nameOf(participants, phase.ownerId) ?? NOT_ASSIGNED,
      timing: `Week ${phase.targetWeek}`,
      milestones: [...phase.milestones],
      exitCriteria: [...phase.exitCriteria],
      findings: findingsCited(phase.findingIds, reported),
    }));
}

/**
 * The operating model as the report shows it; an empty Responsible or Accountable says so in words.
 * Before anyone has been given a letter there is no table, and the report says it is not recorded.
 */
export function reportRaci(path: PathToShip, participants: readonly Participant[]): ReportRaciRow[] {
  if (path.raci.length === 0) return [];
  const names = (row: RaciRow, roles: readonly string[]) =>
    path.raci
      .filter((a) => a.responsibility === row.responsibility && a.systemId === row.systemId && roles.includes(a.role))
      .map((a) => nameOf(participants, a.participantId))
      .filter((n): n is string => n !== null)
      .join(', ');
  return raciRows(path.systems).map((row) => ({
    activity: row.label,
    responsible: names(row, ['R', 'AR']) || NOT_ASSIGNED,
    accountable: names(row, ['A', 'AR']) || NOT_ASSIGNED,
    consulted: names(row, ['C']),
    informed: names(row, ['I']),
  }));
}
