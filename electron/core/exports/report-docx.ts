import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { BarChart, Report, ReportFinding } from '../../../shared/report/report-schema';

/*
 * The report as a Word document: real Heading 1/2/3 styles (so the navigation pane lists the
 * chapters), tables for findings, scores and the roadmap, page numbers in the footer and the
 * running header. Charts are drawn as table bars (a row per bar, its length in block characters)
 * rather than embedded pictures: the core runs in plain Node with no way to rasterise SVG, and a
 * table bar stays sharp, editable and readable by screen readers in Word.
 */

const ACCENT = '1F4E79';
const MUTED = '6B7480';
const BAR_UNITS = 28;
const FONT = 'Calibri';

const text = (t: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}) => new TextRun({ text: t, font: FONT, ...options });
const para = (children: ParagraphChild[] | string, spacingAfter = 120) =>
  new Paragraph({ children: typeof children === 'string' ? [text(children)] : children, spacing: { after: spacingAfter } });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
  new Paragraph({ heading: level, pageBreakBefore, children: [new TextRun({ text: t, color: ACCENT })] , spacing: { before: 240, after: 120 } });
const muted = (t: string) => para([text(t, { italics: true, color: MUTED })]);

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'DDE1E6' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(content: string | ParagraphChild[], options: { header?: boolean; width?: number } = {}): TableCell {
  const children = typeof content === 'string' ? [text(content, options.header ? { bold: true, color: MUTED, size: 16 } : { size: 18 })] : content;
  return new TableCell({
    children: [new Paragraph({ children })],
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    borders: { top: NONE, left: NONE, right: NONE, bottom: options.header ? { style: BorderStyle.SINGLE, size: 8, color: '1D2733' } : THIN },
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

/** A table with a header row; `headers` null for a plain two-column list such as the cover's. */
function table(headers: readonly string[] | null, rows: readonly (readonly string[])[], widths?: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(headers ? [new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h.toUpperCase(), { header: true, width: widths?.[i] })) })] : []),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, { width: widths?.[i] })) })),
    ],
  });
}

function chart(c: BarChart): (Paragraph | Table)[] {
  const rows = c.bars.map((bar) => {
    const units = bar.value === null || c.max <= 0 ? 0 : Math.round(Math.max(0, Math.min(1, bar.value / c.max)) * BAR_UNITS);
    const barRuns = bar.value === null ? [text('not scored', { italics: true, color: MUTED, size: 16 })] : [text('█'.repeat(units) || '▏', { color: ACCENT, size: 16 })];
    return new TableRow({ cantSplit: true, children: [cell(bar.label, { width: 30 }), cell(barRuns, { width: 50 }), cell(bar.valueText, { width: 20 })] });
  });
  return [
    heading(c.title, HeadingLevel.HEADING_3),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    para([text(c.caption, { color: MUTED, size: 16 })], 240),
  ];
}

function findingBlock(f: ReportFinding): (Paragraph | Table)[] {
  return [
    new Paragraph({
      spacing: { before: 160, after: 60 },
      children: [text(`${f.severityLabel.toUpperCase()}  `, { bold: true, color: 'B5542A', size: 16 }), text(`${f.ref}  ${f.title}`, { bold: true })],
    }),
    para(f.detail),
    para([text(f.citations.length ? `Evidence: ${f.citations.map((c) => c.ref).join(', ')}` : 'No client-visible evidence cited.', { color: MUTED, size: 16 })]),
  ];
}

function findingsTable(findings: readonly ReportFinding[]): Table {
  return table(
    ['Severity', 'Finding', 'Evidence'],
    findings.map((f) => [f.severityLabel, `${f.ref}  ${f.title}\n${f.detail}`, f.citations.map((c) => c.ref).join(', ') || '—']),
    [14, 66, 20],
  );
}

function body(r: Report): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const c = r.cover;
  out.push(
    new Paragraph({ spacing: { before: 2400, after: 200 }, children: [text('AI AUTOMATION AUDIT · FINAL REPORT', { color: MUTED, size: 18 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: c.pilotName, color: ACCENT })] }),
    para([text(c.clientName, { size: 28 })], 480),
    table(null, [
      ['Client', c.clientName],
      ['Pilot', c.pilotName],
      ['Audit week', c.dates],
      ...(c.venue ? [['Venue', c.venue]] : []),
      ['Facilitators', c.facilitators.join(', ') || 'Not recorded'],
      ['Prepared', c.preparedOn],
    ], [30, 70]),
    muted(`Confidential. Prepared for ${c.clientName}.${c.redacted ? ' Participant names are replaced by their function throughout.' : ''}`),
  );

  const s = r.summary;
  out.push(heading('Executive summary', HeadingLevel.HEADING_1, true), heading('Recommendation', HeadingLevel.HEADING_2));
  out.push(...(s.recommendation ? [para([text(s.recommendation.verdict, { bold: true })]), para(s.recommendation.rationale)] : [muted('No recommendation has been recorded yet.')]));
  out.push(heading('Pilot-purgatory diagnostic', HeadingLevel.HEADING_2), para(s.diagnostic.headline), table(['Cause', 'Rating'], s.diagnostic.causes.map((x) => [x.title, x.rating]), [75, 25]));
  out.push(heading('Readiness at a glance', HeadingLevel.HEADING_2), para(s.readinessText), para(s.mlTestScoreText));
  out.push(heading('Top findings', HeadingLevel.HEADING_2));
  out.push(...(s.topFindings.length ? s.topFindings.flatMap(findingBlock) : [muted(r.findingsRecorded ? 'No critical or high-severity finding was recorded.' : 'No findings have been recorded yet.')]));

  r.chapters.forEach((ch, i) => {
    out.push(heading(`${i + 1}. ${ch.title}`, HeadingLevel.HEADING_1, true), para([text(ch.question, { italics: true })]), para([text(ch.readinessText, { color: MUTED, size: 18 })]));
    out.push(heading('Findings by severity', HeadingLevel.HEADING_2));
    out.push(ch.findings.length ? findingsTable(ch.findings) : muted(r.findingsRecorded ? 'No finding was recorded in this area.' : 'No findings have been recorded yet.'));
  });

  out.push(heading('Readiness and the ML Test Score', HeadingLevel.HEADING_1, true), ...chart(r.readiness.chart), ...chart(r.readiness.mlChart), para(r.readiness.mlBand));
  out.push(...r.readiness.attribution.map((a) => para([text(a, { color: MUTED, size: 16 })])));

  out.push(heading('Cost and error model', HeadingLevel.HEADING_1, true));
  if (r.cost.scenarios.length === 0) out.push(muted('No cost scenario has been modelled yet.'));
  for (const sc of r.cost.scenarios) {
    out.push(heading(`Scenario: ${sc.name}`, HeadingLevel.HEADING_2), table(['Measure', 'Value'], sc.headline.map((h) => [h.label, h.value]), [65, 35]));
    out.push(...chart(sc.costChart), heading('Errors at production volume', HeadingLevel.HEADING_3), table(['Measure', 'Value'], sc.errors.map((x) => [x.label, x.value]), [65, 35]));
  }

  const { roadmap, raci } = r.pathToShip;
  out.push(heading('Path to ship', HeadingLevel.HEADING_1, true), heading('Roadmap', HeadingLevel.HEADING_2));
  out.push(roadmap.rows ? table(['Phase', 'Step', 'Owner', 'Timing'], roadmap.rows.map((x) => [x.phase, x.title, x.owner, x.timing])) : muted('The roadmap has not been recorded yet.'));
  out.push(heading('Operating model (RACI)', HeadingLevel.HEADING_2));
  out.push(raci.rows ? table(['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed'], raci.rows.map((x) => [x.activity, x.responsible, x.accountable, x.consulted, x.informed])) : muted('The operating model has not been recorded yet.'));

  const { evidence, participants, agenda } = r.appendices;
  if (evidence) {
    out.push(heading('Appendix: Evidence notes', HeadingLevel.HEADING_1, true));
    out.push(evidence.length ? table(['Ref', 'When', 'Speaker', 'Kind', 'Note'], evidence.map((n) => [n.ref, `${n.dayLabel} ${n.time}`, n.speaker, n.kind, n.text]), [10, 17, 15, 13, 45]) : muted('No client-visible note was captured.'));
  }
  if (participants) {
    out.push(heading('Appendix: Participants', HeadingLevel.HEADING_1, true));
    out.push(participants.length ? table(['Name', 'Role', 'Organisation', 'Attended'], participants.map((p) => [p.name, p.role, p.organisation, p.days])) : muted('No participant was recorded.'));
  }
  if (agenda) {
    out.push(heading('Appendix: Agenda', HeadingLevel.HEADING_1, true));
    for (const d of agenda) {
      out.push(heading(d.label, HeadingLevel.HEADING_2));
      out.push(d.sessions.length ? table(['Time', 'Session', 'Area'], d.sessions.map((x) => [x.time, [x.title, ...x.questions.map((q) => `• ${q}`)].join('\n'), x.area]), [18, 57, 25]) : muted('No session planned.'));
    }
  }
  return out;
}

/** The .docx bytes for a report. Text goes into Word as text runs, so nothing in it is interpreted. */
export async function reportDocx(r: Report): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Audit Workshop',
    title: r.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { titlePage: true, page: { margin: { top: 1440, bottom: 1300, left: 1300, right: 1300 } } },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [text(`${r.cover.clientName} · ${r.title}`, { color: MUTED, size: 16 })] })] }),
          first: new Header({ children: [] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ font: FONT, size: 16, color: MUTED, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
          first: new Footer({ children: [] }),
        },
        children: body(r),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
