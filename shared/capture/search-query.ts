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

/** The words of what the user typed; the last one is a prefix unless a space says it is finished. */
export function searchTerms(input: string): SearchTerm[] {
  const words = input.match(WORD) ?? [];
  const typingLastWord = !/\s$/.test(input);
  return words.map((word, index) => ({ word, prefix: index === words.length - 1 && typingLastWord }));
}

/**
 * Turns what the user typed into an FTS5 query: every word must appear, the word still being
 * typed matches as a prefix. Each word is quoted, so FTS5 operators typed by the user (AND, NEAR,
 * quotes, colons) are searched for as words and never break the query. Null when there is
 * nothing to search for.
 */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.word.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' ');
}

/**
 * Wraps every word of `text` that a term matches in the highlight markers, comparing words as the
 * index does (case and accents folded). Done here rather than by FTS5's highlight(), because the
 * newest-first search for common words fetches notes by rowid, outside the FTS query.
 */
export function highlightTerms(text: string, terms: readonly SearchTerm[]): string {
  const folded = terms.map((t) => ({ word: fold(t.word), prefix: t.prefix }));
  return text.replace(WORD, (word) => {
    const f = fold(word);
    return folded.some((t) => (t.prefix ? f.startsWith(t.word) : f === t.word)) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word;
  });
}
