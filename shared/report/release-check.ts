import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../domain/audit-areas';
import type { Finding } from '../domain/finding';
import type { Note } from '../domain/note';
import { PARTICIPANT_FUNCTION_LABELS } from '../domain/participant';
import { clientVisibleFindings, clientVisibleNotes } from './client-visible';
import { buildDailyReadout, READOUT_SECTIONS, readoutNoteRefs, type DailyReadout } from './daily-readout';
import { buildReadoutDeck, deckFindings, deckNotes, deckScope } from './deck-model';
import { digestText } from './digest';
import { scopeTitle, type ExportScope } from './export-scope';
import { createRedactor, functionAliases } from './redaction';
import type { ChangeGroup, PreviousRelease, ReleaseCheck, ReleaseItem, VisibilityChange } from './release-check-schema';
import { diffReleaseItems, releaseItems } from './release-items';
import { buildReport, dayLabel, sortNotes } from './report-model';
import type { Appendix, ReportData, ReportOptions } from './report-inputs';
import { NO_CITED_EVIDENCE, type Report } from './report-schema';
import { NOT_ASSIGNED } from './report-path-to-ship';

/*
 * The release check: before an export writes anything, the facilitator sees what the client is
 * about to receive and confirms it. Everything here is read from the same models the files are
 * rendered from, built without redaction, so the list says which real names would appear.
 */

export interface ReleaseCheckInput {
  /** As gathered for the export; only its client-visible notes count. */
  data: ReportData;
  options: ReportOptions;
  scope: ExportScope;
  /** The names of the files the export will write. */
  files: readonly string[];
  /** The engagement's visibility changes, in any order. */
  history: readonly VisibilityChange[];
  previous: PreviousRelease | null;
  /** The device id of the laptop running the check, so its own changes read "this laptop". */
  thisDevice: string;
  /** Finds a note or finding as it stands now, deleted or not, to say what became of one the client no longer reads. */
  lookup: { note(id: string): Note | undefined; finding(id: string): Finding | undefined };
}

/** How many items each "since the last export" group names; the rest are counted. */
const CHANGE_EXAMPLES = 5;
const EXCERPT_LENGTH = 80;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

export function changedBy(deviceId: string, thisDevice: string): string {
  return deviceId === thisDevice ? 'this laptop' : `another laptop (device ${deviceId.slice(0, 8)})`;
}

/** "Approach, Path to ship and Problem fit". */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Every string in a model, for finding the names in it. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

interface Outgoing {
  notes: Note[];
  findings: Finding[];
  /** Everything the files say about people, unredacted. */
  texts: string[];
  emptySections: ReleaseCheck['emptySections'];
  countsExplanation: string;
}

/** The report's sections left out because nothing is recorded in them, and those printed only in part. */
function weekEmptySections(report: Report, options: ReportOptions): ReleaseCheck['emptySections'] {
  const empty: ReleaseCheck['emptySections'] = [];
  const add = (section: string, detail: string) => empty.push({ section, detail });
  const leftOut = (section: string, why: string) => add(section, `${why} Left out of the report.`);
  if (!report.summary.recommendation) leftOut('Recommendation', 'No recommendation has been recorded yet.');
  if (!report.findingsRecorded) leftOut('Findings', 'No client-visible finding has been recorded yet.');
  else {
    const shown = new Set(report.chapters.map((c) => c.area));
    const bare = AUDIT_AREAS.filter((a) => !shown.has(a)).map((a) => AUDIT_AREA_INFO[a].label);
    if (bare.length > 0) add('Findings by area', `No client-visible finding in ${inWords(bare)}; ${bare.length === 1 ? 'its chapter is' : 'their chapters are'} left out.`);
  }
  const chart = report.readiness.chart;
  if (!chart) leftOut('Readiness', 'No readiness criterion has been scored yet.');
  else {
    const unscored = chart.bars.slice(0, -1).filter((b) => b.value === null).map((b) => b.label);
    if (unscored.length > 0) add('Readiness', `Not scored for ${inWords(unscored)}.`);
  }
  if (!report.readiness.mlChart) leftOut('ML Test Score', 'The ML Test Score has not been scored yet.');
  if (!report.summary.diagnostic) leftOut('Pilot-purgatory diagnostic', 'The pilot-purgatory diagnostic has not been rated yet.');
  if (report.cost.scenarios.length === 0) leftOut('Cost model', 'No cost scenario has been modelled yet.');
  if (!report.pathToShip.roadmap.rows) leftOut('Roadmap', 'The roadmap has not been recorded yet.');
  const raci = report.pathToShip.raci.rows;
  const unowned = (raci ?? []).filter((r) => r.responsible === NOT_ASSIGNED || r.accountable === NOT_ASSIGNED).map((r) => r.activity);
  if (!raci) leftOut('Operating model (RACI)', 'Nobody is responsible and accountable for any activity yet.');
  else if (unowned.length === raci.length) add('Operating model (RACI)', 'Nobody is responsible and accountable for any activity yet.');
  else if (unowned.length > 0) add('Operating model (RACI)', `Nobody is responsible and accountable yet for ${inWords(unowned)}.`);
  const { evidence, participants, agenda } = report.appendices;
  const chosen = (a: Appendix) => options.appendices.includes(a);
  if (chosen('evidence') && !evidence) leftOut('Evidence appendix', NO_CITED_EVIDENCE);
  if (chosen('participants') && !participants) leftOut('Participants appendix', 'No participant was recorded.');
  if (chosen('agenda') && !agenda) leftOut('Agenda appendix', 'No session was planned.');
  return empty;
}

/** A readout leaves its empty sections out; the facilitator is told which ones. */
function readoutEmptySections(readout: DailyReadout): ReleaseCheck['emptySections'] {
  const empty: ReleaseCheck['emptySections'] = [];
  if (readout.sessions.length === 0) empty.push({ section: 'Sessions held', detail: 'No session other than breaks is on this day’s agenda.' });
  for (const s of READOUT_SECTIONS) if (readout[s.key].length === 0) empty.push({ section: s.heading, detail: `${s.none} The readout leaves the section out.` });
  return empty;
}

/** What this export carries, read from the models its files are rendered from. */
function outgoing(input: ReleaseCheckInput): Outgoing {
  const { data, options, scope } = input;
  const plain = { ...options, redactNames: false };
  const notes = sortNotes(clientVisibleNotes(data.notes));
  const findings = clientVisibleFindings(data.findings);
  if (scope.kind === 'board') {
    return {
      notes: [],
      findings,
      texts: findings.map((f) => f.title),
      emptySections: findings.length === 0 ? [{ section: 'Board', detail: 'No client-visible finding is on the board.' }] : [],
      countsExplanation: 'The board picture shows findings only; it cites notes by their reference.',
    };
  }
  if (scope.kind === 'deck') {
    const shown = deckScope(scope.day);
    const deck = buildReadoutDeck(data, plain, shown);
    return {
      notes: deckNotes(data, shown),
      findings: deckFindings(data, shown),
      texts: stringsOf(deck),
      emptySections: deck.leftOut.map((s) => ({ section: s.title, detail: `${s.text} The deck leaves the slide out.` })),
      countsExplanation: 'The deck quotes the decisions and actions noted, and shows the client-visible findings.',
    };
  }
  if (scope.kind === 'day') {
    const readout = buildDailyReadout(data, scope.day, plain);
    const quoted = new Set(readoutNoteRefs(readout));
    const shown = new Set(readout.newFindings.flatMap((g) => g.findings.map((f) => f.id)));
    return {
      notes: notes.filter((n) => quoted.has(n.ref)),
      findings: findings.filter((f) => shown.has(f.id)),
      texts: stringsOf(readout),
      emptySections: readoutEmptySections(readout),
      countsExplanation: 'The readout quotes the day’s decisions, risks, open questions, actions, quotes and pinned notes, and the findings first recorded that day.',
    };
  }
  const report = buildReport(data, plain);
  const readouts = Array.from({ length: data.engagement.dayCount }, (_, i) => buildDailyReadout(data, i + 1, plain));
  const reported = new Set(report.chapters.flatMap((c) => c.findings.map((f) => f.id)));
  return {
    notes,
    findings: findings.filter((f) => reported.has(f.id)),
    // The cover names the facilitators, who are listed apart; the notes travel whole in Notes.csv.
    texts: [...stringsOf({ ...report, cover: null }), ...stringsOf(readouts), ...notes.flatMap((n) => [n.text, n.speakerName]), ...findings.map((f) => f.title)],
    emptySections: weekEmptySections(report, options),
    countsExplanation: 'Every client-visible note travels in Notes.csv and Notes.md; the report quotes those its findings cite.',
  };
}

function counts(input: ReleaseCheckInput, out: Outgoing): ReleaseCheck['counts'] {
  const { engagement } = input.data;
  const day = input.scope.kind === 'day' || input.scope.kind === 'deck' ? input.scope.day : null;
  const days = day !== null ? [day] : Array.from({ length: engagement.dayCount }, (_, i) => i + 1);
  const withNotes = input.scope.kind !== 'board';
  const rows = days.map((day) => ({
    day,
    label: dayLabel(engagement.weekStart, day),
    notes: withNotes ? out.notes.filter((n) => n.day === day).length : null,
    findings: out.findings.filter((f) => f.day === day).length,
  }));
  return { rows, total: { notes: withNotes ? out.notes.length : null, findings: out.findings.length }, explanation: out.countsExplanation };
}

function names(input: ReleaseCheckInput, texts: readonly string[]): ReleaseCheck['names'] {
  const { participants, engagement } = input.data;
  const aliases = functionAliases(participants);
  const all = texts.join('\n');
  // The redactor's own rule decides what counts as the name appearing: the whole name or a part of it.
  const people = participants
    .filter((p) => createRedactor([p], true)(all) !== all)
    .map((p) => ({
      name: p.name,
      role: PARTICIPANT_FUNCTION_LABELS[p.function],
      shownAs: input.options.redactNames ? (aliases.get(p.id) ?? p.name) : p.name,
    }));
  return { redacted: input.options.redactNames, people, facilitators: input.scope.kind === 'week' ? [...engagement.facilitators] : [] };
}

function previouslyPrivate(input: ReleaseCheckInput, out: Outgoing): ReleaseCheck['previouslyPrivate'] {
  const latest = new Map<string, VisibilityChange>();
  for (const change of input.history) {
    if (change.to !== 'client') continue;
    const key = `${change.itemKind}:${change.itemId}`;
    const known = latest.get(key);
    if (!known || change.changedAt > known.changedAt) latest.set(key, change);
  }
  const since = input.previous?.confirmedAt ?? null;
  const entry = (kind: 'note' | 'finding', id: string, ref: string, text: string) => {
    const change = latest.get(`${kind}:${id}`);
    if (!change) return [];
    return [
      {
        kind,
        ref,
        excerpt: excerpt(text),
        changedAt: change.changedAt,
        deviceId: change.deviceId,
        changedBy: changedBy(change.deviceId, input.thisDevice),
        sinceLastRelease: since !== null && change.changedAt > since,
      },
    ];
  };
  return [...out.findings.flatMap((f) => entry('finding', f.id, f.ref, f.title)), ...out.notes.flatMap((n) => entry('note', n.id, n.ref, n.text))].sort(
    (a, b) => b.changedAt.localeCompare(a.changedAt) || a.ref.localeCompare(b.ref),
  );
}

/** "D1-004 Month end doubles the load (deleted)": what the client read, and why they no longer do. */
function describeRemoved(item: ReleaseItem, lookup: ReleaseCheckInput['lookup']): string {
  const current = item.kind === 'note' ? lookup.note(item.id) : lookup.finding(item.id);
  if (!current) return item.ref;
  const text = 'text' in current ? current.text : current.title;
  const why = current.deletedAt ? 'deleted' : current.visibility === 'facilitator' ? 'now facilitator-only' : 'dropped';
  return `${current.ref} ${excerpt(text)} (${why})`;
}

function sinceLast(input: ReleaseCheckInput): ReleaseCheck['sinceLast'] {
  const { previous } = input;
  if (!previous) return null;
  const notes = new Map(input.data.notes.map((n) => [n.id, n]));
  const findings = new Map(input.data.findings.map((f) => [f.id, f]));
  const describeCurrent = (item: ReleaseItem) => {
    const text = item.kind === 'note' ? notes.get(item.id)?.text : findings.get(item.id)?.title;
    return text === undefined ? item.ref : `${item.ref} ${excerpt(text)}`;
  };
  const group = (items: readonly ReleaseItem[], describe: (item: ReleaseItem) => string): ChangeGroup => {
    // Findings first: they are what a reader quotes back.
    const ordered = [...items].sort((a, b) => (a.kind === b.kind ? a.ref.localeCompare(b.ref, 'en', { numeric: true }) : a.kind === 'finding' ? -1 : 1));
    return {
      notes: items.filter((i) => i.kind === 'note').length,
      findings: items.filter((i) => i.kind === 'finding').length,
      examples: ordered.slice(0, CHANGE_EXAMPLES).map(describe),
    };
  };
  const diff = diffReleaseItems(previous.items, releaseItems(input.data.notes, input.data.findings, input.data.followUps));
  return {
    title: previous.title,
    confirmedAt: previous.confirmedAt,
    changedBy: changedBy(previous.deviceId, input.thisDevice),
    added: group(diff.added, describeCurrent),
    edited: group(diff.edited, describeCurrent),
    removed: group(diff.removed, (item) => describeRemoved(item, input.lookup)),
  };
}

/** Pure: what an export is about to give the client, with a digest that changes whenever any of it does. */
export function buildReleaseCheck(input: ReleaseCheckInput): ReleaseCheck {
  const out = outgoing(input);
  const check: Omit<ReleaseCheck, 'digest'> = {
    title: scopeTitle(input.scope),
    files: [...input.files],
    counts: counts(input, out),
    names: names(input, out.texts),
    previouslyPrivate: previouslyPrivate(input, out),
    emptySections: out.emptySections,
    sinceLast: sinceLast(input),
  };
  return { digest: digestText(JSON.stringify(check)), ...check };
}
