import type { FollowUp } from '../domain/action-item';
import type { Assessment } from '../domain/assessment';
import type { CostScenario } from '../domain/cost-scenario';
import type { Engagement } from '../domain/engagement';
import type { Finding } from '../domain/finding';
import type { Note } from '../domain/note';
import type { Participant } from '../domain/participant';
import type { PathToShip } from '../domain/path-to-ship';
import type { Session } from '../domain/session';
import type { Benchmark } from '../firm/firm-schemas';

/** What every client file is built from: the engagement as stored. The models keep only what a client may read. */
export interface ReportData {
  engagement: Engagement;
  participants: readonly Participant[];
  sessions: readonly Session[];
  /** Every note of the engagement as stored; the model itself keeps only what a client may read. */
  notes: readonly Note[];
  /** The owner, due day and status of the client-visible actions and decisions among the notes. */
  followUps: readonly FollowUp[];
  assessment: Assessment | null;
  scenarios: readonly CostScenario[];
  /** Every live finding on the board, facilitator-only and dropped ones included. */
  findings: readonly Finding[];
  pathToShip: PathToShip;
  /** When the report is produced, ISO-8601. */
  generatedAt: string;
  /** The last comparison with the firm's past audits this laptop holds, if any (firm library). */
  benchmark?: Benchmark | null;
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
  /** The agenda appendix lists each session's guiding questions too; left out unless asked for, as they are the template's, not the week's. */
  guidingQuestions?: boolean;
  /** A section comparing the pilot with the firm's past audits of its kind; only when the consultant asks for it. */
  benchmarks?: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { redactNames: false, appendices: APPENDICES };
