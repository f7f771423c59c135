import { AUDIT_AREA_INFO } from '../domain/audit-areas';
import { toCsv, type CsvColumn } from './csv';
import type { ReportFinding } from './report-schema';

const FINDING_COLUMNS: readonly CsvColumn<ReportFinding>[] = [
  { header: 'Area', value: (f) => AUDIT_AREA_INFO[f.area].label },
  { header: 'Severity', value: (f) => f.severityLabel },
  { header: 'Finding', value: (f) => f.title },
  { header: 'Detail', value: (f) => f.detail },
  { header: 'Evidence', value: (f) => f.citations.map((c) => c.ref).join(' ') },
];

/** The report's findings (already redacted, citations already limited to client-visible notes) as CSV. */
export function findingsCsv(findings: readonly ReportFinding[]): string {
  return toCsv(FINDING_COLUMNS, findings);
}
