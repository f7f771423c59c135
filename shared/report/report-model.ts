import { ML_TEST_SCORE_ATTRIBUTION, ML_TEST_SECTION_LABELS, ML_TEST_SECTIONS, type MlTestPoints } from '../assessment/ml-test-score';
import { CAUSE_RATING_LABELS, PURGATORY_CAUSES, readDiagnostic, type CauseRating, type PurgatoryCauseId } from '../assessment/purgatory-diagnostic';
import { computeMlTestScore, overallReadiness, readinessByArea, type CriterionScore } from '../assessment/scoring';
import { NIST_AI_RMF_ATTRIBUTION } from '../assessment/audit-criteria';
import { COST_LINE_ITEMS, computeCostModel } from '../cost-model/cost-model';
import { formatMoney, formatNumber, formatPercent } from '../cost-model/format';
import { breakEvenStatement, countText } from '../cost-model/result-text';
import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../domain/audit-areas';
import { addDays, formatDate, formatShortDay, formatWeekRange } from '../domain/dates';
import { SEVERITIES, SEVERITY_LABELS, type Finding } from '../domain/finding';
import { NOTE_KIND_LABELS, type Note } from '../domain/note';
import { PARTICIPANT_FUNCTION_LABELS } from '../domain/participant';
import { clientEvidenceRefs, clientVisibleFindings, clientVisibleNotes } from './client-visible';
import { ALL_BENCHMARK_METRICS, benchmarkRows } from '../firm/benchmark-rows';
import type { AgendaDay, BarChart, EvidenceEntry, Report, ReportFinding, ScenarioSection } from './report-schema';
import { createRedactor, type Redact } from './redaction';
import { weekFollowUp, type FollowUpLine } from './follow-up';
import type { Appendix, ReportData, ReportOptions } from './report-inputs';
import { reportRaci, reportRecommendation, reportRoadmap } from './report-path-to-ship';

export function evidenceAnchor(ref: string): string {
  return `note-${ref.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

/** Clock time of a capture in the engagement's own day; notes store UTC, the week runs in local time. */
export function captureTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function dayLabel(weekStart: string, day: number): string {
  return `Day ${day} · ${formatShortDay(addDays(weekStart, day - 1))}`;
}

function pct(value: number | null): string {
  return value === null ? 'not scored' : formatPercent(value);
}

export function toEvidenceEntry(note: Note, weekStart: string, redact: Redact): EvidenceEntry {
  return {
    anchor: evidenceAnchor(note.ref),
    ref: note.ref,
    day: note.day,
    dayLabel: dayLabel(weekStart, note.day),
    time: captureTime(note.capturedAt),
    speaker: note.speakerName ? redact(note.speakerName) : '—',
    kind: NOTE_KIND_LABELS[note.kind],
    area: note.area ? AUDIT_AREA_INFO[note.area].label : '—',
    text: redact(note.text),
  };
}

export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => a.day - b.day || a.capturedAt.localeCompare(b.capturedAt) || a.ref.localeCompare(b.ref));
}

/** The findings a client may read, most severe first, citing only client-visible notes. */
export function reportFindings(findings: readonly Finding[], visibleRefs: ReadonlySet<string>, redact: Redact, evidenceIncluded: boolean): ReportFinding[] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return clientVisibleFindings(findings)
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
    .map((f) => ({
      id: f.id,
      ref: f.ref,
      area: f.area,
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      title: redact(f.title),
      detail: redact([f.body, f.recommendation ? `Recommendation: ${f.recommendation}` : ''].filter(Boolean).join('\n\n')),
      citations: [...new Set(clientEvidenceRefs(f))]
        .filter((ref) => visibleRefs.has(ref))
        .map((ref) => ({ ref, anchor: evidenceIncluded ? evidenceAnchor(ref) : null })),
    }));
}

/**
 * The appendix quotes the notes the findings stand on, not the whole week: a reader follows a
 * citation to its note, and every note travels in full as CSV and Markdown in the week pack.
 */
function citedNotes(visible: readonly Note[], findings: readonly ReportFinding[]): Note[] {
  const cited = new Set(findings.flatMap((f) => f.citations.map((c) => c.ref)));
  return visible.filter((n) => cited.has(n.ref));
}

function scoreMaps(data: ReportData) {
  const criteria = new Map<string, CriterionScore>();
  const ml = new Map<string, MlTestPoints>();
  const causes = new Map<PurgatoryCauseId, CauseRating>();
  for (const r of data.assessment?.criteria ?? []) if (r.score !== null) criteria.set(r.criterionId, r.score);
  for (const r of data.assessment?.mlTests ?? []) if (r.points !== null) ml.set(r.testId, r.points);
  for (const r of data.assessment?.causes ?? []) if (r.rating !== null) causes.set(r.causeId, r.rating);
  return { criteria, ml, causes };
}

function scenarioSection(scenario: ReportData['scenarios'][number], redact: Redact): ScenarioSection {
  const inputs = scenario.inputs;
  const result = computeCostModel(inputs);
  const money = (n: number) => formatMoney(n, inputs.currency);
  const max = Math.max(...result.breakdown.map((l) => l.perYear), 0);
  return {
    name: redact(scenario.name),
    headline: [
      { label: 'Cost per month at production volume', value: money(result.production.perMonth) },
      {
        label: 'Cost per transaction',
        value: result.production.perTransaction === null ? '—' : formatMoney(result.production.perTransaction, inputs.currency),
      },
      { label: 'Total cost of ownership, 1 year', value: money(result.tco1Year) },
      { label: 'Total cost of ownership, 3 years', value: money(result.tco3Years) },
      { label: 'Break-even', value: breakEvenStatement(result.breakEven, inputs.currency) },
    ],
    costChart: {
      title: `Yearly running cost by line item — ${redact(scenario.name)}`,
      max,
      bars: COST_LINE_ITEMS.map((item) => {
        const line = result.breakdown.find((l) => l.id === item.id);
        const value = line?.perYear ?? 0;
        return { label: item.label, value, valueText: money(value) };
      }),
      caption: `At ${formatNumber(inputs.productionVolumePerDay)} items a day in production, ${inputs.currency}.`,
    },
    errors: [
      { label: 'Accuracy assumed', value: formatPercent(inputs.accuracyPct, 1) },
      { label: 'Wrong outputs per day', value: countText(result.errors.wrongPerDay) },
      { label: 'Caught by review per day', value: countText(result.errors.caughtPerDay) },
      { label: 'Reaching the business per day', value: countText(result.errors.uncaughtPerDay) },
      { label: 'Downstream cost of errors per day', value: money(result.errors.downstreamCostPerDay) },
      { label: 'Reviewers needed (FTE)', value: formatNumber(result.reviewerFte, 1) },
    ],
  };
}

/** The summary's money and error picture, from the first scenario: what a sponsor asks first. */
function summaryMoney(scenario: ReportData['scenarios'][number] | undefined, redact: Redact): Report['summary']['money'] {
  if (!scenario) return null;
  const inputs = scenario.inputs;
  const result = computeCostModel(inputs);
  const money = (n: number) => formatMoney(n, inputs.currency);
  return {
    scenario: redact(scenario.name),
    figures: [
      { label: 'Build cost (one-off)', value: money(inputs.integrationBuild) },
      { label: `Cost per month at pilot volume (${formatNumber(inputs.pilotVolumePerDay)} a day)`, value: money(result.pilot.perMonth) },
      { label: `Cost per month at production volume (${formatNumber(inputs.productionVolumePerDay)} a day)`, value: money(result.production.perMonth) },
      { label: 'Total cost over 3 years', value: money(result.tco3Years) },
      { label: 'Break-even', value: breakEvenStatement(result.breakEven, inputs.currency) },
    ],
    errors: [
      { label: 'Wrong outputs a day', value: countText(result.errors.wrongPerDay) },
      { label: 'Reaching the business a day', value: countText(result.errors.uncaughtPerDay) },
      { label: 'Reviewers needed (FTE)', value: formatNumber(result.reviewerFte, 1) },
    ],
  };
}

/** Pure: engagement data in, the client-facing report out. Every string in it is plain text. */
function followUpRows(week: ReturnType<typeof weekFollowUp>): Report['followUp'] {
  const row = ({ ref, text, owner, due, status, overdue }: FollowUpLine) => ({ ref, text, owner, due, status, overdue });
  return { actions: week.actions.map(row), decisions: week.decisions.map(row) };
}

export function buildReport(data: ReportData, options: ReportOptions): Report {
  const { engagement } = data;
  const redact = createRedactor(data.participants, options.redactNames);
  const include = (a: Appendix) => options.appendices.includes(a);
  const visible = sortNotes(clientVisibleNotes(data.notes));
  const visibleRefs = new Set(visible.map((n) => n.ref));
  const findings = reportFindings(data.findings, visibleRefs, redact, include('evidence'));
  const recommendation = reportRecommendation(data.pathToShip, data.participants, findings);
  const roadmap = reportRoadmap(data.pathToShip, data.participants, findings);
  const raci = reportRaci(data.pathToShip, data.participants);
  const { criteria, ml, causes } = scoreMaps(data);
  const byArea = readinessByArea(criteria);
  const overall = overallReadiness(criteria);
  const mlScore = computeMlTestScore(ml);
  const diagnostic = readDiagnostic(causes);
  const mlScored = ml.size > 0;

  const readinessChart: BarChart | null =
    overall.percent === null
      ? null
      : {
          title: 'Readiness by area',
          max: 100,
          bars: [
            ...AUDIT_AREAS.map((area) => ({
              label: AUDIT_AREA_INFO[area].label,
              value: byArea[area].percent,
              valueText: pct(byArea[area].percent),
            })),
            { label: 'Overall', value: overall.percent, valueText: pct(overall.percent) },
          ],
          caption: 'Share of applicable criteria in place; a criterion partly in place counts half.',
        };
  const evidence = include('evidence') ? citedNotes(visible, findings).map((n) => toEvidenceEntry(n, engagement.weekStart, redact)) : [];
  const agenda = include('agenda') ? agendaDays(data, redact).map((d) => (options.guidingQuestions ? d : { ...d, sessions: d.sessions.map((x) => ({ ...x, questions: [] })) })) : [];

  return {
    title: `AI Automation Audit — ${engagement.pilotName}`,
    cover: {
      clientName: engagement.clientName,
      pilotName: engagement.pilotName,
      dates: formatWeekRange(engagement.weekStart, engagement.dayCount),
      venue: engagement.venue,
      facilitators: [...engagement.facilitators],
      preparedOn: formatDate(data.generatedAt.slice(0, 10)),
      redacted: options.redactNames,
    },
    summary: {
      recommendation: recommendation ? { verdict: redact(recommendation.verdict), rationale: redact(recommendation.rationale) } : null,
      money: summaryMoney(data.scenarios[0], redact),
      topFindings: findings.filter((f) => f.severity === 'critical' || f.severity === 'high').slice(0, 5),
      diagnostic:
        diagnostic.level === 'not-assessed'
          ? null
          : {
              level: diagnostic.level,
              headline: diagnostic.headline,
              causes: PURGATORY_CAUSES.map((c) => ({ title: c.title, rating: CAUSE_RATING_LABELS[causes.get(c.id) ?? 'unknown'] })),
            },
      readinessText: overall.percent === null ? null : `Overall readiness ${pct(overall.percent)}, over ${overall.scored} of ${overall.total} criteria scored.`,
      mlTestScoreText: mlScored ? `ML Test Score ${formatNumber(mlScore.final, 1)} (band ${mlScore.band.range}): ${mlScore.band.meaning}` : null,
    },
    findingsRecorded: findings.length > 0,
    chapters: AUDIT_AREAS.filter((area) => findings.some((f) => f.area === area)).map((area) => ({
      area,
      title: AUDIT_AREA_INFO[area].label,
      question: AUDIT_AREA_INFO[area].question,
      readinessText:
        byArea[area].percent === null ? null : `Readiness ${pct(byArea[area].percent)} (${byArea[area].scored} of ${byArea[area].total} criteria scored).`,
      findings: findings.filter((f) => f.area === area),
    })),
    readiness: {
      chart: readinessChart,
      mlChart: mlScored
        ? {
            title: 'ML Test Score by section',
            max: 7,
            bars: ML_TEST_SECTIONS.map((s) => ({ label: ML_TEST_SECTION_LABELS[s], value: mlScore.sections[s], valueText: `${formatNumber(mlScore.sections[s], 1)} of 7` })),
            caption: 'Each section has seven tests worth up to one point; the final score is the lowest section.',
          }
        : null,
      mlBand: mlScored ? `Final score ${formatNumber(mlScore.final, 1)} (band ${mlScore.band.range}): ${mlScore.band.meaning}` : null,
      attribution: [NIST_AI_RMF_ATTRIBUTION, ML_TEST_SCORE_ATTRIBUTION],
    },
    cost: { scenarios: data.scenarios.map((s) => scenarioSection(s, redact)) },
    followUp: followUpRows(weekFollowUp(data, redact)),
    benchmark:
      options.benchmarks && data.benchmark
        ? {
            pilotKind: data.benchmark.pilotKind,
            audits: data.benchmark.audits,
            computedAt: data.benchmark.fetchedAt,
            rows: benchmarkRows(data.benchmark, ALL_BENCHMARK_METRICS),
          }
        : null,
    pathToShip: {
      roadmap: {
        rows: roadmap.length
          ? roadmap.map((r) => ({
              phase: redact(r.phase),
              owner: redact(r.owner),
              timing: r.timing,
              milestones: r.milestones.map(redact),
              exitCriteria: r.exitCriteria.map(redact),
              findings: r.findings,
            }))
          : null,
      },
      raci: {
        rows: raci.length
          ? raci.map((r) => ({
              activity: redact(r.activity),
              responsible: redact(r.responsible),
              accountable: redact(r.accountable),
              consulted: redact(r.consulted),
              informed: redact(r.informed),
            }))
          : null,
      },
    },
    appendices: {
      evidence: evidence.length ? evidence : null,
      participants:
        include('participants') && data.participants.length
          ? data.participants.map((p) => ({
              name: redact(p.name),
              role: [PARTICIPANT_FUNCTION_LABELS[p.function], redact(p.title)].filter(Boolean).join(' — '),
              organisation: p.organisation,
              days: p.daysAttended.length ? p.daysAttended.map((d) => `Day ${d}`).join(', ') : '—',
            }))
          : null,
      agenda: agenda.some((d) => d.sessions.length > 0) ? agenda.filter((d) => d.sessions.length > 0) : null,
    },
  };
}

export function agendaDays(data: Pick<ReportData, 'engagement' | 'sessions'>, redact: Redact, onlyDay?: number): AgendaDay[] {
  const days: AgendaDay[] = [];
  for (let day = 1; day <= data.engagement.dayCount; day++) {
    if (onlyDay !== undefined && day !== onlyDay) continue;
    days.push({
      day,
      label: dayLabel(data.engagement.weekStart, day),
      sessions: data.sessions
        .filter((s) => s.day === day)
        .sort((a, b) => a.position - b.position)
        .map((s) => ({
          time: `${s.start}–${s.end}`,
          title: redact(s.title),
          area: s.area ? AUDIT_AREA_INFO[s.area].label : '',
          questions: s.questions.map((q) => redact(q.text)),
        })),
    });
  }
  return days;
}
