import type { Assessment } from '../domain/assessment';
import type { AuditArea } from '../domain/audit-areas';
import type { CostScenario } from '../domain/cost-scenario';
import type { Engagement } from '../domain/engagement';
import type { Note } from '../domain/note';
import type { Participant } from '../domain/participant';
import type { Session } from '../domain/session';

/*
 * What a report is built from. Findings, the recommendation, the roadmap and the RACI come from
 * features built alongside this one; until they are wired in they are absent, and every
 * renderer says so plainly instead of leaving a gap.
 */

export const FINDING_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_SEVERITY_LABELS: Readonly<Record<FindingSeverity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export interface FindingInput {
  id: string;
  /** The finding's short reference, F3, as the path to ship cites it. */
  ref: string;
  area: AuditArea;
  severity: FindingSeverity;
  title: string;
  detail: string;
  /** The day the finding was first recorded, for the daily readout. */
  day: number;
  /** References of the notes that support it, e.g. D2-014. */
  evidenceRefs: readonly string[];
}

export interface RecommendationInput {
  /** The one-line call, e.g. "Fix, then ship". */
  verdict: string;
  rationale: string;
}

export interface RoadmapItemInput {
  phase: string;
  title: string;
  owner: string;
  timing: string;
}

export interface RaciRowInput {
  activity: string;
  responsible: string;
  accountable: string;
  consulted: string;
  informed: string;
}

export interface ReportData {
  engagement: Engagement;
  participants: readonly Participant[];
  sessions: readonly Session[];
  /** Every note of the engagement as stored; the model itself keeps only what a client may read. */
  notes: readonly Note[];
  assessment: Assessment | null;
  scenarios: readonly CostScenario[];
  findings?: readonly FindingInput[];
  recommendation?: RecommendationInput | null;
  roadmap?: readonly RoadmapItemInput[];
  raci?: readonly RaciRowInput[];
  /** When the report is produced, ISO-8601. */
  generatedAt: string;
}

export const APPENDICES = ['evidence', 'participants', 'agenda'] as const;
export type Appendix = (typeof APPENDICES)[number];
export const APPENDIX_LABELS: Readonly<Record<Appendix, string>> = {
  evidence: 'Evidence notes the findings cite',
  participants: 'Participants',
  agenda: 'Agenda',
};

export interface ReportOptions {
  /** Replace participant names by their function ("Operator 2") everywhere. */
  redactNames: boolean;
  appendices: readonly Appendix[];
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { redactNames: false, appendices: APPENDICES };
