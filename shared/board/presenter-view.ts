import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../domain/audit-areas';
import { FINDING_KIND_LABELS, FINDING_STATUS_LABELS, SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from '../domain/finding';
import type { Participant } from '../domain/participant';
import { clientEvidenceRefs, clientVisibleFindings } from '../report/client-visible';

/** A finding as the room sees it on the projector: no body, no facilitator-only evidence. */
export interface PresenterCard {
  id: string;
  /** F3: the number the report gives the finding. */
  ref: string;
  title: string;
  severity: Severity;
  severityLabel: string;
  kindLabel: string;
  statusLabel: string;
  votes: number;
  day: number;
  ownerName: string | null;
  recommendation: string;
  /** References of client-visible evidence only, e.g. D2-014. */
  evidenceRefs: string[];
}

export interface PresenterColumn {
  area: AuditArea;
  label: string;
  question: string;
  total: number;
  cards: PresenterCard[];
}


const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

function toCard(finding: Finding, owners: ReadonlyMap<string, string>): PresenterCard {
  return {
    id: finding.id,
    ref: finding.ref,
    title: finding.title,
    severity: finding.severity,
    severityLabel: SEVERITY_LABELS[finding.severity],
    kindLabel: FINDING_KIND_LABELS[finding.kind],
    statusLabel: FINDING_STATUS_LABELS[finding.status],
    votes: finding.votes,
    day: finding.day,
    ownerName: finding.ownerId === null ? null : (owners.get(finding.ownerId) ?? null),
    recommendation: finding.recommendation,
    evidenceRefs: clientEvidenceRefs(finding),
  };
}

function columns(findings: readonly Finding[], participants: readonly Participant[], perColumn: number): PresenterColumn[] {
  const owners = new Map(participants.map((p) => [p.id, p.name]));
  const visible = clientVisibleFindings(findings);
  return AUDIT_AREAS.map((area) => {
    const inArea = visible
      .filter((f) => f.area === area)
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.votes - a.votes || a.day - b.day || a.position - b.position);
    return {
      area,
      label: AUDIT_AREA_INFO[area].label,
      question: AUDIT_AREA_INFO[area].question,
      total: inArea.length,
      cards: inArea.slice(0, perColumn).map((f) => toCard(f, owners)),
    };
  });
}

/** The whole board for the room: per area, the most severe and most voted findings first. */
export function presenterBoard(findings: readonly Finding[], participants: readonly Participant[], perColumn = 5): PresenterColumn[] {
  return columns(findings, participants, perColumn);
}

/** The end-of-day readout: that day's findings, by area. */
export function presenterReadout(findings: readonly Finding[], participants: readonly Participant[], day: number, perColumn = 5): PresenterColumn[] {
  return columns(
    findings.filter((f) => f.day === day),
    participants,
    perColumn,
  );
}
