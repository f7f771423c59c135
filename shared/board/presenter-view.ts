import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../domain/audit-areas';
import { FINDING_KIND_LABELS, FINDING_STATUS_LABELS, SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from '../domain/finding';
import type { Participant } from '../domain/participant';
import { clientVisibleFindings } from '../report/client-visible';
import { bodyBeyondTitle } from '../report/daily-readout';

/** A note a finding cites, as the room may read it. */
export interface PresenterQuote {
  ref: string;
  text: string;
}

/** A finding as the room sees it on the projector: only client-visible findings and evidence. */
export interface PresenterCard {
  id: string;
  /** F3: the number the report gives the finding. */
  ref: string;
  title: string;
  area: AuditArea;
  areaLabel: string;
  severity: Severity;
  severityLabel: string;
  kindLabel: string;
  statusLabel: string;
  votes: number;
  day: number;
  ownerName: string | null;
  /** What the details add to the title, as the report prints them; empty when they only repeat it. */
  details: string;
  recommendation: string;
  /** The client-visible notes it cites, quoted; a facilitator-only note is not even hinted at. */
  evidence: PresenterQuote[];
}

export interface PresenterColumn {
  area: AuditArea;
  label: string;
  question: string;
  cards: PresenterCard[];
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

function toCard(finding: Finding, owners: ReadonlyMap<string, string>): PresenterCard {
  return {
    id: finding.id,
    ref: finding.ref,
    title: finding.title,
    area: finding.area,
    areaLabel: AUDIT_AREA_INFO[finding.area].label,
    severity: finding.severity,
    severityLabel: SEVERITY_LABELS[finding.severity],
    kindLabel: FINDING_KIND_LABELS[finding.kind],
    statusLabel: FINDING_STATUS_LABELS[finding.status],
    votes: finding.votes,
    day: finding.day,
    ownerName: finding.ownerId === null ? null : (owners.get(finding.ownerId) ?? null),
    details: bodyBeyondTitle(finding.title, finding.body),
    recommendation: finding.recommendation.trim(),
    evidence: finding.evidence.filter((e) => e.visibility === 'client').map((e) => ({ ref: e.ref, text: e.text })),
  };
}

/** The whole board for the room: per area, the most severe and most voted findings first, every one of them. */
export function presenterBoard(findings: readonly Finding[], participants: readonly Participant[]): PresenterColumn[] {
  const owners = new Map(participants.map((p) => [p.id, p.name]));
  const visible = clientVisibleFindings(findings);
  return AUDIT_AREAS.map((area) => ({
    area,
    label: AUDIT_AREA_INFO[area].label,
    question: AUDIT_AREA_INFO[area].question,
    cards: visible
      .filter((f) => f.area === area)
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.votes - a.votes || a.day - b.day || a.position - b.position)
      .map((f) => toCard(f, owners)),
  }));
}

/** The findings first recorded on one day, area by area in the board's order. */
export function presenterDayFindings(findings: readonly Finding[], participants: readonly Participant[], day: number): PresenterCard[] {
  return presenterBoard(
    findings.filter((f) => f.day === day),
    participants,
  ).flatMap((column) => column.cards);
}
