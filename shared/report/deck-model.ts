import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../domain/audit-areas';
import { addDays, formatDate, formatShortDay } from '../domain/dates';
import type { Finding } from '../domain/finding';
import { NOTE_KIND_LABELS, type Note } from '../domain/note';
import { DECISION_LABELS } from '../domain/path-to-ship';
import { clientVisibleFindings, clientVisibleNotes } from './client-visible';
import { asOfDay, clientItems, followUpLine } from './follow-up';
import { createRedactor, type Redact } from './redaction';
import type { ReportData, ReportOptions } from './report-inputs';
import { buildReport, reportFindings, sortNotes } from './report-model';
import { NOT_ASSIGNED } from './report-path-to-ship';
import type { Report, ReportFinding } from './report-schema';

/*
 * The readout deck as plain data: what each slide says, in the order it is shown. The week's deck
 * carries the whole story (recommendation, money, readiness, risks, decisions, findings,
 * roadmap); a day's deck is that day's readout: its risks, decisions and actions, and the
 * findings first recorded that day. Only client-visible notes and findings reach it.
 */

export type DeckScope = { kind: 'week' } | { kind: 'day'; day: number };

/** The deck an export names by its day: null for the week's. */
export function deckScope(day: number | null): DeckScope {
  return day === null ? { kind: 'week' } : { kind: 'day', day };
}

/** The deck's file name in an export folder. */
export function deckFileName(scope: DeckScope): string {
  return scope.kind === 'day' ? `Day ${scope.day} readout deck.pptx` : 'Readout deck.pptx';
}

export interface DeckColumn {
  header: string;
  /** Share of the table's width. */
  width: number;
  /** Its cells are severity labels, drawn on the severity's colour from the one palette. */
  severity?: true;
}

export type DeckSlide =
  | { kind: 'title'; title: string; lines: string[] }
  | { kind: 'recommendation'; title: string; decision: string; rationale: string; conditions: string[] }
  | { kind: 'figures'; title: string; subtitle: string; figures: { label: string; value: string }[]; caption: string }
  | { kind: 'readiness'; title: string; bars: { label: string; value: number }[]; rows: { label: string; value: string }[]; caption: string }
  | { kind: 'table'; title: string; columns: DeckColumn[]; rows: string[][] };

/** A section with nothing recorded: left out of the client's deck, and listed in the release check instead. */
export interface LeftOut {
  kind: 'empty';
  title: string;
  text: string;
}
type DeckPart = DeckSlide | LeftOut;

export interface ReadoutDeck {
  /** The presentation's own title, shown in PowerPoint's file properties. */
  title: string;
  slides: DeckSlide[];
  leftOut: LeftOut[];
}

/** Rows per table slide, so a long list continues on the next slide instead of running off this one. */
export const ROWS_PER_SLIDE = 7;
/** A roadmap phase lists its milestones and exit criteria line by line, so fewer fit on a slide. */
export const PHASES_PER_SLIDE = 3;
export const TOP_RISKS = 5;
/** A slide quotes a note, it does not reproduce it: the notes travel whole in Notes.csv and Notes.md. */
export const QUOTE_LENGTH = 280;

function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

/** One table, cut into as many slides as it needs, each after the first titled "(continued)". */
function tableSlides(title: string, columns: DeckColumn[], rows: string[][], empty: string, perSlide = ROWS_PER_SLIDE): DeckPart[] {
  if (rows.length === 0) return [{ kind: 'empty', title, text: empty }];
  const slides: DeckPart[] = [];
  for (let start = 0; start < rows.length; start += perSlide) {
    slides.push({ kind: 'table', title: start === 0 ? title : `${title} (continued)`, columns, rows: rows.slice(start, start + perSlide) });
  }
  return slides;
}

function titleSlide(data: ReportData, report: Report, scope: DeckScope, redacted: boolean): DeckSlide {
  const { engagement } = data;
  const when =
    scope.kind === 'day'
      ? `Day ${scope.day} readout · ${formatShortDay(addDays(engagement.weekStart, scope.day - 1))}`
      : `Readout · ${report.cover.dates}`;
  return {
    kind: 'title',
    title: engagement.pilotName,
    lines: [engagement.clientName, when, `Prepared on ${formatDate(data.generatedAt.slice(0, 10))}`, ...(redacted ? ['Participant names replaced by their function'] : [])],
  };
}

function recommendationSlide(data: ReportData, redact: Redact): DeckPart {
  const title = 'Recommendation';
  const r = data.pathToShip.recommendation;
  if (!r) return { kind: 'empty', title, text: 'No recommendation has been recorded yet.' };
  return {
    kind: 'recommendation',
    title,
    decision: DECISION_LABELS[r.decision],
    rationale: redact(r.rationale),
    conditions: r.conditions.map(redact),
  };
}

function moneySlide(scenario: Report['cost']['scenarios'][number] | undefined): DeckPart {
  const title = 'The money';
  if (!scenario) return { kind: 'empty', title, text: 'No cost scenario has been recorded yet.' };
  return { kind: 'figures', title, subtitle: `Scenario: ${scenario.name}`, figures: scenario.headline, caption: scenario.costChart.caption };
}

function readinessSlide(report: Report): DeckPart {
  const { chart } = report.readiness;
  if (!chart) return { kind: 'empty', title: 'Readiness by area', text: 'No readiness criterion has been scored yet.' };
  const bars = chart.bars.filter((b): b is typeof b & { value: number } => b.value !== null).map((b) => ({ label: b.label, value: Math.round(b.value) }));
  if (bars.length === 0) return { kind: 'empty', title: chart.title, text: 'No readiness criterion has been scored yet.' };
  return { kind: 'readiness', title: chart.title, bars, rows: chart.bars.map((b) => ({ label: b.label, value: b.valueText })), caption: chart.caption };
}

function riskRows(findings: readonly ReportFinding[]): string[][] {
  return findings.slice(0, TOP_RISKS).map((f) => [f.ref, f.severityLabel, AUDIT_AREA_INFO[f.area].label, f.title]);
}

const inScope = (scope: DeckScope, day: number) => scope.kind === 'week' || day === scope.day;

/** The notes the deck quotes: client-visible decisions and actions of the week or of the day. */
export function deckNotes(data: Pick<ReportData, 'notes'>, scope: DeckScope): Note[] {
  return sortNotes(clientVisibleNotes(data.notes)).filter((n) => (n.kind === 'decision' || n.kind === 'action') && inScope(scope, n.day));
}

/** The findings the deck shows: client-visible ones of the week, or first recorded that day. */
export function deckFindings(data: Pick<ReportData, 'findings'>, scope: DeckScope): Finding[] {
  return clientVisibleFindings(data.findings).filter((f) => inScope(scope, f.day));
}

/** Each decision and action with its follow-up, as of the deck's day (the day it is made, for the week's deck). */
function decisionRows(data: ReportData, scope: DeckScope, redact: Redact): string[][] {
  const today = scope.kind === 'day' ? scope.day : asOfDay(data.engagement, data.generatedAt);
  const notes = deckNotes(data, scope);
  return clientItems({ notes, followUps: data.followUps }).map((item) => {
    const line = followUpLine(item, data, redact, today);
    return [line.ref, NOTE_KIND_LABELS[item.kind], quote(line.text), line.owner, line.due, `${line.status}${line.overdue ? ' (overdue)' : ''}`];
  });
}

/** One item a line, each marked, so an item that wraps still reads as one. */
function bulleted(items: readonly string[], redact: Redact): string {
  return items.map((item) => `• ${redact(item)}`).join('\n') || '—';
}

function roadmapRows(data: ReportData, redact: Redact): string[][] {
  const owner = (id: string | null) => data.participants.find((p) => p.id === id)?.name;
  return [...data.pathToShip.phases]
    .sort((a, b) => a.position - b.position)
    .map((phase, index) => {
      const name = owner(phase.ownerId);
      return [
        `${index + 1}. ${redact(phase.name)}`,
        name ? redact(name) : NOT_ASSIGNED,
        `Week ${phase.targetWeek}`,
        bulleted(phase.milestones, redact),
        bulleted(phase.exitCriteria, redact),
      ];
    });
}

const FINDING_COLUMNS: DeckColumn[] = [
  { header: 'Ref', width: 1 },
  { header: 'Severity', width: 1.5, severity: true },
  { header: 'Finding', width: 9.5 },
];

function findingsByArea(findings: readonly ReportFinding[], scope: DeckScope): DeckPart[] {
  const slides = AUDIT_AREAS.flatMap((area) => {
    const rows = findings.filter((f) => f.area === area).map((f) => [f.ref, f.severityLabel, f.title]);
    return rows.length ? tableSlides(`Findings: ${AUDIT_AREA_INFO[area].label}`, FINDING_COLUMNS, rows, '') : [];
  });
  if (slides.length > 0) return slides;
  return [{ kind: 'empty', title: 'Findings by area', text: scope.kind === 'day' ? 'No new finding was recorded this day.' : 'No finding has been recorded.' }];
}

/** Pure: engagement data in, the readout deck out; every string is plain text. */
export function buildReadoutDeck(data: ReportData, options: Pick<ReportOptions, 'redactNames'>, scope: DeckScope): ReadoutDeck {
  const redact = createRedactor(data.participants, options.redactNames);
  const report = buildReport(data, { redactNames: options.redactNames, appendices: [] });
  const visibleRefs = new Set(clientVisibleNotes(data.notes).map((n) => n.ref));
  const shown = deckFindings(data, scope);
  const findings = reportFindings(shown, visibleRefs, redact, false);
  // A strength is never a risk, however it is rated.
  const risks = reportFindings(
    shown.filter((f) => f.kind !== 'strength'),
    visibleRefs,
    redact,
    false,
  );

  const risksSlides = tableSlides(
    'Top risks',
    [
      { header: 'Ref', width: 1 },
      { header: 'Severity', width: 1.5, severity: true },
      { header: 'Area', width: 2.5 },
      { header: 'Finding', width: 7 },
    ],
    riskRows(risks),
    scope.kind === 'day' ? 'No new risk was recorded this day.' : 'No risk has been recorded.',
  );
  const decisions = tableSlides(
    'Decisions and actions',
    [
      { header: 'Ref', width: 1.2 },
      { header: 'Kind', width: 1.2 },
      { header: 'What', width: 5.4 },
      { header: 'Owner', width: 1.9 },
      { header: 'Due', width: 1 },
      { header: 'Status', width: 1.3 },
    ],
    decisionRows(data, scope, redact),
    scope.kind === 'day' ? 'No decision or action was noted this day.' : 'No decision or action was noted.',
  );
  const week = scope.kind === 'week';
  const parts: DeckPart[] = [
    titleSlide(data, report, scope, options.redactNames),
    ...(week ? [recommendationSlide(data, redact), moneySlide(report.cost.scenarios[0]), readinessSlide(report)] : []),
    ...risksSlides,
    ...decisions,
    ...findingsByArea(findings, scope),
    ...(week
      ? tableSlides(
          'Roadmap',
          [
            { header: 'Phase', width: 2 },
            { header: 'Owner', width: 1.8 },
            { header: 'Target', width: 1 },
            { header: 'Milestones', width: 3.6 },
            { header: 'Exit criteria', width: 3.6 },
          ],
          roadmapRows(data, redact),
          'No roadmap phase has been recorded yet.',
          PHASES_PER_SLIDE,
        )
      : []),
  ];
  const title = `${data.engagement.clientName} — ${data.engagement.pilotName}: ${scope.kind === 'day' ? `Day ${scope.day} readout` : 'readout'}`;
  return {
    title,
    slides: parts.filter((p): p is DeckSlide => p.kind !== 'empty'),
    leftOut: parts.filter((p): p is LeftOut => p.kind === 'empty'),
  };
}
