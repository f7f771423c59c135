import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../domain/audit-areas';
import { FINDING_KIND_LABELS, type Finding, type Severity } from '../domain/finding';
import { NOTE_KIND_LABELS, type Note, type NoteKind } from '../domain/note';
import { clientVisibleNotes } from './client-visible';
import { escapeHtml as e } from './escape';
import { escapeMarkdown as m } from './markdown';
import { clientItems, followUpLine, followUpSummary } from './follow-up';
import { createRedactor, type Redact } from './redaction';
import { reportCss } from './report-css';
import { agendaDays, captureTime, dayLabel, reportFindings, sortNotes } from './report-model';
import type { ReportData, ReportOptions } from './report-inputs';

/** A note the readout quotes. */
export interface ReadoutNote {
  ref: string;
  time: string;
  kind: string;
  text: string;
  /** Who said it, redacted when asked; null for the facilitator's own observation. */
  speaker: string | null;
}

export interface ReadoutAction extends ReadoutNote {
  /** Who owns the action (its follow-up), redacted when asked; NO_OWNER while nobody is named. */
  owner: string;
  due: string;
  status: string;
  /** Open and due on a day before this one. */
  overdue: boolean;
}

export interface ReadoutFinding {
  id: string;
  ref: string;
  severity: Severity;
  severityLabel: string;
  kind: string;
  title: string;
  /** The details beyond the title; empty when they only repeat it. */
  body: string;
  recommendation: string;
  /** References of the client-visible notes it cites. */
  citations: string[];
}

export interface DailyReadout {
  title: string;
  clientName: string;
  dayLabel: string;
  /** Titles of the day's sessions in agenda order; breaks and lunch are not sessions held. */
  sessions: string[];
  /** The findings first recorded that day, by area; areas without one are left out. */
  newFindings: { area: string; findings: ReadoutFinding[] }[];
  decisions: ReadoutNote[];
  risks: ReadoutNote[];
  questions: ReadoutNote[];
  actions: ReadoutAction[];
  /** Actions raised on earlier days that are still open, so the room sees what it has not done yet. */
  stillOpen: ReadoutAction[];
  /** Quotes, and pinned notes no other section carries. */
  worthKeeping: ReadoutNote[];
}


/** The readout's sections after the sessions line, in the order they are printed; an empty one is left out. */
export const READOUT_SECTIONS = [
  { key: 'newFindings', heading: 'New findings', none: 'No new client-visible finding was recorded this day.' },
  { key: 'decisions', heading: 'Decisions', none: 'No decision was noted.' },
  { key: 'risks', heading: 'Risks', none: 'No risk was noted.' },
  { key: 'questions', heading: 'Open questions', none: 'No open question was noted.' },
  { key: 'actions', heading: 'Actions', none: 'No action was noted.' },
  { key: 'stillOpen', heading: 'Still open from earlier days', none: 'Every earlier action is done or dropped.' },
  { key: 'worthKeeping', heading: 'Worth keeping', none: 'No quote or pinned note was captured.' },
] as const satisfies readonly { key: keyof DailyReadout; heading: string; none: string }[];

export const NOTHING_RECORDED = 'Nothing client-visible was recorded this day.';

/** Note kinds that have a section of their own; a pinned note of another kind is kept under "Worth keeping". */
const SECTION_KINDS: readonly NoteKind[] = ['decision', 'risk', 'question', 'action'];

function readoutNote(note: Note, redact: Redact): ReadoutNote {
  return {
    ref: note.ref,
    time: captureTime(note.capturedAt),
    kind: NOTE_KIND_LABELS[note.kind],
    text: redact(note.text),
    speaker: note.speakerName ? redact(note.speakerName) : null,
  };
}

function readoutAction(note: Note, data: ReportData, day: number, redact: Redact): ReadoutAction {
  const item = clientItems({ notes: [note], followUps: data.followUps })[0]!;
  const { owner, due, status, overdue } = followUpLine(item, data, redact, day);
  return { ...readoutNote(note, redact), owner, due, status, overdue };
}

/**
 * A finding promoted from a note starts with the note's first sentence as its title and the
 * whole note as its body; the readout prints what the body adds, not the title twice.
 */
export function bodyBeyondTitle(title: string, body: string): string {
  const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const t = flat(title);
  const b = body.trim();
  if (flat(b) === t) return '';
  if (!b.startsWith(t)) return b;
  return b.slice(t.length).trimStart();
}

function readoutFindings(data: ReportData, day: number, visibleRefs: ReadonlySet<string>, redact: Redact): DailyReadout['newFindings'] {
  const stored = new Map<string, Finding>(data.findings.map((f) => [f.id, f]));
  const ordered = reportFindings(
    data.findings.filter((f) => f.day === day),
    visibleRefs,
    redact,
    false,
  );
  const findings = ordered.map((r): ReadoutFinding & { area: Finding['area'] } => {
    const f = stored.get(r.id)!;
    return {
      id: r.id,
      ref: r.ref,
      area: r.area,
      severity: r.severity,
      severityLabel: r.severityLabel,
      kind: FINDING_KIND_LABELS[f.kind],
      title: r.title,
      body: redact(bodyBeyondTitle(f.title, f.body)),
      recommendation: redact(f.recommendation.trim()),
      citations: r.citations.map((c) => c.ref),
    };
  });
  return AUDIT_AREAS.map((area) => ({
    area: AUDIT_AREA_INFO[area].label,
    findings: findings.filter((f) => f.area === area).map(({ area: _, ...f }) => f),
  })).filter((g) => g.findings.length > 0);
}

/** One day's readout: what the room decided, feared, asked and agreed to do, and the findings first recorded that day. */
export function buildDailyReadout(data: ReportData, day: number, options: Pick<ReportOptions, 'redactNames'>): DailyReadout {
  const redact = createRedactor(data.participants, options.redactNames);
  const visible = sortNotes(clientVisibleNotes(data.notes));
  const today = visible.filter((n) => n.day === day);
  const ofKind = (kind: NoteKind) => today.filter((n) => n.kind === kind).map((n) => readoutNote(n, redact));
  const held = data.sessions.filter((s) => s.kind !== 'break');
  return {
    title: `Daily readout — Day ${day}`,
    clientName: data.engagement.clientName,
    dayLabel: dayLabel(data.engagement.weekStart, day),
    sessions: agendaDays({ engagement: data.engagement, sessions: held }, redact, day)[0]?.sessions.map((s) => s.title) ?? [],
    newFindings: readoutFindings(data, day, new Set(visible.map((n) => n.ref)), redact),
    decisions: ofKind('decision'),
    risks: ofKind('risk'),
    questions: ofKind('question'),
    actions: today.filter((n) => n.kind === 'action').map((n) => readoutAction(n, data, day, redact)),
    stillOpen: clientItems(data)
      .filter((item) => item.kind === 'action' && item.status === 'open' && item.day < day)
      .map((item) => readoutAction(visible.find((n) => n.id === item.noteId)!, data, day, redact)),
    worthKeeping: today.filter((n) => n.kind === 'quote' || (n.pinned && !SECTION_KINDS.includes(n.kind))).map((n) => readoutNote(n, redact)),
  };
}

/** Every note the readout quotes, by reference. */
export function readoutNoteRefs(r: DailyReadout): string[] {
  return [...r.decisions, ...r.risks, ...r.questions, ...r.actions, ...r.stillOpen, ...r.worthKeeping].map((n) => n.ref);
}

function filled(r: DailyReadout) {
  return READOUT_SECTIONS.filter((s) => r[s.key].length > 0);
}

export function dailyReadoutMarkdown(r: DailyReadout): string {
  const lines = [`# ${m(r.title)}`, '', `${m(r.clientName)} · ${m(r.dayLabel)}`, ''];
  if (r.sessions.length > 0) lines.push(`Sessions held: ${r.sessions.map(m).join(' · ')}`, '');
  const sections = filled(r);
  if (sections.length === 0) lines.push(NOTHING_RECORDED, '');
  const said = (n: ReadoutNote) => (n.speaker ? ` — ${m(n.speaker)}` : '');
  for (const section of sections) {
    lines.push(`## ${section.heading}`, '');
    switch (section.key) {
      case 'newFindings':
        for (const group of r.newFindings) {
          lines.push(`### ${m(group.area)}`, '');
          for (const f of group.findings) {
            lines.push(`**${m(f.ref)} · ${m(f.title)}**  `, `${m(f.severityLabel)} · ${m(f.kind)}${f.citations.length ? ` · Evidence ${f.citations.map(m).join(', ')}` : ''}`, '');
            if (f.body) lines.push(m(f.body), '');
            if (f.recommendation) lines.push(`*Recommendation:* ${m(f.recommendation)}`, '');
          }
        }
        break;
      case 'actions':
      case 'stillOpen':
        for (const n of r[section.key]) lines.push(`- **${m(n.ref)}** ${m(n.text)}${said(n)}  `, `  ${m(followUpSummary(n))}`);
        lines.push('');
        break;
      case 'worthKeeping':
        for (const n of r.worthKeeping) lines.push(`- **${m(n.ref)}** ${n.kind === NOTE_KIND_LABELS.quote ? '' : `(${m(n.kind)}) `}${m(n.text)}${said(n)}`);
        lines.push('');
        break;
      default:
        for (const n of r[section.key]) lines.push(`- **${m(n.ref)}** ${m(n.text)}${said(n)}`);
        lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const READOUT_CSS = `
.sessions { font-size: 9pt; color: #3b4652; border-left: 2.5pt solid #1f4e79; padding-left: 3mm; margin: 0 0 6mm; }
.sessions .label, .finding .recommendation .label { font-family: Helvetica, Arial, sans-serif; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.08em; color: #6b7480; margin-right: 2mm; }
ul.notes { list-style: none; margin: 0 0 4mm; padding: 0; }
ul.notes li { break-inside: avoid; border-top: 0.5pt solid #dde1e6; padding: 1.8mm 0 1.8mm 20mm; text-indent: -20mm; }
ul.notes li > * { text-indent: 0; }
ul.notes .ref { display: inline-block; width: 20mm; text-indent: 0; color: #6b7480; }
ul.notes .who, ul.notes .owner { font-family: Helvetica, Arial, sans-serif; font-size: 8.5pt; color: #6b7480; }
ul.notes .owner { display: block; }
ul.notes .owner.overdue { color: #a4262c; }
.finding .recommendation { border-left: 2pt solid #c9ced4; padding-left: 3mm; }
`;

export function dailyReadoutHtml(r: DailyReadout): string {
  const said = (n: ReadoutNote) => (n.speaker ? ` <span class="who">— ${e(n.speaker)}</span>` : '');
  const item = (n: ReadoutNote, extra = '') => `<li><span class="ref">${e(n.ref)}</span><span class="pre">${e(n.text)}</span>${extra}</li>`;
  const notes = (list: readonly ReadoutNote[], extra: (n: ReadoutNote) => string) => `<ul class="notes">${list.map((n) => item(n, extra(n))).join('')}</ul>`;
  const finding = (f: ReadoutFinding) =>
    `<div class="finding"><h4><span class="pill sev-${e(f.severity)}">${e(f.severityLabel)}</span><span class="ref">${e(f.ref)}</span> ${e(f.title)}</h4>` +
    `<p class="meta">${e(f.kind)}${f.citations.length ? ` · Evidence ${e(f.citations.join(', '))}` : ''}</p>` +
    (f.body ? `<p class="pre">${e(f.body)}</p>` : '') +
    (f.recommendation ? `<p class="recommendation pre"><span class="label">Recommendation</span> ${e(f.recommendation)}</p>` : '') +
    '</div>';
  const body = (key: (typeof READOUT_SECTIONS)[number]['key']) => {
    switch (key) {
      case 'newFindings':
        return r.newFindings.map((g) => `<h3>${e(g.area)}</h3>${g.findings.map(finding).join('')}`).join('');
      case 'actions':
      case 'stillOpen':
        return `<ul class="notes">${r[key].map((n) => item(n, `${said(n)}<span class="owner${n.overdue ? ' overdue' : ''}">${e(followUpSummary(n))}</span>`)).join('')}</ul>`;
      case 'worthKeeping':
        return notes(r.worthKeeping, (n) => `${n.kind === NOTE_KIND_LABELS.quote ? '' : ` <span class="who">(${e(n.kind)})</span>`}${said(n)}`);
      default:
        return notes(r[key], said);
    }
  };
  const sections = filled(r);
  const sessions = r.sessions.length ? `<p class="sessions"><span class="label">Sessions held</span>${r.sessions.map(e).join(' · ')}</p>` : '';
  const content = sections.length ? sections.map((s) => `<h2>${e(s.heading)}</h2>${body(s.key)}`).join('\n') : `<p class="empty">${e(NOTHING_RECORDED)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${e(r.title)}</title>
<style>${reportCss(`${r.clientName} · ${r.title}`, { coverPage: false })}${READOUT_CSS}</style></head><body>
<h1>${e(r.title)}</h1><p class="meta">${e(r.clientName)} · ${e(r.dayLabel)}</p>
${sessions}
${content}</body></html>`;
}
