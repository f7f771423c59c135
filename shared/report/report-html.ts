import { barChartSvg } from './bar-chart-svg';
import { escapeHtml as e } from './escape';
import { reportCss } from './report-css';
import type { BarChart, Citation, Report, ReportFinding, FollowUpRow, RoadmapRow } from './report-schema';

/*
 * The report as one self-contained HTML document: no scripts, no external resources, every
 * piece of user text escaped. The same document is printed to PDF by Electron and by the tests.
 */

/** A chapter's heading, as the table of contents lists it and links to it. */
interface TocEntry {
  id: string;
  title: string;
  level: 1 | 2;
}

/** Writes the headings the contents list, and keeps them in document order as it goes. */
function createHeadings() {
  const entries: TocEntry[] = [];
  const heading = (level: 1 | 2) => (id: string, title: string) => {
    entries.push({ id, title, level });
    return `<h${level} id="${e(id)}">${e(title)}</h${level}>`;
  };
  return { entries, h1: heading(1), h2: heading(2) };
}
type Headings = ReturnType<typeof createHeadings>;

/**
 * The contents, on the cover: each entry links to its heading, and the printed PDF's link targets
 * say which page each heading landed on. Without those pages (the first print, the preview) the
 * numbers are placeholders of the same width, so the second print lays out exactly as the first.
 */
function contents(entries: readonly TocEntry[], pages: ReadonlyMap<string, number> | undefined): string {
  if (entries.length === 0) return '';
  return `<nav class="toc" aria-label="Contents"><div class="label">Contents</div><ol>${entries
    .map((entry) => {
      const page = pages?.get(entry.id);
      return `<li class="toc-${entry.level}"><a href="#${e(entry.id)}">${e(entry.title)}</a><span class="page">${page === undefined ? '<span class="placeholder">00</span>' : page}</span></li>`;
    })
    .join('')}</ol></nav>`;
}

function figure(chart: BarChart): string {
  return `<figure><h3>${e(chart.title)}</h3>${barChartSvg(chart)}<figcaption>${e(chart.caption)}</figcaption></figure>`;
}

function citations(list: readonly Citation[]): string {
  if (list.length === 0) return '<span class="meta">No client-visible evidence cited.</span>';
  return `<span class="meta">Evidence: ${list
    .map((c) => (c.anchor ? `<a class="ref" href="#${e(c.anchor)}">${e(c.ref)}</a>` : `<span class="ref">${e(c.ref)}</span>`))
    .join(', ')}</span>`;
}

function finding(f: ReportFinding): string {
  return `<div class="finding"><h4><span class="pill sev-${e(f.severity)}">${e(f.severityLabel)}</span><span class="ref">${e(f.ref)}</span> ${e(f.title)}</h4>
<p class="pre">${e(f.detail)}</p>${citations(f.citations)}</div>`;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = [], refCol = -1): string {
  const head = headers.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td class="${numeric.includes(i) ? 'num' : i === refCol ? 'ref' : 'pre'}">${e(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function cover(r: Report, toc: string): string {
  const c = r.cover;
  const rows: [string, string][] = [
    ['Client', c.clientName],
    ['Pilot', c.pilotName],
    ['Audit week', c.dates],
    ...(c.venue ? ([['Venue', c.venue]] as [string, string][]) : []),
    ...(c.facilitators.length ? ([['Facilitators', c.facilitators.join(', ')]] as [string, string][]) : []),
    ['Prepared', c.preparedOn],
  ];
  return `<section class="cover"><div><div class="kicker">AI Automation Audit · Final report</div>
<div class="title">${e(c.pilotName)}</div><div class="subtitle">${e(c.clientName)}</div><div class="rule"></div>
<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></div>
${toc}<div class="footnote">Confidential. Prepared for ${e(c.clientName)}.${c.redacted ? ' Participant names are replaced by their function throughout.' : ''}</div></section>`;
}

function figures(list: readonly { label: string; value: string }[], layout: 'two-up' | 'one-up' = 'two-up'): string {
  return `<div class="figures ${layout}">${list.map((h) => `<div><span>${e(h.label)}</span><span>${e(h.value)}</span></div>`).join('')}</div>`;
}

/** One line a finding: the summary names them, the chapters tell them. */
function findingLine(f: ReportFinding): string {
  return `<li><span class="pill sev-${e(f.severity)}">${e(f.severityLabel)}</span><span class="ref">${e(f.ref)}</span> ${e(f.title)}</li>`;
}

function summary(r: Report, h: Headings): string {
  const s = r.summary;
  const parts: string[] = [];
  if (s.recommendation) {
    parts.push(`<div class="callout"><div class="label">Recommendation</div><div class="verdict">${e(s.recommendation.verdict)}</div><p class="pre">${e(s.recommendation.rationale)}</p></div>`);
  }
  if (s.money) {
    const others = r.cost.scenarios.length - 1;
    parts.push(`<div class="side-by-side"><div><h2>Cost</h2>${figures(s.money.figures, 'one-up')}<p class="meta">Scenario “${e(s.money.scenario)}”${others > 0 ? `; ${others === 1 ? 'one more scenario is' : `${others} more scenarios are`} in the cost chapter` : ''}.</p></div>
<div><h2>Errors at production volume</h2>${figures(s.money.errors, 'one-up')}</div></div>`);
  }
  if (s.topFindings.length) parts.push(`<h2>Top findings</h2><ul class="top">${s.topFindings.map(findingLine).join('')}</ul>`);
  if (r.readiness.chart || s.mlTestScoreText) {
    parts.push(
      `<h2>Readiness</h2><div class="side-by-side">${r.readiness.chart ? `<figure>${barChartSvg(r.readiness.chart, 420)}</figure>` : ''}<div class="notes">${[s.readinessText, s.mlTestScoreText, s.diagnostic?.headline]
        .filter((t): t is string => Boolean(t))
        .map((t) => `<p>${e(t)}</p>`)
        .join('')}</div></div>`,
    );
  }
  return `<section class="chapter summary">${h.h1('toc-summary', 'Executive summary')}${parts.join('\n')}</section>`;
}

function chapters(r: Report, h: Headings): string {
  if (r.chapters.length === 0) return '';
  return `<section class="chapter">${h.h1('toc-findings', 'Findings by area')}${r.chapters
    .map(
      (ch, i) => `<section class="area">${h.h2(`toc-area-${i + 1}`, `${i + 1}. ${ch.title}`)}<p class="question"><em>${e(ch.question)}</em>${ch.readinessText ? ` <span class="meta">${e(ch.readinessText)}</span>` : ''}</p>
${ch.findings.map(finding).join('')}</section>`,
    )
    .join('')}</section>`;
}

function readiness(r: Report, h: Headings): string {
  const { chart, mlChart, mlBand, attribution } = r.readiness;
  const diagnostic = r.summary.diagnostic;
  if (!chart && !mlChart && !diagnostic) return '';
  return `<section class="chapter">${h.h1('toc-readiness', 'Readiness and the ML Test Score')}${chart ? figure(chart) : ''}${mlChart ? figure(mlChart) : ''}${mlBand ? `<p>${e(mlBand)}</p>` : ''}
${diagnostic ? `<h2>Pilot-purgatory diagnostic</h2><p>${e(diagnostic.headline)}</p>${table(['Cause', 'Rating'], diagnostic.causes.map((c) => [c.title, c.rating]))}` : ''}
${attribution.map((a) => `<p class="attribution">${e(a)}</p>`).join('')}</section>`;
}

/** The pilot against the firm's past audits, when the consultant chose to include it. */
function benchmark(r: Report, h: Headings): string {
  const b = r.benchmark;
  if (!b) return '';
  return `<section class="chapter">${h.h1('toc-benchmark', 'Compared with the firm’s past audits')}<p class="meta">${b.audits} past audits of ${e(b.pilotKind)}, as the firm’s library computed on ${e(b.computedAt.slice(0, 10))}.</p>${table(
    ['Number', 'This pilot', 'Median', 'Middle half', 'Position', 'Audits'],
    b.rows.map((x) => [x.label, x.value, x.median, x.middle, x.position, String(x.audits)]),
    [1, 2, 5],
  )}</section>`;
}

function cost(r: Report, h: Headings): string {
  if (r.cost.scenarios.length === 0) return '';
  return `<section class="chapter">${h.h1('toc-cost', 'Cost and error model')}${r.cost.scenarios
    .map(
      (s) => `<section class="scenario"><h2>Scenario: ${e(s.name)}</h2>${figures(s.headline)}
${figure(s.costChart)}<h3>Errors at production volume</h3>${table(['Measure', 'Value'], s.errors.map((x) => [x.label, x.value]), [1])}</section>`,
    )
    .join('')}</section>`;
}

function list(items: readonly string[]): string {
  return items.length ? `<ul class="cell-list">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '—';
}

function roadmapTable(rows: readonly RoadmapRow[]): string {
  return `<table class="roadmap"><thead><tr><th>Phase</th><th>Owner</th><th>Timing</th><th>Milestones</th><th>Exit criteria</th></tr></thead><tbody>${rows
    .map(
      (x) =>
        `<tr><td>${e(x.phase)}${x.findings ? `<br><span class="meta">${e(x.findings)}</span>` : ''}</td><td>${e(x.owner)}</td><td class="when">${e(x.timing)}</td><td>${list(x.milestones)}</td><td>${list(x.exitCriteria)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function pathToShip(r: Report, h: Headings): string {
  const { roadmap, raci } = r.pathToShip;
  if (!roadmap.rows && !raci.rows) return '';
  return `<section class="chapter">${h.h1('toc-path', 'Path to ship')}${roadmap.rows ? `<h2>Roadmap</h2>${roadmapTable(roadmap.rows)}` : ''}${
    raci.rows
      ? `<h2>Operating model (RACI)</h2>${table(['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed'], raci.rows.map((x) => [x.activity, x.responsible, x.accountable, x.consulted, x.informed]))}`
      : ''
  }</section>`;
}

function followUp(r: Report, h: Headings): string {
  const { actions, decisions } = r.followUp;
  if (actions.length === 0 && decisions.length === 0) return '';
  const rows = (list: readonly FollowUpRow[], withOwner: boolean) =>
    list
      .map(
        (x) =>
          `<tr${x.overdue ? ' class="overdue"' : ''}><td class="ref">${e(x.ref)}</td><td class="pre">${e(x.text)}</td>${withOwner ? `<td>${e(x.owner)}</td><td class="when">${e(x.due)}</td>` : ''}<td>${e(x.status)}${x.overdue ? ' (overdue)' : ''}</td></tr>`,
      )
      .join('');
  return `<section class="chapter">${h.h1('toc-follow-up', 'Actions and decisions')}${
    actions.length ? `<h2>Actions</h2><table><thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>${rows(actions, true)}</tbody></table>` : ''
  }${decisions.length ? `<h2>Decisions</h2><table><thead><tr><th>Ref</th><th>Decision</th><th>Status</th></tr></thead><tbody>${rows(decisions, false)}</tbody></table>` : ''}</section>`;
}

function appendices(r: Report, h: Headings): string {
  const parts: string[] = [];
  const { evidence, participants, agenda } = r.appendices;
  if (evidence) {
    parts.push(`<section class="appendix">${h.h1('toc-evidence', 'Appendix: Evidence notes')}<table><thead><tr><th>Ref</th><th>When</th><th>Speaker</th><th>Kind</th><th>Note</th></tr></thead><tbody>${evidence
      .map(
        (n) =>
          `<tr id="${e(n.anchor)}"><td class="ref">${e(n.ref)}</td><td class="when">${e(n.dayLabel)}<br><span class="meta">${e(n.time)}</span></td><td>${e(n.speaker)}</td><td>${e(n.kind)}<br><span class="meta">${e(n.area)}</span></td><td class="pre">${e(n.text)}</td></tr>`,
      )
      .join('')}</tbody></table></section>`);
  }
  if (participants) {
    parts.push(`<section class="appendix">${h.h1('toc-participants', 'Appendix: Participants')}${table(['Name', 'Role', 'Organisation', 'Attended'], participants.map((p) => [p.name, p.role, p.organisation, p.days]))}</section>`);
  }
  if (agenda) {
    parts.push(
      `<section class="appendix">${h.h1('toc-agenda', 'Appendix: Agenda')}<table class="agenda"><thead><tr><th>Time</th><th>Session</th><th>Area</th></tr></thead>${agenda
        .map(
          (d) =>
            `<tbody><tr class="day"><th colspan="3" scope="rowgroup">${e(d.label)}</th></tr>${d.sessions
              .map(
                (s) =>
                  `<tr><td class="when">${e(s.time)}</td><td>${e(s.title)}${s.questions.length ? `<ul class="questions">${s.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>` : ''}</td><td>${e(s.area)}</td></tr>`,
              )
              .join('')}</tbody>`,
        )
        .join('')}</table></section>`,
    );
  }
  return parts.length ? `<div class="chapter">${parts.join('')}</div>` : '';
}

/**
 * `pages` maps each heading's id to the page the first print put it on (read back with
 * destinationPages); without it the contents carry placeholders.
 */
export function reportHtml(r: Report, pages?: ReadonlyMap<string, number>): string {
  const h = createHeadings();
  const body = `${summary(r, h)}${chapters(r, h)}${readiness(r, h)}${cost(r, h)}${benchmark(r, h)}${pathToShip(r, h)}${followUp(r, h)}${appendices(r, h)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${e(r.title)}</title>
<style>${reportCss(`${r.cover.clientName} · ${r.title}`, { coverPage: true })}</style></head><body>
${cover(r, contents(h.entries, pages))}${body}</body></html>`;
}
