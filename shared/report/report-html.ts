import { barChartSvg } from './bar-chart-svg';
import { escapeHtml as e } from './escape';
import { reportCss } from './report-css';
import { NO_CITED_EVIDENCE, type BarChart, type Citation, type Report, type ReportFinding } from './report-schema';

/*
 * The report as one self-contained HTML document: no scripts, no external resources, every
 * piece of user text escaped. The same document is printed to PDF by Electron and by the tests.
 */

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

function empty(text: string): string {
  return `<p class="empty">${e(text)}</p>`;
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

function cover(r: Report): string {
  const c = r.cover;
  const rows: [string, string][] = [
    ['Client', c.clientName],
    ['Pilot', c.pilotName],
    ['Audit week', c.dates],
    ...(c.venue ? ([['Venue', c.venue]] as [string, string][]) : []),
    ['Facilitators', c.facilitators.length ? c.facilitators.join(', ') : 'Not recorded'],
    ['Prepared', c.preparedOn],
  ];
  return `<section class="cover"><div><div class="kicker">AI Automation Audit · Final report</div>
<div class="title">${e(c.pilotName)}</div><div class="subtitle">${e(c.clientName)}</div><div class="rule"></div>
<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></div>
<div class="footnote">Confidential. Prepared for ${e(c.clientName)}.${c.redacted ? ' Participant names are replaced by their function throughout.' : ''}</div></section>`;
}

function summary(r: Report): string {
  const s = r.summary;
  const rec = s.recommendation
    ? `<div class="callout"><div class="label">Recommendation</div><div class="verdict">${e(s.recommendation.verdict)}</div><p class="pre">${e(s.recommendation.rationale)}</p></div>`
    : `<div class="callout"><div class="label">Recommendation</div>${empty('No recommendation has been recorded yet.')}</div>`;
  const top = s.topFindings.length
    ? s.topFindings.map(finding).join('')
    : empty(r.findingsRecorded ? 'No critical or high-severity finding was recorded.' : 'No findings have been recorded yet.');
  return `<section class="chapter"><h1>Executive summary</h1>${rec}
<h2>Pilot-purgatory diagnostic</h2><p>${e(s.diagnostic.headline)}</p>
${table(['Cause', 'Rating'], s.diagnostic.causes.map((c) => [c.title, c.rating]))}
<h2>Readiness at a glance</h2><p>${e(s.readinessText)}</p><p>${e(s.mlTestScoreText)}</p>
<h2>Top findings</h2>${top}</section>`;
}

function chapters(r: Report): string {
  return r.chapters
    .map(
      (ch, i) => `<section class="chapter"><h1>${i + 1}. ${e(ch.title)}</h1><p><em>${e(ch.question)}</em></p><p class="meta">${e(ch.readinessText)}</p>
<h2>Findings by severity</h2>${ch.findings.length ? ch.findings.map(finding).join('') : empty(r.findingsRecorded ? 'No finding was recorded in this area.' : 'No findings have been recorded yet.')}</section>`,
    )
    .join('');
}

function readiness(r: Report): string {
  return `<section class="chapter"><h1>Readiness and the ML Test Score</h1>${figure(r.readiness.chart)}${figure(r.readiness.mlChart)}
<p>${e(r.readiness.mlBand)}</p>${r.readiness.attribution.map((a) => `<p class="attribution">${e(a)}</p>`).join('')}</section>`;
}

function cost(r: Report): string {
  const body = r.cost.scenarios.length
    ? r.cost.scenarios
        .map(
          (s) => `<h2>Scenario: ${e(s.name)}</h2><div class="figures">${s.headline.map((h) => `<div><span>${e(h.label)}</span><span>${e(h.value)}</span></div>`).join('')}</div>
${figure(s.costChart)}<h3>Errors at production volume</h3>${table(['Measure', 'Value'], s.errors.map((x) => [x.label, x.value]), [1])}`,
        )
        .join('')
    : empty('No cost scenario has been modelled yet.');
  return `<section class="chapter"><h1>Cost and error model</h1>${body}</section>`;
}

function pathToShip(r: Report): string {
  const { roadmap, raci } = r.pathToShip;
  return `<section class="chapter"><h1>Path to ship</h1><h2>Roadmap</h2>${
    roadmap.rows ? table(['Phase', 'Step', 'Owner', 'Timing'], roadmap.rows.map((x) => [x.phase, x.title, x.owner, x.timing])) : empty('The roadmap has not been recorded yet.')
  }<h2>Operating model (RACI)</h2>${
    raci.rows
      ? table(['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed'], raci.rows.map((x) => [x.activity, x.responsible, x.accountable, x.consulted, x.informed]))
      : empty('The operating model has not been recorded yet.')
  }</section>`;
}

function appendices(r: Report): string {
  const parts: string[] = [];
  const { evidence, participants, agenda } = r.appendices;
  if (evidence) {
    const rows = evidence.length
      ? `<table><thead><tr><th>Ref</th><th>When</th><th>Speaker</th><th>Kind</th><th>Note</th></tr></thead><tbody>${evidence
          .map(
            (n) =>
              `<tr id="${e(n.anchor)}"><td class="ref">${e(n.ref)}</td><td class="when">${e(n.dayLabel)}<br><span class="meta">${e(n.time)}</span></td><td>${e(n.speaker)}</td><td>${e(n.kind)}<br><span class="meta">${e(n.area)}</span></td><td class="pre">${e(n.text)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : empty(NO_CITED_EVIDENCE);
    parts.push(`<section class="chapter"><h1>Appendix: Evidence notes</h1>${rows}</section>`);
  }
  if (participants) {
    parts.push(
      `<section class="chapter"><h1>Appendix: Participants</h1>${
        participants.length
          ? table(['Name', 'Role', 'Organisation', 'Attended'], participants.map((p) => [p.name, p.role, p.organisation, p.days]))
          : empty('No participant was recorded.')
      }</section>`,
    );
  }
  if (agenda) {
    parts.push(
      `<section class="chapter"><h1>Appendix: Agenda</h1>${agenda
        .map(
          (d) =>
            `<h2>${e(d.label)}</h2>${
              d.sessions.length
                ? `<table><thead><tr><th>Time</th><th>Session</th><th>Area</th></tr></thead><tbody>${d.sessions
                    .map(
                      (s) =>
                        `<tr><td class="when">${e(s.time)}</td><td>${e(s.title)}${s.questions.length ? `<ul class="questions">${s.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>` : ''}</td><td>${e(s.area)}</td></tr>`,
                    )
                    .join('')}</tbody></table>`
                : empty('No session planned.')
            }`,
        )
        .join('')}</section>`,
    );
  }
  return parts.join('');
}

export function reportHtml(r: Report): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${e(r.title)}</title>
<style>${reportCss(`${r.cover.clientName} · ${r.title}`, { coverPage: true })}</style></head><body>
${cover(r)}${summary(r)}${chapters(r)}${readiness(r)}${cost(r)}${pathToShip(r)}${appendices(r)}</body></html>`;
}
