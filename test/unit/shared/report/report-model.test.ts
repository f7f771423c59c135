import { describe, expect, it } from 'vitest';
import { computeCostModel } from '../../../../shared/cost-model/cost-model';
import { countText } from '../../../../shared/cost-model/result-text';
import { buildDailyReadout, dailyReadoutMarkdown } from '../../../../shared/report/daily-readout';
import { reportHtml } from '../../../../shared/report/report-html';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { aFinding } from '../board/finding-fixtures';
import { ASSESSMENT, DELETED_TEXT, FINDINGS, PARTICIPANTS, PATH_TO_SHIP, SECRET_TEXT, evidenceOf, reportData } from './report-fixture';

const everything = reportData({ findings: FINDINGS, pathToShip: PATH_TO_SHIP });

describe('buildReport', () => {
  it('never includes facilitator-only or deleted notes, in the model or the HTML', () => {
    const report = buildReport(everything, DEFAULT_REPORT_OPTIONS);
    const json = JSON.stringify(report);
    const html = reportHtml(report);
    for (const text of [SECRET_TEXT, DELETED_TEXT, 'D2-002', 'D2-003']) {
      expect(json).not.toContain(text);
      expect(html).not.toContain(text);
    }
    expect(report.appendices.evidence?.map((e) => e.ref)).toEqual(['D1-001', 'D2-001', 'D3-001']);
  });

  it('quotes in the evidence appendix only the notes a reported finding cites, in capture order', () => {
    const report = buildReport(everything, DEFAULT_REPORT_OPTIONS);
    expect(report.appendices.evidence?.map((e) => e.ref)).toEqual(['D1-001', 'D2-001', 'D3-001']);
    expect(reportHtml(report)).not.toContain('who owns the model?');

    const uncited = buildReport(reportData({ findings: FINDINGS.map((f) => ({ ...f, evidence: [] })) }), DEFAULT_REPORT_OPTIONS);
    expect(uncited.appendices.evidence).toBeNull();
    expect(reportHtml(uncited)).not.toContain('Appendix: Evidence notes');
  });

  it('resolves every finding citation to an evidence appendix entry, dropping citations of hidden notes', () => {
    const report = buildReport(everything, DEFAULT_REPORT_OPTIONS);
    const anchors = new Set(report.appendices.evidence!.map((e) => e.anchor));
    const cited = report.chapters.flatMap((c) => c.findings).flatMap((f) => f.citations);
    expect(cited.map((c) => c.ref).sort()).toEqual(['D1-001', 'D2-001', 'D3-001']);
    for (const c of cited) expect(anchors.has(c.anchor!)).toBe(true);
    const html = reportHtml(report);
    for (const c of cited) {
      expect(html).toContain(`href="#${c.anchor}"`);
      expect(html).toContain(`id="${c.anchor}"`);
    }
  });

  it('orders findings by severity within each area and lists critical and high ones in the summary', () => {
    const report = buildReport(everything, DEFAULT_REPORT_OPTIONS);
    expect(report.summary.topFindings.map((f) => f.severity)).toEqual(['critical', 'high']);
    // Path to ship has no finding, so it has no chapter.
    expect(report.chapters.map((c) => [c.area, c.findings.length])).toEqual([
      ['problem-fit', 1],
      ['approach', 1],
      ['production-requirements', 1],
    ]);
  });

  it('replaces every participant name in every section when names are redacted', () => {
    const report = buildReport(everything, { ...DEFAULT_REPORT_OPTIONS, redactNames: true });
    const json = JSON.stringify(report);
    const html = reportHtml(report);
    for (const p of PARTICIPANTS) {
      for (const part of [p.name, ...p.name.split(' ')]) {
        expect(json).not.toContain(part);
        expect(html).not.toContain(part);
      }
    }
    expect(report.appendices.participants!.map((p) => p.name).sort()).toEqual(['Operator 1', 'Operator 2', 'Sponsor']);
    expect(report.summary.recommendation!.rationale).toBe('Operator 1 must not be the only reviewer.');
    expect(report.appendices.evidence![0]!.speaker).toBe('Operator 1');
    const readout = buildDailyReadout(everything, 1, { redactNames: true });
    expect(dailyReadoutMarkdown(readout)).not.toMatch(/Maria|Jonas|Priya/);
  });

  it('leaves out of the client document every section with nothing recorded, printing no placeholder', () => {
    const report = buildReport(reportData({ scenarios: [], participants: [], sessions: [] }), DEFAULT_REPORT_OPTIONS);
    const html = reportHtml(report);
    expect(report.findingsRecorded).toBe(false);
    expect(report.pathToShip.roadmap.rows).toBeNull();
    for (const gone of ['Recommendation', 'Top findings', 'Findings by area', 'Readiness', 'Cost and error model', 'Path to ship', 'Appendix', 'not been', 'not scored', 'Not recorded', 'yet']) {
      expect(html).not.toContain(gone);
    }
    expect(html).toContain('Executive summary');
    expect(report.appendices).toEqual({ evidence: null, participants: null, agenda: null });
  });

  it('opens with a summary that has the recommendation, the money, the error picture, readiness and the top findings', () => {
    const report = buildReport(reportData({ findings: FINDINGS, pathToShip: PATH_TO_SHIP, assessment: ASSESSMENT }), DEFAULT_REPORT_OPTIONS);
    const { money } = report.summary;
    expect(money?.scenario).toBe('Base case');
    expect(money?.figures.map((f) => f.label)).toEqual([
      'Build cost (one-off)',
      'Cost per month at pilot volume (200 a day)',
      'Cost per month at production volume (4,000 a day)',
      'Total cost over 3 years',
      'Break-even',
    ]);
    expect(money?.errors.map((f) => f.label)).toEqual(['Wrong outputs a day', 'Reaching the business a day', 'Reviewers needed (FTE)']);
    const html = reportHtml(report);
    const summary = html.slice(html.indexOf('<h1 id="toc-summary">'), html.indexOf('<h1 id="toc-findings">'));
    for (const expected of ['Conditional go', 'Total cost over 3 years', 'Wrong outputs a day', 'Readiness by area', 'ML Test Score', 'One person, Maria Schmidt, handles every exception']) {
      expect(summary).toContain(expected);
    }
  });

  it('says break-even was not computed when today’s cost per item was not entered, rather than "never"', () => {
    const data = reportData();
    data.scenarios = [{ ...data.scenarios[0]!, inputs: { ...data.scenarios[0]!.inputs, currentCostPerItem: 0 } }];
    const report = buildReport(data, DEFAULT_REPORT_OPTIONS);
    const breakEven = report.summary.money!.figures.find((f) => f.label === 'Break-even')!.value;
    expect(breakEven).toBe('Not computed — today’s cost per item was not entered');
    expect(report.cost.scenarios[0]!.headline.find((h) => h.label === 'Break-even')!.value).toBe(breakEven);
    expect(reportHtml(report)).not.toContain('Never');
  });

  it('lists the agenda as sessions only, with the guiding questions only when asked for', () => {
    const plain = reportHtml(buildReport(everything, DEFAULT_REPORT_OPTIONS));
    expect(plain).toContain('Problem framing');
    expect(plain).not.toContain('What happens when Maria Schmidt is on leave?');
    const withQuestions = buildReport(everything, { ...DEFAULT_REPORT_OPTIONS, guidingQuestions: true });
    expect(reportHtml(withQuestions)).toContain('What happens when Maria Schmidt is on leave?');
  });

  it('gives the roadmap its own columns: phase, owner, timing, milestones and exit criteria', () => {
    const path = { ...PATH_TO_SHIP, phases: PATH_TO_SHIP.phases.map((p) => ({ ...p, milestones: ['Second reviewer trained', 'Runbook written'], exitCriteria: ['Two weeks without backlog'], findingIds: [FINDINGS[0]!.id] })) };
    const report = buildReport(reportData({ findings: FINDINGS, pathToShip: path }), DEFAULT_REPORT_OPTIONS);
    expect(report.pathToShip.roadmap.rows).toEqual([
      { phase: '1. Harden', owner: 'Priya Raman', timing: 'Week 4', milestones: ['Second reviewer trained', 'Runbook written'], exitCriteria: ['Two weeks without backlog'], findings: 'Finding F1' },
    ]);
    const html = reportHtml(report);
    expect(html).toContain('<th>Milestones</th><th>Exit criteria</th>');
    expect(html).toContain('<li>Second reviewer trained</li><li>Runbook written</li>');
    expect(html).not.toContain('Second reviewer trained; Runbook written');
  });

  it('leaves out the appendices not chosen', () => {
    const report = buildReport(everything, { redactNames: false, appendices: ['participants'] });
    expect(report.appendices.evidence).toBeNull();
    expect(report.appendices.agenda).toBeNull();
    const html = reportHtml(report);
    expect(html).not.toContain('Appendix: Evidence notes');
    expect(html).toContain('Appendix: Participants');
    expect(report.chapters.flatMap((c) => c.findings).flatMap((f) => f.citations).every((c) => c.anchor === null)).toBe(true);
  });
});

describe('reportHtml escaping', () => {
  it('shows hostile text literally: no element, script or link comes from user text', () => {
    const hostile = '<img src=x onerror=alert(1)> </style><script>alert(2)</script> **bold** [x](http://e) &amp; "q" \'s\'';
    const data = reportData({
      findings: [aFinding({ ref: 'F1', area: 'approach', title: hostile, body: hostile, evidence: [evidenceOf('D1-001')] })],
    });
    data.engagement.clientName = hostile;
    const html = reportHtml(buildReport(data, DEFAULT_REPORT_OPTIONS));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('**bold** [x](http://e) &amp;amp; &quot;q&quot; &#39;s&#39;');
  });
});

describe('the report and the app show the same figures', () => {
  it('rounds counts of items a day as the cost-model screen does: whole items, never halves', () => {
    const data = reportData();
    // 4,050 items at 81 % accuracy: about 769.5 wrong a day, which the old report printed with its half.
    data.scenarios = [{ ...data.scenarios[0]!, inputs: { ...data.scenarios[0]!.inputs, productionVolumePerDay: 4050 } }];
    const result = computeCostModel(data.scenarios[0]!.inputs);
    const report = buildReport(data, DEFAULT_REPORT_OPTIONS);
    const shown = (label: string) => report.cost.scenarios[0]!.errors.find((x) => x.label === label)!.value;
    expect(shown('Wrong outputs per day')).toMatch(/^\d+$/);
    expect(shown('Wrong outputs per day')).toBe(countText(result.errors.wrongPerDay));
    expect(shown('Caught by review per day')).toBe(countText(result.errors.caughtPerDay));
    expect(shown('Reaching the business per day')).toBe(countText(result.errors.uncaughtPerDay));
    expect(report.summary.money!.errors.map((x) => x.value).slice(0, 2)).toEqual([countText(result.errors.wrongPerDay), countText(result.errors.uncaughtPerDay)]);
    expect(JSON.stringify(report.cost)).not.toMatch(/\d\.5"/);
  });
});
