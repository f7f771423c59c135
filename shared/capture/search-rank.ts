import { foldTerms, foldText, termPattern, wordCount, type SearchTerm } from './search-query';

/** A candidate as the index holds it: its columns in the index's order, and what breaks ties. */
export interface RankCandidate {
  /** Note text, speaker name, tags (as stored, a JSON list). */
  columns: readonly [string, string, string];
  capturedAt: string;
  /** Larger is newer; the last tie-break, so the order never depends on the sort. */
  rowid: number;
}

/** Weights of a match in the text, the speaker's name and the tags: a word said outranks a label. */
const COLUMN_WEIGHTS = [10, 3, 2] as const;
const K1 = 1.2;
const B = 0.75;

/**
 * How much a term tells matches apart, from how many of the engagement's notes hold it; as FTS5's
 * bm25() computes it, a term in more than half of them weighs next to nothing.
 */
export function inverseDocumentFrequency(documents: number, matching: number): number {
  const idf = Math.log((documents - matching + 0.5) / (matching + 0.5));
  return idf > 0 ? idf : 1e-6;
}

/**
 * Orders the candidates best match first by FTS5's bm25 (k1 = 1.2, b = 0.75, a term's frequency
 * weighted by the column it is in), newest first among equals. Computed here rather than by
 * bm25() because FTS5 takes a term's document count from the whole file: for a word common in other
 * engagements that meant reading all their entries (595 ms for "invoice" in an engagement of 1,371
 * notes among a million). Here `idf` comes from the engagement's own notes, one per term, and the
 * average length from the candidates themselves.
 */
export function rankByRelevance<T extends RankCandidate>(candidates: readonly T[], terms: readonly SearchTerm[], idf: readonly number[]): T[] {
  const patterns = foldTerms(terms).map(termPattern);
  const scored = candidates.map((candidate) => {
    const columns = candidate.columns.map(foldText);
    const frequencies = patterns.map((pattern) =>
      columns.reduce((sum, text, column) => sum + COLUMN_WEIGHTS[column]! * (text.match(pattern)?.length ?? 0), 0),
    );
    return { candidate, frequencies, length: columns.reduce((sum, text) => sum + wordCount(text), 0) };
  });
  const averageLength = scored.reduce((sum, s) => sum + s.length, 0) / Math.max(1, scored.length) || 1;
  const score = (s: (typeof scored)[number]) =>
    s.frequencies.reduce((sum, f, i) => sum + (idf[i]! * f * (K1 + 1)) / (f + K1 * (1 - B + (B * s.length) / averageLength)), 0);
  return scored
    .map((s) => ({ candidate: s.candidate, score: score(s) }))
    .sort((a, b) => b.score - a.score || compareNewestFirst(a.candidate, b.candidate))
    .map((s) => s.candidate);
}

function compareNewestFirst(a: RankCandidate, b: RankCandidate): number {
  if (a.capturedAt !== b.capturedAt) return a.capturedAt < b.capturedAt ? 1 : -1;
  return b.rowid - a.rowid;
}
