import type { AuditArea } from '../domain/audit-areas';
import { NOTE_KINDS, type NoteKind } from '../domain/note';

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

/** The participant a speaker token names: whole name, first name, or a unique prefix of either. */
export function matchParticipant(token: string, participants: readonly MarkerParticipant[]): MarkerParticipant | null {
  const wanted = compact(token.replace(/[.']+$/, ''));
  if (!wanted) return null;
  const exact = participants.filter((p) => compact(p.name) === wanted || compact(p.name.split(/\s+/)[0] ?? '') === wanted);
  if (exact.length === 1) return exact[0]!;
  const prefix = participants.filter((p) => compact(p.name).startsWith(wanted) || p.name.split(/\s+/).some((part) => compact(part).startsWith(wanted)));
  return prefix.length === 1 ? prefix[0]! : null;
}

/** The kind a token names, in full or by an unambiguous prefix ("!ris" is a risk, "!q" is not enough). */
export function matchKind(token: string): NoteKind | null {
  const wanted = fold(token);
  if (!wanted) return null;
  const exact = NOTE_KINDS.find((k) => k === wanted);
  if (exact) return exact;
  const candidates = NOTE_KINDS.filter((k) => k.startsWith(wanted));
  return candidates.length === 1 ? candidates[0]! : null;
}

export function matchArea(token: string): AuditArea | null {
  const wanted = fold(token);
  for (const [area, aliases] of Object.entries(AREA_ALIASES) as [AuditArea, readonly string[]][]) {
    if (aliases.includes(wanted)) return area;
  }
  return null;
}

/**
 * True when the token already names something in full (a whole name or first name, a kind, an
 * area alias, any tag), so Enter can save the note rather than complete the marker.
 */
export function isCompleteMarker(type: MarkerType, token: string, participants: readonly MarkerParticipant[]): boolean {
  const wanted = compact(token);
  if (type === 'tag') return wanted.length > 0;
  if (type === 'kind') return NOTE_KINDS.some((k) => k === fold(token));
  if (type === 'area') return matchArea(token) !== null;
  return participants.some((p) => compact(p.name) === wanted || compact(p.name.split(/\s+/)[0] ?? '') === wanted);
}

function normaliseTag(token: string): string {
  return token.replace(/[.']+$/, '').toLowerCase();
}

/** Reads the markers out of typed text. The last speaker, kind and area win; tags accumulate. */
export function parseMarkers(input: string, participants: readonly MarkerParticipant[]): ParsedNote {
  let speakerId: string | null = null;
  let kind: NoteKind | null = null;
  let area: AuditArea | null = null;
  const tags: string[] = [];
  const markers: Marker[] = [];

  for (const match of input.matchAll(MARKER_PATTERN)) {
    const lead = match[1] ?? '';
    const sigil = match[2]!;
    const token = match[3]!;
    const type = SIGILS[sigil]!;
    const start = (match.index ?? 0) + lead.length;
    const marker: Marker = { type, token, start, end: start + 1 + token.length };
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
      .map((p) => ({ insert: `@${p.name.replace(/\s+/g, '_')}`, label: p.name }));
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
