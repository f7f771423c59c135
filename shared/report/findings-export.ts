import { AUDIT_AREA_INFO } from '../domain/audit-areas';
import { CONFIDENCE_LABELS, FINDING_KIND_LABELS, FINDING_STATUS_LABELS, SEVERITY_LABELS, type Finding } from '../domain/finding';
import { clientVisibleNotes } from './client-visible';
import { toCsv, type CsvColumn } from './csv';
import type { Redact } from './redaction';
import type { ReportData } from './report-inputs';
import { reportFindings } from './report-model';

interface FindingRow {
  finding: Finding;
  owner: string;
  /** The client-visible notes it cites. */
  evidence: string[];
}

const FINDING_COLUMNS: readonly CsvColumn<FindingRow>[] = [
  { header: 'Ref', value: (r) => r.finding.ref },
  { header: 'Day', value: (r) => r.finding.day },
  { header: 'Area', value: (r) => AUDIT_AREA_INFO[r.finding.area].label },
  { header: 'Kind', value: (r) => FINDING_KIND_LABELS[r.finding.kind] },
  { header: 'Severity', value: (r) => SEVERITY_LABELS[r.finding.severity] },
  { header: 'Confidence', value: (r) => CONFIDENCE_LABELS[r.finding.confidence] },
  { header: 'Status', value: (r) => FINDING_STATUS_LABELS[r.finding.status] },
  { header: 'Owner', value: (r) => r.owner },
  { header: 'Votes', value: (r) => r.finding.votes },
  { header: 'Evidence', value: (r) => r.evidence.join(' ') },
  { header: 'Title', value: (r) => r.finding.title },
  { header: 'Details', value: (r) => r.finding.body },
  { header: 'Recommendation', value: (r) => r.finding.recommendation },
];

/**
 * One row per finding the report carries, in its order, with what the board shows of it: the
 * ref, day, votes and owner let a reader match a row to the report and the board. Texts and the
 * owner's name are redacted when asked; evidence lists client-visible notes only.
 */
export function findingsCsv(data: Pick<ReportData, 'findings' | 'notes' | 'participants'>, redact: Redact): string {
  const stored = new Map(data.findings.map((f) => [f.id, f]));
  const people = new Map(data.participants.map((p) => [p.id, p.name]));
  const visibleRefs = new Set(clientVisibleNotes(data.notes).map((n) => n.ref));
  const rows = reportFindings(data.findings, visibleRefs, redact, false).map((r): FindingRow => {
    const f = stored.get(r.id)!;
    const owner = f.ownerId === null ? undefined : people.get(f.ownerId);
    return {
      finding: { ...f, title: r.title, body: redact(f.body), recommendation: redact(f.recommendation) },
      owner: owner === undefined ? '' : redact(owner),
      evidence: r.citations.map((c) => c.ref),
    };
  });
  return toCsv(FINDING_COLUMNS, rows);
}
