import { DEFAULT_COST_INPUTS } from '../../../../shared/cost-model/cost-inputs';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { Note } from '../../../../shared/domain/note';
import type { Participant } from '../../../../shared/domain/participant';
import type { Session } from '../../../../shared/domain/session';
import type { Evidence, Finding } from '../../../../shared/domain/finding';
import type { PathToShip } from '../../../../shared/domain/path-to-ship';
import type { ReportData } from '../../../../shared/report/report-inputs';
import { aFinding } from '../board/finding-fixtures';

/** Synthetic engagement data for the report tests: hostile text, a facilitator-only note, a deleted note. */
const meta = (n: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: `2026-03-0${1 + (n % 5)}T08:00:00.000Z`,
  updatedAt: '2026-03-01T08:00:00.000Z',
  deviceId: 'device-1',
});
export const ENGAGEMENT_ID = meta(1).id;

function participant(n: number, name: string, fn: Participant['function']): Participant {
  return { ...meta(100 + n), engagementId: ENGAGEMENT_ID, name, title: '', organisation: 'Acme Freight', function: fn, daysAttended: [1, 2], contact: '' };
}

export const PARTICIPANTS = [
  participant(1, 'Maria Schmidt', 'operator'),
  participant(2, 'Jonas Keller', 'operator'),
  participant(3, 'Priya Raman', 'sponsor'),
];

function note(n: number, fields: Partial<Note> & Pick<Note, 'ref' | 'day' | 'text'>): Note {
  return {
    ...meta(200 + n),
    engagementId: ENGAGEMENT_ID,
    sessionId: null,
    area: 'production-requirements',
    kind: 'observation',
    speakerId: PARTICIPANTS[0]!.id,
    speakerName: 'Maria Schmidt',
    tags: [],
    visibility: 'client',
    pinned: false,
    capturedAt: `2026-03-0${1 + fields.day}T10:1${n % 10}:00.000Z`,
    deletedAt: null,
    ...fields,
  };
}

export const SECRET_TEXT = 'FACILITATOR-ONLY: sponsor seems checked out';
export const DELETED_TEXT = 'DELETED-NOTE: typo draft';

export const NOTES: Note[] = [
  note(1, { ref: 'D1-001', day: 1, text: 'Exceptions are handled by <b>Maria Schmidt</b> alone; Jonas covers on Fridays.' }),
  note(2, { ref: 'D1-002', day: 1, kind: 'question', text: '=HYPERLINK("http://evil","click") who owns the model?', speakerName: 'Jonas Keller', speakerId: PARTICIPANTS[1]!.id }),
  note(3, { ref: 'D2-001', day: 2, kind: 'action', text: '# Not a heading\n* not a list\n<script>alert(1)</script>', speakerName: 'Priya Raman', speakerId: PARTICIPANTS[2]!.id }),
  note(4, { ref: 'D2-002', day: 2, text: SECRET_TEXT, visibility: 'facilitator' }),
  note(5, { ref: 'D2-003', day: 2, text: DELETED_TEXT, deletedAt: '2026-03-03T11:00:00.000Z' }),
  note(6, { ref: 'D3-001', day: 3, kind: 'quote', area: 'approach', text: 'Accuracy on the demo set was 97 %, on last month’s mail 81 %, said Priya.' }),
];

/** A finding's evidence entry for one of the notes above, as the findings service lists it. */
export function evidenceOf(ref: string): Evidence {
  const note = NOTES.find((n) => n.ref === ref)!;
  return { noteId: note.id, ref, day: note.day, text: note.text, visibility: note.visibility };
}

export const FINDINGS: Finding[] = [
  aFinding({
    engagementId: ENGAGEMENT_ID,
    ref: 'F1',
    area: 'production-requirements',
    severity: 'critical',
    title: 'One person, Maria Schmidt, handles every exception',
    body: 'No cover, no runbook.',
    day: 1,
    evidence: ['D1-001', 'D2-002', 'D2-001'].map(evidenceOf),
  }),
  aFinding({
    engagementId: ENGAGEMENT_ID,
    ref: 'F2',
    area: 'approach',
    severity: 'high',
    title: 'Accuracy measured on a curated set',
    body: 'Production mail scores 16 points lower.',
    day: 3,
    evidence: ['D3-001', 'D2-003'].map(evidenceOf),
  }),
  aFinding({ engagementId: ENGAGEMENT_ID, ref: 'F3', area: 'problem-fit', severity: 'low', title: 'Value **not** quantified', body: '[link](http://x)', day: 2 }),
];

export const NO_PATH_TO_SHIP: PathToShip = { engagementId: ENGAGEMENT_ID, recommendation: null, phases: [], systems: [], raci: [] };

/** A recommendation, one roadmap phase and the RACI letters of everyone but Retraining, naming participants. */
export const PATH_TO_SHIP: PathToShip = {
  engagementId: ENGAGEMENT_ID,
  recommendation: {
    ...meta(500),
    engagementId: ENGAGEMENT_ID,
    decision: 'conditional-go',
    rationale: 'Maria Schmidt must not be the only reviewer.',
    conditions: [],
    criterionIds: [],
    findingIds: [],
    decidedBy: { kind: 'nobody' },
    decidedOn: null,
  },
  phases: [
    {
      ...meta(501),
      engagementId: ENGAGEMENT_ID,
      position: 0,
      name: 'Harden',
      milestones: ['Train a second reviewer beside Jonas Keller'],
      ownerId: PARTICIPANTS[2]!.id,
      targetWeek: 4,
      exitCriteria: [],
      criterionIds: [],
      findingIds: [],
    },
  ],
  systems: [],
  raci: (['monitoring', 'edge-case-review', 'incident-response', 'budget'] as const).flatMap((responsibility) => [
    { responsibility, systemId: null, participantId: PARTICIPANTS[0]!.id, role: 'R' as const },
    { responsibility, systemId: null, participantId: PARTICIPANTS[2]!.id, role: 'A' as const },
  ]),
};

/** Two problem-fit criteria, one ML test and one cause scored: enough for every chart and the diagnostic. */
export const ASSESSMENT: Assessment = {
  engagementId: ENGAGEMENT_ID,
  criteria: [
    { ...meta(600), engagementId: ENGAGEMENT_ID, criterionId: 'pf-value-quantified', score: 'in-place', comment: '' },
    { ...meta(601), engagementId: ENGAGEMENT_ID, criterionId: 'pf-current-process-cost', score: 'partly', comment: '' },
  ],
  evidence: [],
  mlTests: [{ ...meta(602), engagementId: ENGAGEMENT_ID, testId: 'monitor-7', points: 0.5, comment: '' }],
  causes: [{ ...meta(603), engagementId: ENGAGEMENT_ID, causeId: 'wrong-owners', rating: 'major-risk', justification: '' }],
};

function session(n: number, day: number, title: string, start: string, end: string): Session {
  return {
    ...meta(300 + n),
    engagementId: ENGAGEMENT_ID,
    day,
    position: n,
    title,
    kind: 'session',
    area: 'problem-fit',
    start,
    end,
    goal: '',
    questions: [{ text: 'What happens when Maria Schmidt is on leave?' }],
    status: 'planned',
    timer: { startedAt: null, accumulatedMs: 0, extensionMinutes: 0 },
  };
}

export function reportData(overrides: Partial<ReportData> = {}): ReportData {
  return {
    engagement: {
      ...meta(1),
      clientName: 'Acme Freight <Holdings> & Co',
      pilotName: 'Invoice triage assistant',
      pilotDescription: '',
      facilitators: ['Ada Consultant'],
      venue: 'Hamburg',
      weekStart: '2026-03-02',
      dayCount: 5,
      status: 'in-progress',
      pilot: { accuracyPct: 81, pilotVolumePerDay: 200, productionVolumePerDay: 4000, costPerQuery: 0.02, currency: 'EUR' },
      archivedAt: null,
    },
    participants: PARTICIPANTS,
    sessions: [session(0, 1, 'Problem framing', '09:00', '10:30'), session(1, 2, 'Data walk-through', '09:00', '10:00')],
    notes: NOTES,
    followUps: [],
    assessment: null,
    scenarios: [
      {
        ...meta(400),
        engagementId: ENGAGEMENT_ID,
        name: 'Base case',
        position: 0,
        inputs: {
          ...DEFAULT_COST_INPUTS,
          pilotVolumePerDay: 200,
          productionVolumePerDay: 4000,
          modelCostPerQuery: 0.02,
          computeCostPerQuery: 0.005,
          infrastructurePerMonth: 1500,
          monitoringPerMonth: 400,
          supportFte: 0.5,
          costPerFtePerYear: 80000,
          accuracyPct: 81,
          reviewSharePct: 30,
          minutesPerReview: 2,
          reviewerCostPerHour: 45,
          downstreamCostPerError: 12,
          currentCostPerItem: 1.8,
          storagePerRecordKb: 50,
          storagePricePerGbMonth: 0.02,
        },
      },
    ],
    findings: [],
    pathToShip: NO_PATH_TO_SHIP,
    generatedAt: '2026-03-06T16:00:00.000Z',
    ...overrides,
  };
}
