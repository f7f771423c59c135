import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../domain/audit-areas';
import { clientVisibleNotes } from './client-visible';
import { escapeHtml as e } from './escape';
import { escapeMarkdown as m } from './markdown';
import { createRedactor } from './redaction';
import { reportCss } from './report-css';
import { agendaDays, dayLabel, reportFindings, sortNotes, toEvidenceEntry } from './report-model';
import type { AgendaDay, EvidenceEntry, ReportFinding } from './report-schema';
import type { ReportData, ReportOptions } from './report-inputs';

export interface DailyReadout {
  title: string;
  clientName: string;
  dayLabel: string;
  sessions: AgendaDay['sessions'];
  questions: EvidenceEntry[];
  actions: EvidenceEntry[];
  /** Empty when no client-visible finding was first recorded that day. */
  newFindings: { area: string; findings: ReportFinding[] }[];
}

/** One day's readout: its sessions, its open questions and actions, and the findings first recorded that day. */
export function buildDailyReadout(data: ReportData, day: number, options: Pick<ReportOptions, 'redactNames'>): DailyReadout {
  const redact = createRedactor(data.participants, options.redactNames);
  const visible = sortNotes(clientVisibleNotes(data.notes));
  const today = visible.filter((n) => n.day === day);
  const ofKind = (kind: string) => today.filter((n) => n.kind === kind).map((n) => toEvidenceEntry(n, data.engagement.weekStart, redact));
  const findings = reportFindings(
    data.findings.filter((f) => f.day === day),
    new Set(visible.map((n) => n.ref)),
    redact,
    false,
  );
  return {
    title: `Daily readout — Day ${day}`,
    clientName: data.engagement.clientName,
    dayLabel: dayLabel(data.engagement.weekStart, day),
    sessions: agendaDays(data, redact, day)[0]?.sessions ?? [],
    questions: ofKind('question'),
    actions: ofKind('action'),
    newFindings: AUDIT_AREAS.map((area) => ({ area: AUDIT_AREA_INFO[area].label, findings: findings.filter((f) => f.area === area) })).filter(
      (g) => g.findings.length > 0,
    ),
  };
}

const NO_NEW_FINDING = 'No new finding was recorded this day.';

export function dailyReadoutMarkdown(r: DailyReadout): string {
  const lines = [`# ${m(r.title)}`, '', `${m(r.clientName)} · ${m(r.dayLabel)}`, '', '## Sessions', ''];
  if (r.sessions.length === 0) lines.push('No session was planned.', '');
  for (const s of r.sessions) lines.push(`- ${m(s.time)} ${m(s.title)}${s.area ? ` (${m(s.area)})` : ''}`);
  const notes = (heading: string, list: EvidenceEntry[], none: string) => {
    lines.push('', `## ${heading}`, '');
    if (list.length === 0) lines.push(none);
    for (const n of list) lines.push(`- **${m(n.ref)}** ${m(n.speaker)}: ${m(n.text)}`);
  };
  notes('Questions', r.questions, 'No open question was noted.');
  notes('Actions', r.actions, 'No action was noted.');
  lines.push('', '## New findings', '');
  if (r.newFindings.length === 0) lines.push(NO_NEW_FINDING);
  for (const group of r.newFindings) {
    lines.push(`### ${m(group.area)}`, '');
    for (const f of group.findings) lines.push(`- **${m(f.severityLabel)}** ${m(f.title)}${f.citations.length ? ` (${f.citations.map((c) => m(c.ref)).join(', ')})` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function dailyReadoutHtml(r: DailyReadout): string {
  const list = (items: EvidenceEntry[], none: string) =>
    items.length
      ? `<table><thead><tr><th>Ref</th><th>Speaker</th><th>Note</th></tr></thead><tbody>${items.map((n) => `<tr><td class="ref">${e(n.ref)}</td><td>${e(n.speaker)}</td><td class="pre">${e(n.text)}</td></tr>`).join('')}</tbody></table>`
      : `<p class="empty">${e(none)}</p>`;
  const sessions = r.sessions.length
    ? `<table><thead><tr><th>Time</th><th>Session</th><th>Area</th></tr></thead><tbody>${r.sessions.map((s) => `<tr><td class="when">${e(s.time)}</td><td>${e(s.title)}</td><td>${e(s.area)}</td></tr>`).join('')}</tbody></table>`
    : '<p class="empty">No session was planned.</p>';
  const findings = r.newFindings.length
    ? r.newFindings
        .map((g) => `<h3>${e(g.area)}</h3>${g.findings.map((f) => `<div class="finding"><h4><span class="pill sev-${e(f.severity)}">${e(f.severityLabel)}</span>${e(f.title)}</h4><p class="pre">${e(f.detail)}</p></div>`).join('')}`)
        .join('')
    : `<p class="empty">${e(NO_NEW_FINDING)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${e(r.title)}</title>
<style>${reportCss(`${r.clientName} · ${r.title}`, { coverPage: false })}</style></head><body>
<h1>${e(r.title)}</h1><p class="meta">${e(r.clientName)} · ${e(r.dayLabel)}</p>
<h2>Sessions</h2>${sessions}<h2>Questions</h2>${list(r.questions, 'No open question was noted.')}
<h2>Actions</h2>${list(r.actions, 'No action was noted.')}<h2>New findings</h2>${findings}</body></html>`;
}
