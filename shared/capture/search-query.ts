import { HIGHLIGHT_END, HIGHLIGHT_START } from '../domain/note';

const WORD = /[\p{L}\p{N}]+/gu;

/** A word of a search, and whether it is still being typed (so matches as a prefix). */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/**
 * Text as the full-text index stores its words (unicode61 with remove_diacritics): lower case, no
 * accents. Folding a note's text whole is several times faster than word by word.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How many words the index counts in folded text. */
export function wordCount(folded: string): number {
  return folded.match(WORD)?.length ?? 0;
}

/** The terms with their words folded as the index stores them. */
export function foldTerms(terms: readonly SearchTerm[]): SearchTerm[] {
  return terms.map((t) => ({ word: foldText(t.word), prefix: t.prefix }));
}

/** Where a folded term occurs in folded text: at the start of a word, and ending it unless it is a prefix. */
export function termPattern(folded: SearchTerm): RegExp {
  const escaped = folded.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${folded.prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'gu');
}

/** Tells whether a note's columns hold every folded term, as the index would find them. */
export function holdsAllTerms(folded: readonly SearchTerm[]): (columns: readonly string[]) => boolean {
  const patterns = folded.map(termPattern);
  return (columns) => {
    const text = foldText(columns.join('\n'));
    return patterns.every((pattern) => text.search(pattern) >= 0);
  };
}

/** The words of what the user typed; the last one is a prefix unless a space says it is finished. */
export function searchTerms(input: string): SearchTerm[] {
  const words = input.match(WORD) ?? [];
  const typingLastWord = !/\s$/.test(input);
  return words.map((word, index) => ({ word, prefix: index === words.length - 1 && typingLastWord }));
}

/**
 * One term as an FTS5 phrase: quoted, so FTS5 operators typed by the user (AND, NEAR, quotes,
 * colons) are searched for as words and never break the query; a prefix while typed.
 */
export function ftsPhrase(term: SearchTerm): string {
  return `"${term.word.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

/** The FTS5 query for all the terms: every word must appear. */
export function toFtsQuery(terms: readonly SearchTerm[]): string {
  return terms.map(ftsPhrase).join(' ');
}

/**
 * What to ask the index for, and what it leaves to check. A prefix longer than the longest prefix
 * the index has its own entries for is asked for by that many letters, and every note found must
 * then be checked for the whole prefix (`check`, the folded terms; null when nothing was cut).
 * FTS5 seeks a word's or an indexed prefix's entries to one engagement, but it expands any other
 * prefix by merging the entries of every word starting with it in the whole file: "approv" took
 * 170 ms with a million notes, "appr" 300–460 ms.
 */
export function indexQuery(terms: readonly SearchTerm[], longestIndexedPrefix: number): { terms: SearchTerm[]; check: SearchTerm[] | null } {
  const folded = foldTerms(terms);
  const cut = folded.map((t) => {
    const letters = [...t.word];
    return t.prefix && letters.length > longestIndexedPrefix ? { word: letters.slice(0, longestIndexedPrefix).join(''), prefix: true } : t;
  });
  return { terms: cut, check: cut.some((t, i) => t.word !== folded[i]!.word) ? folded : null };
}

/**
 * Wraps every word of `text` that a term matches in the highlight markers, comparing words as the
 * index does (case and accents folded). Done here rather than by FTS5's highlight(), because the
 * index keeps no copy of the text to highlight.
 */
export function highlightTerms(text: string, terms: readonly SearchTerm[]): string {
  const folded = foldTerms(terms);
  return text.replace(WORD, (word) => {
    const f = foldText(word);
    return folded.some((t) => (t.prefix ? f.startsWith(t.word) : f === t.word)) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word;
  });
}
