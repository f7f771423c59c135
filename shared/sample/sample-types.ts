import type { ItemStatus } from '../domain/action-item';
import type { AuditArea } from '../domain/audit-areas';
import type { CauseRating, PurgatoryCauseId } from '../assessment/purgatory-diagnostic';
import type { CriterionScore } from '../assessment/scoring';
import type { MlTestPoints } from '../assessment/ml-test-score';
import type { CostInputs } from '../cost-model/cost-inputs';
import type { Confidence, FindingKind, FindingStatus, Severity } from '../domain/finding';
import type { NoteKind, NoteVisibility } from '../domain/note';
import type { ParticipantFunction } from '../domain/participant';
import type { Decision, RaciRole, Responsibility } from '../domain/path-to-ship';

/**
 * The sample engagement as plain content: people, notes and findings refer to each other by short
 * keys, which the loader turns into ids. Times are local wall-clock times in the sample week.
 */
export interface SampleParticipant {
  key: string;
  name: string;
  title: string;
  organisation: string;
  function: ParticipantFunction;
  daysAttended: number[];
}

export interface SampleNote {
  /** Set only on notes that findings, scores or the recommendation cite. */
  key?: string;
  /** HH:MM on the note's day. */
  at: string;
  /** A participant's key, or null for the facilitator's own observation. */
  by: string | null;
  kind: NoteKind;
  text: string;
  tags?: string[];
  /** Defaults to the session's area, then the day's. */
  area?: AuditArea;
  visibility?: NoteVisibility;
  /** An action's owner (a participant's key), due day (null when it falls after the week) and status by the end of the week. */
  followUp?: { owner: string; due: number | null; status: ItemStatus };
}

/** The notes of one session of the standard week, found by its title on that day. */
export interface SampleSessionNotes {
  session: string;
  notes: SampleNote[];
}

export interface SampleDay {
  day: number;
  area: AuditArea;
  sessions: SampleSessionNotes[];
}

export interface SampleFinding {
  key: string;
  title: string;
  body: string;
  area: AuditArea;
  day: number;
  kind: FindingKind;
  severity: Severity;
  confidence: Confidence;
  status: FindingStatus;
  owner: string | null;
  recommendation: string;
  votes: number;
  /** Note keys, in the order the card lists them. */
  evidence: string[];
}

export interface SampleCriterionScore {
  criterionId: string;
  score: CriterionScore;
  comment: string;
  /** Note keys and finding keys cited as evidence. */
  notes?: string[];
  findings?: string[];
}

export interface SampleMlTest {
  testId: string;
  points: MlTestPoints;
  comment?: string;
}

export interface SampleCause {
  causeId: PurgatoryCauseId;
  rating: CauseRating;
  justification: string;
}

export interface SampleCostScenario {
  name: string;
  inputs: CostInputs;
}

export interface SamplePhase {
  name: string;
  owner: string;
  targetWeek: number;
  milestones: string[];
  exitCriteria: string[];
  criterionIds: string[];
  /** Keys of the findings the phase answers. */
  findings: string[];
}

export interface SampleRaci {
  responsibility: Responsibility;
  /** Only for integration rows: the system's name. */
  system?: string;
  participant: string;
  role: RaciRole;
}

export interface SampleContent {
  engagement: {
    clientName: string;
    pilotName: string;
    pilotDescription: string;
    facilitators: string[];
    venue: string;
    weekStart: string;
    dayCount: number;
    pilot: { accuracyPct: number; pilotVolumePerDay: number; productionVolumePerDay: number; costPerQuery: number; currency: string };
  };
  participants: SampleParticipant[];
  days: SampleDay[];
  findings: SampleFinding[];
  assessment: { criteria: SampleCriterionScore[]; mlTests: SampleMlTest[]; causes: SampleCause[] };
  costScenarios: SampleCostScenario[];
  pathToShip: {
    recommendation: { decision: Decision; rationale: string; conditions: string[]; criterionIds: string[]; findings: string[]; decidedBy: string; decidedOn: string };
    phases: SamplePhase[];
    systems: string[];
    raci: SampleRaci[];
  };
}
