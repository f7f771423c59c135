/**
 * Turns what the user typed into an FTS5 query: every word must appear, the word still being
 * typed matches as a prefix. Each word is quoted, so FTS5 operators typed by the user (AND, NEAR,
 * quotes, colons) are searched for as words and never break the query. Null when there is
 * nothing to search for.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  const typingLastWord = !/\s$/.test(input);
  return words
    .map((word, index) => {
      const quoted = `"${word.replace(/"/g, '""')}"`;
      return index === words.length - 1 && typingLastWord ? `${quoted}*` : quoted;
    })
    .join(' ');
}
