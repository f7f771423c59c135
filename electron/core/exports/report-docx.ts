import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  ShadingType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { barChartHeight } from '../../../shared/report/bar-chart-svg';
import { CHART_WIDTH, chartPicture } from '../../../shared/report/chart-picture';
import { severitySwatch } from '../../../shared/report/palette';
import type { HtmlPicture } from '../../../shared/report/html-picture';
import type { BarChart, Report, ReportFinding, FollowUpRow, RoadmapRow } from '../../../shared/report/report-schema';

/*
 * The report as a Word document: real Heading 1/2/3 styles (so the navigation pane lists the
 * chapters), tables for findings, scores and the roadmap, page numbers in the footer and the
 * running header. Charts are the report's own SVG charts photographed to PNG by the host (the
 * core runs in plain Node and cannot rasterise), each with alt text and followed by a table of
 * its numbers, so a screen reader and a reader who wants the figures both have them.
 */

const ACCENT = '1F4E79';
const MUTED = '6B7480';
const FONT = 'Calibri';
/** The width a chart is shown at in Word, in pixels at 96 to the inch: the text column is about 620. */
const CHART_SHOWN_WIDTH = 600;

/** Turns a self-contained HTML page into a PNG of its size. */
export type RenderPicture = (picture: HtmlPicture) => Promise<Uint8Array>;
type ChartPictures = ReadonlyMap<BarChart, Uint8Array>;

// The font comes from the document's default style: repeating it on every run only made the file bigger and slower to write.
const text = (t: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}) => new TextRun({ text: t, ...options });
const para = (children: ParagraphChild[] | string, spacingAfter = 120) =>
  new Paragraph({ children: typeof children === 'string' ? [text(children)] : children, spacing: { after: spacingAfter } });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
  new Paragraph({ heading: level, pageBreakBefore, children: [new TextRun({ text: t, color: ACCENT })] , spacing: { before: 240, after: 120 } });
const muted = (t: string) => para([text(t, { italics: true, color: MUTED })]);

const THIN = { style: BorderStyle.SINGLE, size: 4, color: 'DDE1E6' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const HEADER_RULE = { borders: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1D2733' } } };

function cell(content: string | ParagraphChild[], options: { header?: boolean; width?: number } = {}): TableCell {
  const children = typeof content === 'string' ? [text(content, options.header ? { bold: true, color: MUTED, size: 16 } : { size: 18 })] : content;
  return new TableCell({
    children: [new Paragraph({ children })],
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    ...(options.header ? HEADER_RULE : {}),
  });
}

/** A table with a header row; `headers` null for a plain two-column list such as the cover's. */
function table(headers: readonly string[] | null, rows: readonly (readonly string[])[], widths?: readonly number[]): Table {
  // Rules and padding are set once on the table, not on each of its (often thousands of) cells.
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NONE, left: NONE, right: NONE, insideVertical: NONE, bottom: THIN, insideHorizontal: THIN },
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [
      ...(headers ? [new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h.toUpperCase(), { header: true, width: widths?.[i] })) })] : []),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, { width: widths?.[i] })) })),
    ],
  });
}

function chart(c: BarChart, pictures: ChartPictures): (Paragraph | Table)[] {
  return [
    heading(c.title, HeadingLevel.HEADING_3),
    picture(c, pictures, { keepNext: true }),
    para([text(c.caption, { color: MUTED, size: 16 })]),
    table(['Measure', 'Value'], c.bars.map((bar) => [bar.label, bar.valueText]), [70, 30]),
  ];
}

/** Every chart the document shows, in order; the readiness chart appears in the summary and in its chapter. */
function chartsOf(r: Report): BarChart[] {
  return [r.readiness.chart, r.readiness.mlChart, ...r.cost.scenarios.map((s) => s.costChart)].filter((c): c is BarChart => c !== null);
}

/** A chart as a picture, its numbers in the alt text; the summary shows it alone, a chapter with its caption and table. */
function picture(c: BarChart, pictures: ChartPictures, options: { keepNext?: boolean } = {}): Paragraph {
  const height = Math.round((barChartHeight(c) * CHART_SHOWN_WIDTH) / CHART_WIDTH);
  const numbers = c.bars.map((bar) => `${bar.label} ${bar.valueText}`).join('; ');
  return new Paragraph({
    keepNext: options.keepNext,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: pictures.get(c)!,
        transformation: { width: CHART_SHOWN_WIDTH, height },
        altText: { name: c.title, title: c.title, description: `${c.title}. ${numbers}. ${c.caption}` },
      }),
    ],
  });
}

function roadmapTable(rows: readonly RoadmapRow[]): Table {
  const lines = (items: readonly string[]) => (items.length ? items.map((i) => `• ${i}`).join('\n') : '—');
  return table(
    ['Phase', 'Owner', 'Timing', 'Milestones', 'Exit criteria'],
    rows.map((x) => [[x.phase, x.findings].filter(Boolean).join('\n'), x.owner, x.timing, lines(x.milestones), lines(x.exitCriteria)]),
    [17, 15, 10, 29, 29],
  );
}

/** The severity word on its palette colour, as in the PDF and the app; a space either side keeps the fill off the title. */
const severityRun = (f: ReportFinding) => {
  const { fill, text: ink } = severitySwatch(f.severity);
  return new TextRun({ text: ` ${f.severityLabel.toUpperCase()} `, bold: true, size: 16, color: ink.slice(1), shading: { type: ShadingType.CLEAR, fill: fill.slice(1), color: 'auto' } });
};

function findingsTable(findings: readonly ReportFinding[]): Table {
  return table(
    ['Severity', 'Finding', 'Evidence'],
    findings.map((f) => [f.severityLabel, `${f.ref}  ${f.title}\n${f.detail}`, f.citations.map((c) => c.ref).join(', ') || '—']),
    [14, 66, 20],
  );
}

function body(r: Report, pictures: ChartPictures): (Paragraph | Table)[] {
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
      ...(c.facilitators.length ? [['Facilitators', c.facilitators.join(', ')]] : []),
      ['Prepared', c.preparedOn],
    ], [30, 70]),
    muted(`Confidential. Prepared for ${c.clientName}.${c.redacted ? ' Participant names are replaced by their function throughout.' : ''}`),
  );

  const s = r.summary;
  out.push(heading('Executive summary', HeadingLevel.HEADING_1, true));
  if (s.recommendation) out.push(heading('Recommendation', HeadingLevel.HEADING_2), para([text(s.recommendation.verdict, { bold: true })]), para(s.recommendation.rationale));
  if (s.money) {
    out.push(heading('Cost', HeadingLevel.HEADING_2), para([text(`Scenario “${s.money.scenario}”.`, { color: MUTED, size: 18 })]));
    out.push(table(['Measure', 'Value'], s.money.figures.map((f) => [f.label, f.value]), [65, 35]));
    out.push(heading('Errors at production volume', HeadingLevel.HEADING_2), table(['Measure', 'Value'], s.money.errors.map((f) => [f.label, f.value]), [65, 35]));
  }
  if (r.readiness.chart || s.mlTestScoreText) {
    out.push(heading('Readiness', HeadingLevel.HEADING_2));
    if (r.readiness.chart) out.push(picture(r.readiness.chart, pictures));
    out.push(...[s.readinessText, s.mlTestScoreText, s.diagnostic?.headline].filter((t): t is string => Boolean(t)).map((t) => para(t)));
  }
  if (s.topFindings.length) {
    out.push(heading('Top findings', HeadingLevel.HEADING_2));
    out.push(...s.topFindings.map((f) => para([severityRun(f), text(`  ${f.ref}  ${f.title}`)], 60)));
  }

  if (r.chapters.length) out.push(heading('Findings by area', HeadingLevel.HEADING_1, true));
  r.chapters.forEach((ch, i) => {
    out.push(heading(`${i + 1}. ${ch.title}`, HeadingLevel.HEADING_2), para([text(ch.question, { italics: true })]));
    if (ch.readinessText) out.push(para([text(ch.readinessText, { color: MUTED, size: 18 })]));
    out.push(findingsTable(ch.findings));
  });

  const { chart: readinessChart, mlChart, mlBand } = r.readiness;
  if (readinessChart || mlChart || s.diagnostic) {
    out.push(heading('Readiness and the ML Test Score', HeadingLevel.HEADING_1, true));
    if (readinessChart) out.push(...chart(readinessChart, pictures));
    if (mlChart) out.push(...chart(mlChart, pictures));
    if (mlBand) out.push(para(mlBand));
    if (s.diagnostic) out.push(heading('Pilot-purgatory diagnostic', HeadingLevel.HEADING_2), para(s.diagnostic.headline), table(['Cause', 'Rating'], s.diagnostic.causes.map((x) => [x.title, x.rating]), [75, 25]));
    out.push(...r.readiness.attribution.map((a) => para([text(a, { color: MUTED, size: 16 })])));
  }

  if (r.cost.scenarios.length) out.push(heading('Cost and error model', HeadingLevel.HEADING_1, true));
  for (const sc of r.cost.scenarios) {
    out.push(heading(`Scenario: ${sc.name}`, HeadingLevel.HEADING_2), table(['Measure', 'Value'], sc.headline.map((h) => [h.label, h.value]), [65, 35]));
    out.push(...chart(sc.costChart, pictures), heading('Errors at production volume', HeadingLevel.HEADING_3), table(['Measure', 'Value'], sc.errors.map((x) => [x.label, x.value]), [65, 35]));
  }

  if (r.benchmark) {
    const b = r.benchmark;
    out.push(heading('Compared with the firm’s past audits', HeadingLevel.HEADING_1, true));
    out.push(para(`${b.audits} past audits of ${b.pilotKind}, as the firm’s library computed on ${b.computedAt.slice(0, 10)}.`));
    out.push(table(['Number', 'This pilot', 'Median', 'Middle half', 'Position', 'Audits'], b.rows.map((x) => [x.label, x.value, x.median, x.middle, x.position, String(x.audits)]), [30, 14, 14, 16, 16, 10]));
  }

  const { roadmap, raci } = r.pathToShip;
  if (roadmap.rows || raci.rows) out.push(heading('Path to ship', HeadingLevel.HEADING_1, true));
  if (roadmap.rows) out.push(heading('Roadmap', HeadingLevel.HEADING_2), roadmapTable(roadmap.rows));
  if (raci.rows) {
    out.push(heading('Operating model (RACI)', HeadingLevel.HEADING_2));
    out.push(table(['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed'], raci.rows.map((x) => [x.activity, x.responsible, x.accountable, x.consulted, x.informed])));
  }
  const { actions, decisions } = r.followUp;
  if (actions.length || decisions.length) out.push(heading('Actions and decisions', HeadingLevel.HEADING_1, true));
  const status = (x: FollowUpRow) => `${x.status}${x.overdue ? ' (overdue)' : ''}`;
  if (actions.length) out.push(heading('Actions', HeadingLevel.HEADING_2), table(['Ref', 'Action', 'Owner', 'Due', 'Status'], actions.map((x) => [x.ref, x.text, x.owner, x.due, status(x)]), [10, 42, 20, 13, 15]));
  if (decisions.length) out.push(heading('Decisions', HeadingLevel.HEADING_2), table(['Ref', 'Decision', 'Status'], decisions.map((x) => [x.ref, x.text, status(x)]), [10, 72, 18]));

  const { evidence, participants, agenda } = r.appendices;
  let firstAppendix = true;
  const appendix = (title: string) => {
    out.push(heading(title, HeadingLevel.HEADING_1, firstAppendix));
    firstAppendix = false;
  };
  if (evidence) {
    appendix('Appendix: Evidence notes');
    out.push(table(['Ref', 'When', 'Speaker', 'Kind', 'Note'], evidence.map((n) => [n.ref, `${n.dayLabel} ${n.time}`, n.speaker, n.kind, n.text]), [9, 16, 15, 15, 45]));
  }
  if (participants) {
    appendix('Appendix: Participants');
    out.push(table(['Name', 'Role', 'Organisation', 'Attended'], participants.map((p) => [p.name, p.role, p.organisation, p.days])));
  }
  if (agenda) {
    appendix('Appendix: Agenda');
    out.push(table(['Time', 'Session', 'Area'], agenda.flatMap((d) => [[d.label, '', ''], ...d.sessions.map((x) => [x.time, [x.title, ...x.questions.map((q) => `• ${q}`)].join('\n'), x.area])]), [18, 57, 25]));
  }
  return out;
}

/**
 * The .docx bytes for a report. Text goes into Word as text runs, so nothing in it is
 * interpreted. Charts are drawn one after another, as the host draws one page at a time.
 */
export async function reportDocx(r: Report, renderPicture: RenderPicture): Promise<Uint8Array> {
  const pictures = new Map<BarChart, Uint8Array>();
  for (const c of chartsOf(r)) pictures.set(c, await renderPicture(chartPicture(c)));
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
                children: [new TextRun({ size: 16, color: MUTED, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
          first: new Footer({ children: [] }),
        },
        children: body(r, pictures),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
