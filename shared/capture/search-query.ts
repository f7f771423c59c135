import { HIGHLIGHT_END, HIGHLIGHT_START } from '../domain/note';

const WORD = /[\p{L}\p{N}]+/gu;

/** A word of a search, and whether it is still being typed (so matches as a prefix). */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/** A word as the full-text index stores it (unicode61 with remove_diacritics): lower case, no accents. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of `text` as the index stores them, in order. */
export function indexedWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(fold);
}

/** The terms with their words folded as the index stores them, for `termMatches`. */
export function foldTerms(terms: readonly SearchTerm[]): SearchTerm[] {
  return terms.map((t) => ({ word: fold(t.word), prefix: t.prefix }));
}

/** Whether an indexed word is one a folded term finds: the same word, or one it starts while typing. */
export function termMatches(indexed: string, folded: SearchTerm): boolean {
  return folded.prefix ? indexed.startsWith(folded.word) : indexed === folded.word;
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
 * Wraps every word of `text` that a term matches in the highlight markers, comparing words as the
 * index does (case and accents folded). Done here rather than by FTS5's highlight(), because the
 * index keeps no copy of the text to highlight.
 */
export function highlightTerms(text: string, terms: readonly SearchTerm[]): string {
  const folded = foldTerms(terms);
  return text.replace(WORD, (word) => {
    const f = fold(word);
    return folded.some((t) => termMatches(f, t)) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word;
  });
}
