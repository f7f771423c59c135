import { describe, expect, it } from 'vitest';
import { buildDailyReadout, dailyReadoutMarkdown } from '../../../../shared/report/daily-readout';
import { reportHtml } from '../../../../shared/report/report-html';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { aFinding } from '../board/finding-fixtures';
import { DELETED_TEXT, FINDINGS, PARTICIPANTS, PATH_TO_SHIP, SECRET_TEXT, evidenceOf, reportData } from './report-fixture';

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
    expect(uncited.appendices.evidence).toEqual([]);
    expect(reportHtml(uncited)).toContain('No finding cites a client-visible note.');
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
    expect(report.chapters.map((c) => c.findings.length)).toEqual([1, 1, 1, 0]);
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

  it('says plainly what has not been recorded yet instead of leaving sections out', () => {
    const report = buildReport(reportData(), DEFAULT_REPORT_OPTIONS);
    const html = reportHtml(report);
    expect(report.findingsRecorded).toBe(false);
    expect(report.pathToShip.roadmap.rows).toBeNull();
    expect(html).toContain('No recommendation has been recorded yet.');
    expect(html).toContain('No findings have been recorded yet.');
    expect(html).toContain('The roadmap has not been recorded yet.');
    expect(html).toContain('The operating model has not been recorded yet.');
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
