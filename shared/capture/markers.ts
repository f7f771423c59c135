import { AUDIT_AREAS, AUDIT_AREA_INFO, type AuditArea } from '../domain/audit-areas';
import { NOTE_KIND_LABELS, NOTE_KINDS, type NoteKind } from '../domain/note';

/**
 * Inline markers typed in the capture box: `@name` the speaker, `!kind` the kind of note,
 * `^area` the audit area, `#tag` a tag. A marker starts a word (after a space or at the start),
 * so e-mail addresses, "C#" and "wow!" stay text.
 */
export type MarkerType = 'speaker' | 'kind' | 'area' | 'tag';

const SIGILS: Record<string, MarkerType> = { '@': 'speaker', '!': 'kind', '^': 'area', '#': 'tag' };

export interface MarkerParticipant {
  id: string;
  name: string;
}

export interface Marker {
  type: MarkerType;
  /** The characters after the sigil, as typed. */
  token: string;
  start: number;
  end: number;
}

export interface ParsedNote {
  /** The text with recognised markers taken out and spacing tidied: what the note says. */
  text: string;
  speakerId: string | null;
  kind: NoteKind | null;
  area: AuditArea | null;
  tags: string[];
  /** Markers that were understood; unknown ones stay in the text as typed. */
  markers: Marker[];
}

export const AREA_ALIASES: Record<AuditArea, readonly string[]> = {
  'problem-fit': ['problem-fit', 'problem', 'fit', 'pf'],
  approach: ['approach', 'ap'],
  'production-requirements': ['production-requirements', 'production', 'prod', 'pr'],
  'path-to-ship': ['path-to-ship', 'path', 'ship', 'ps'],
};

const MARKER_PATTERN = /(^|\s)([@!^#])([\p{L}\p{N}_.\-']+)/gu;

/** Lowercase without accents, so "@zoe" finds Zoë and "@jose" finds José. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function compact(text: string): string {
  return fold(text).replace(/[\s_.\-']/g, '');
}

/** A speaker, kind or area token may end a sentence: "said @ana." names Ana. */
function trimTrailing(token: string): string {
  return token.replace(/[.']+$/, '');
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? '';
}

/** Everyone a speaker token could name: whole or first name if any match, else a prefix of either. */
function participantCandidates(token: string, participants: readonly MarkerParticipant[]): MarkerParticipant[] {
  const wanted = compact(trimTrailing(token));
  if (!wanted) return [];
  const exact = participants.filter((p) => compact(p.name) === wanted || compact(firstName(p.name)) === wanted);
  if (exact.length > 0) return exact;
  return participants.filter((p) => compact(p.name).startsWith(wanted) || p.name.split(/\s+/).some((part) => compact(part).startsWith(wanted)));
}

/** Every kind a token could name: the kind itself, else each kind it begins. */
function kindCandidates(token: string): NoteKind[] {
  const wanted = fold(trimTrailing(token));
  if (!wanted) return [];
  const exact = NOTE_KINDS.find((k) => k === wanted);
  return exact ? [exact] : NOTE_KINDS.filter((k) => k.startsWith(wanted));
}

function exactArea(token: string): AuditArea | null {
  const wanted = fold(trimTrailing(token));
  return AUDIT_AREAS.find((area) => AREA_ALIASES[area].includes(wanted)) ?? null;
}

/** Every area a token could name: the area an alias names, else each area one of whose aliases it begins. */
function areaCandidates(token: string): AuditArea[] {
  const exact = exactArea(token);
  if (exact) return [exact];
  const wanted = fold(trimTrailing(token));
  if (!wanted) return [];
  return AUDIT_AREAS.filter((area) => AREA_ALIASES[area].some((alias) => alias.startsWith(wanted)));
}

function only<T>(candidates: readonly T[]): T | null {
  return candidates.length === 1 ? candidates[0]! : null;
}

/** The participant a speaker token names: whole name, first name, or a unique prefix of either. */
export function matchParticipant(token: string, participants: readonly MarkerParticipant[]): MarkerParticipant | null {
  return only(participantCandidates(token, participants));
}

/** The kind a token names, in full or by an unambiguous prefix ("!ris" is a risk, "!q" is not enough). */
export function matchKind(token: string): NoteKind | null {
  return only(kindCandidates(token));
}

/** The area a token names: an alias ("^prod"), or an unambiguous prefix of one ("^appr"; "^pro" is not enough). */
export function matchArea(token: string): AuditArea | null {
  return only(areaCandidates(token));
}

/**
 * True when the token already names something in full (a whole name or first name, a kind, an
 * area alias, any tag), so Enter can save the note rather than complete the marker.
 */
export function isCompleteMarker(type: MarkerType, token: string, participants: readonly MarkerParticipant[]): boolean {
  const wanted = compact(token);
  if (type === 'tag') return wanted.length > 0;
  if (type === 'kind') return NOTE_KINDS.some((k) => k === fold(token));
  if (type === 'area') return exactArea(token) !== null;
  return participants.some((p) => compact(p.name) === wanted || compact(firstName(p.name)) === wanted);
}

function normaliseTag(token: string): string {
  return trimTrailing(token).toLowerCase();
}

/** Every marker in the text, understood or not, in the order typed. */
function findMarkers(input: string): Marker[] {
  return [...input.matchAll(MARKER_PATTERN)].map((match) => {
    const token = match[3]!;
    const start = (match.index ?? 0) + (match[1] ?? '').length;
    return { type: SIGILS[match[2]!]!, token, start, end: start + 1 + token.length };
  });
}

/** Reads the markers out of typed text. The last speaker, kind and area win; tags accumulate. */
export function parseMarkers(input: string, participants: readonly MarkerParticipant[]): ParsedNote {
  let speakerId: string | null = null;
  let kind: NoteKind | null = null;
  let area: AuditArea | null = null;
  const tags: string[] = [];
  const markers: Marker[] = [];

  for (const marker of findMarkers(input)) {
    const { type, token } = marker;
    if (type === 'speaker') {
      const who = matchParticipant(token, participants);
      if (!who) continue;
      speakerId = who.id;
    } else if (type === 'kind') {
      const found = matchKind(token);
      if (!found) continue;
      kind = found;
    } else if (type === 'area') {
      const found = matchArea(token);
      if (!found) continue;
      area = found;
    } else {
      const tag = normaliseTag(token);
      if (!tag) continue;
      if (!tags.includes(tag)) tags.push(tag);
    }
    markers.push(marker);
  }

  let text = '';
  let cursor = 0;
  for (const marker of markers) {
    text += input.slice(cursor, marker.start);
    cursor = marker.end;
  }
  text += input.slice(cursor);
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/^[,:;\-–—]\s*/, '');

  return { text, speakerId, kind, area, tags, markers };
}

export interface ActiveToken {
  type: MarkerType;
  query: string;
  start: number;
  end: number;
}

/** The marker being typed at the caret, for autocomplete; null when the caret is in plain text. */
export function activeToken(input: string, caret: number): ActiveToken | null {
  const before = input.slice(0, caret);
  const match = /(^|\s)([@!^#])([\p{L}\p{N}_.\-']*)$/u.exec(before);
  if (!match) return null;
  const start = caret - match[3]!.length - 1;
  const after = /^[\p{L}\p{N}_.\-']*/u.exec(input.slice(caret))?.[0] ?? '';
  return { type: SIGILS[match[2]!]!, query: match[3]!, start, end: caret + after.length };
}

export interface Suggestion {
  /** What replaces the token, sigil included, e.g. "@AnaSilva". */
  insert: string;
  label: string;
}

/** Autocomplete choices for the token at the caret. */
export function suggestions(token: ActiveToken, participants: readonly MarkerParticipant[], knownTags: readonly string[]): Suggestion[] {
  const q = fold(token.query);
  if (token.type === 'speaker') {
    return participants
      .filter((p) => !q || compact(p.name).startsWith(compact(q)) || p.name.split(/\s+/).some((part) => fold(part).startsWith(q)))
      .slice(0, 8)
      .map(speakerChoice);
  }
  if (token.type === 'kind') {
    return NOTE_KINDS.filter((k) => k.startsWith(q)).map((k) => ({ insert: `!${k}`, label: k }));
  }
  if (token.type === 'area') {
    return (Object.keys(AREA_ALIASES) as AuditArea[])
      .filter((a) => !q || AREA_ALIASES[a].some((alias) => alias.startsWith(q)))
      .map((a) => ({ insert: `^${a}`, label: a }));
  }
  return knownTags.filter((t) => t.startsWith(q) && t !== q).slice(0, 8).map((t) => ({ insert: `#${t}`, label: t }));
}

/** How a marker typed in the box reads: as one thing, as one of several, or as nothing the app knows. */
export type MarkerStatus = 'recognised' | 'ambiguous' | 'unknown';

export interface CheckedMarker extends Marker {
  status: MarkerStatus;
  /**
   * What an ambiguous marker could mean, or what an unknown kind or area could be; each replaces the
   * marker in the text. Empty for a recognised marker and for a speaker nobody in the room is called.
   */
  choices: Suggestion[];
}

export function speakerChoice(p: MarkerParticipant): Suggestion {
  return { insert: `@${p.name.replace(/\s+/g, '_')}`, label: p.name };
}

function kindChoice(kind: NoteKind): Suggestion {
  return { insert: `!${kind}`, label: NOTE_KIND_LABELS[kind] };
}

function areaChoice(area: AuditArea): Suggestion {
  return { insert: `^${area}`, label: AUDIT_AREA_INFO[area].label };
}

function candidateChoices(marker: Marker, participants: readonly MarkerParticipant[]): Suggestion[] {
  if (marker.type === 'speaker') return participantCandidates(marker.token, participants).map(speakerChoice);
  if (marker.type === 'kind') return kindCandidates(marker.token).map(kindChoice);
  if (marker.type === 'area') return areaCandidates(marker.token).map(areaChoice);
  const tag = normaliseTag(marker.token);
  return tag ? [{ insert: `#${tag}`, label: tag }] : [];
}

/**
 * Every marker in the text with what it reads as, so none is quietly left as text: the same rules
 * as parseMarkers, which takes exactly the recognised ones.
 */
export function checkMarkers(input: string, participants: readonly MarkerParticipant[]): CheckedMarker[] {
  return findMarkers(input).map((marker) => {
    const candidates = candidateChoices(marker, participants);
    if (candidates.length === 1) return { ...marker, status: 'recognised', choices: [] };
    if (candidates.length > 1) return { ...marker, status: 'ambiguous', choices: candidates };
    const everything = marker.type === 'kind' ? NOTE_KINDS.map(kindChoice) : marker.type === 'area' ? AUDIT_AREAS.map(areaChoice) : [];
    return { ...marker, status: 'unknown', choices: everything };
  });
}

/** The markers that would be saved as plain text: the ones to ask about before saving. */
export function unresolvedMarkers(input: string, participants: readonly MarkerParticipant[]): CheckedMarker[] {
  return checkMarkers(input, participants).filter((marker) => marker.status !== 'recognised');
}

/** The text with one marker replaced (by a choice), and where the caret goes: just after it. */
export function replaceMarker(input: string, marker: Pick<Marker, 'start' | 'end'>, insert: string): { text: string; caret: number } {
  return { text: `${input.slice(0, marker.start)}${insert}${input.slice(marker.end)}`, caret: marker.start + insert.length };
}

/** The name a new participant most likely has, from the speaker marker that named them: "@sam" is Sam. */
export function nameFromSpeakerToken(token: string): string {
  const words = trimTrailing(token).split(/_+/).filter(Boolean);
  return words.map((word) => (word === word.toLowerCase() ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word)).join(' ');
}
