import { z } from 'zod';
import { Severity } from '../domain/finding';
import { AuditAreaSchema } from '../domain/session';
import { APPENDICES } from './report-inputs';

/*
 * The report model as schemas, so the in-app preview can receive it over IPC checked like every
 * other answer. Every string is plain text; renderers escape it.
 */

/** A bar of a chart: the value decides its length, the text is what the reader sees beside it. */
export const ChartBar = z.object({ label: z.string(), value: z.number().nullable(), valueText: z.string() });
export const BarChart = z.object({
  title: z.string(),
  /** The value a full-length bar stands for. */
  max: z.number(),
  bars: z.array(ChartBar),
  /** Shown under the chart: what the numbers are and where they come from. */
  caption: z.string(),
});
export type BarChart = z.infer<typeof BarChart>;

/** anchor: the evidence entry it points at; null when that appendix is left out. */
export const Citation = z.object({ ref: z.string(), anchor: z.string().nullable() });
export type Citation = z.infer<typeof Citation>;

export const ReportFinding = z.object({
  id: z.string(),
  ref: z.string(),
  area: AuditAreaSchema,
  severity: Severity,
  severityLabel: z.string(),
  title: z.string(),
  detail: z.string(),
  citations: z.array(Citation),
});
export type ReportFinding = z.infer<typeof ReportFinding>;

/** A chapter for each area with a client-visible finding; readinessText null while the area is unscored. */
export const AreaChapter = z.object({
  area: AuditAreaSchema,
  title: z.string(),
  question: z.string(),
  readinessText: z.string().nullable(),
  findings: z.array(ReportFinding),
});
export type AreaChapter = z.infer<typeof AreaChapter>;

const LabelValue = z.object({ label: z.string(), value: z.string() });
export const ScenarioSection = z.object({ name: z.string(), headline: z.array(LabelValue), costChart: BarChart, errors: z.array(LabelValue) });
export type ScenarioSection = z.infer<typeof ScenarioSection>;

export const EvidenceEntry = z.object({
  anchor: z.string(),
  ref: z.string(),
  day: z.number(),
  dayLabel: z.string(),
  time: z.string(),
  speaker: z.string(),
  kind: z.string(),
  area: z.string(),
  text: z.string(),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;

export const ParticipantEntry = z.object({ name: z.string(), role: z.string(), organisation: z.string(), days: z.string() });
export type ParticipantEntry = z.infer<typeof ParticipantEntry>;

export const AgendaDay = z.object({
  day: z.number(),
  label: z.string(),
  /** questions is empty unless the guiding questions were asked for. */
  sessions: z.array(z.object({ time: z.string(), title: z.string(), area: z.string(), questions: z.array(z.string()) })),
});
export type AgendaDay = z.infer<typeof AgendaDay>;

/** findings: "Findings F2, F5" for the reported findings the phase answers, or empty. */
export const RoadmapRow = z.object({
  phase: z.string(),
  owner: z.string(),
  timing: z.string(),
  milestones: z.array(z.string()),
  exitCriteria: z.array(z.string()),
  findings: z.string(),
});
export type RoadmapRow = z.infer<typeof RoadmapRow>;
export const RaciRow = z.object({ activity: z.string(), responsible: z.string(), accountable: z.string(), consulted: z.string(), informed: z.string() });
export type RaciRow = z.infer<typeof RaciRow>;
/** An action or decision as the report's "Actions and decisions" chapter lists it. */
export const FollowUpRow = z.object({ ref: z.string(), text: z.string(), owner: z.string(), due: z.string(), status: z.string(), overdue: z.boolean() });
export type FollowUpRow = z.infer<typeof FollowUpRow>;

export const ReportRecommendation = z.object({ verdict: z.string(), rationale: z.string() });
export type ReportRecommendation = z.infer<typeof ReportRecommendation>;

export const Report = z.object({
  title: z.string(),
  cover: z.object({
    clientName: z.string(),
    pilotName: z.string(),
    dates: z.string(),
    venue: z.string(),
    facilitators: z.array(z.string()),
    preparedOn: z.string(),
    redacted: z.boolean(),
  }),
  /*
   * A client document prints what was recorded and leaves the rest out: every null below is a
   * section the renderers skip, and the release check names each one to the facilitator.
   */
  summary: z.object({
    recommendation: ReportRecommendation.nullable(),
    /** The first cost scenario's headline figures and error picture; null with no scenario. */
    money: z.object({ scenario: z.string(), figures: z.array(LabelValue), errors: z.array(LabelValue) }).nullable(),
    topFindings: z.array(ReportFinding),
    diagnostic: z
      .object({
        level: z.enum(['high', 'elevated', 'incomplete', 'low']),
        headline: z.string(),
        causes: z.array(z.object({ title: z.string(), rating: z.string() })),
      })
      .nullable(),
    readinessText: z.string().nullable(),
    mlTestScoreText: z.string().nullable(),
  }),
  /** False while no finding has been recorded (or the findings feature is not wired in yet). */
  findingsRecorded: z.boolean(),
  chapters: z.array(AreaChapter),
  readiness: z.object({ chart: BarChart.nullable(), mlChart: BarChart.nullable(), mlBand: z.string().nullable(), attribution: z.array(z.string()) }),
  cost: z.object({ scenarios: z.array(ScenarioSection) }),
  /** rows is null until the path to ship has been recorded. */
  pathToShip: z.object({ roadmap: z.object({ rows: z.array(RoadmapRow).nullable() }), raci: z.object({ rows: z.array(RaciRow).nullable() }) }),
  /** The week's client-visible actions (owner, due day, status) and decisions; the chapter is left out when both are empty. */
  followUp: z.object({ actions: z.array(FollowUpRow), decisions: z.array(FollowUpRow) }),
  /** The pilot against the firm's past audits of its kind: null unless asked for and one is held. */
  benchmark: z
    .object({
      pilotKind: z.string(),
      audits: z.number().int(),
      computedAt: z.string(),
      rows: z.array(z.object({ metric: z.string(), label: z.string(), value: z.string(), median: z.string(), middle: z.string(), position: z.string(), audits: z.number().int() })),
    })
    .nullable(),
  /** Null for an appendix left out by the options or with nothing in it; evidence holds only the notes findings cite. */
  appendices: z.object({
    evidence: z.array(EvidenceEntry).nullable(),
    participants: z.array(ParticipantEntry).nullable(),
    agenda: z.array(AgendaDay).nullable(),
  }),
});
export type Report = z.infer<typeof Report>;

/** What every rendering of the report says when the evidence appendix has nothing to quote. */
export const NO_CITED_EVIDENCE = 'No finding cites a client-visible note.';

export const ReportOptionsSchema = z.object({
  redactNames: z.boolean().default(false),
  appendices: z.array(z.enum(APPENDICES)).max(APPENDICES.length).default([...APPENDICES]),
  guidingQuestions: z.boolean().optional(),
  benchmarks: z.boolean().optional(),
});
