import type { Database } from 'better-sqlite3';
import { ftsPhrase, holdsAllTerms, indexQuery, toFtsQuery, type SearchTerm } from '../../../../shared/capture/search-query';
import { inverseDocumentFrequency, rankByRelevance } from '../../../../shared/capture/search-rank';
import type { Note } from '../../../../shared/domain/note';
import { NOTE_COLUMNS, toNote, type NoteRow } from './notes-repository';

/** Matches up to this many are ranked by relevance; beyond it, search lists the newest first. */
export const SEARCH_RANK_LIMIT = 1000;

/** The longest prefix notes_fts keeps entries of its own for (migration 0160's prefix option). */
const LONGEST_INDEXED_PREFIX = 3;

/** Notes checked per read when the index was asked for a shorter prefix than the one typed. */
const CHECK_BATCH = 500;

/** What checking and ranking read of a note; the full row is read only for the notes returned. */
interface Candidate {
  rowid: number;
  text: string;
  speaker_name: string;
  tags: string;
  captured_at: string;
}

/**
 * Full-text search of one engagement's notes. The index's rowid is the engagement's search key
 * times 2^32 plus the note's rowid (migration 0160), so every statement here reads only the
 * engagement's own entries, and those are live notes only.
 *
 * Relevance needs every match scored before the first can be shown; 40,000 notes with "invoice"
 * took 200–480 ms at 100,000 notes. So the newest matches are fetched first, in rowid order, which
 * FTS5 streams and stops early; only when there are at most SEARCH_RANK_LIMIT of them are they
 * ranked by relevance. A word in more notes than that is so common that relevance hardly separates
 * them, and the newest is the likeliest wanted; a rare word, or a phrase narrowed by a second word,
 * is still ranked best match first.
 */
export function createNoteSearchRepository(db: Database) {
  const scopeStmt = db.prepare<[string], number>('SELECT key FROM notes_fts_scopes WHERE engagement_id = ?').pluck();
  const inScope = 'rowid BETWEEN @key << 32 AND (@key << 32) + 4294967295';
  const candidatesStmt = db
    .prepare<[{ match: string; key: number; limit: number }], number>(
      `SELECT rowid & 4294967295 FROM notes_fts WHERE notes_fts MATCH @match AND ${inScope} ORDER BY rowid DESC LIMIT @limit`,
    )
    .pluck();
  const matchingStmt = db
    .prepare<[{ match: string; key: number }], number>(`SELECT count(*) FROM notes_fts WHERE notes_fts MATCH @match AND ${inScope}`)
    .pluck();
  const liveStmt = db.prepare<[{ key: number }], number>(`SELECT count(*) FROM notes_fts WHERE ${inScope}`).pluck();
  // Sorted here, newest first: an ORDER BY made SQLite copy every row into a sorter, three times the read.
  const candidatesOfStmt = db.prepare<[string], Candidate>(
    'SELECT rowid, text, speaker_name, tags, captured_at FROM notes WHERE rowid IN (SELECT value FROM json_each(?))',
  );
  const candidatesOf = (rowids: readonly number[]): Candidate[] => candidatesOfStmt.all(JSON.stringify(rowids)).sort((a, b) => b.rowid - a.rowid);
  const notesStmt = db.prepare<[string], NoteRow & { rowid: number }>(`SELECT rowid, ${NOTE_COLUMNS} FROM notes WHERE rowid IN (SELECT value FROM json_each(?))`);
  /** The notes, in the order of `rowids`. */
  const notesOf = (rowids: readonly number[]): Note[] => {
    const byRowid = new Map(notesStmt.all(JSON.stringify(rowids)).map((row) => [row.rowid, row]));
    return rowids.map((rowid) => toNote(byRowid.get(rowid)!));
  };

  /** Up to one more than SEARCH_RANK_LIMIT of the notes found for `match` that hold every checked term, newest first. */
  function checkedMatches(match: string, key: number, check: readonly SearchTerm[]): Candidate[] {
    const rowids = candidatesStmt.all({ match, key, limit: -1 });
    const holds = holdsAllTerms(check);
    const passed: Candidate[] = [];
    for (let i = 0; i < rowids.length && passed.length <= SEARCH_RANK_LIMIT; i += CHECK_BATCH) {
      for (const row of candidatesOf(rowids.slice(i, i + CHECK_BATCH))) if (holds([row.text, row.speaker_name, row.tags])) passed.push(row);
    }
    return passed.slice(0, SEARCH_RANK_LIMIT + 1);
  }

  return {
    /** The engagement's live notes holding every term: best match first when there are few, else the newest first. */
    search(engagementId: string, terms: readonly SearchTerm[], limit: number): Note[] {
      const key = scopeStmt.get(engagementId);
      if (key === undefined || terms.length === 0) return [];
      const query = indexQuery(terms, LONGEST_INDEXED_PREFIX);
      const match = toFtsQuery(query.terms);
      let found: Candidate[];
      if (query.check) {
        found = checkedMatches(match, key, query.check);
        if (found.length > SEARCH_RANK_LIMIT) return notesOf(found.slice(0, limit).map((c) => c.rowid));
      } else {
        const rowids = candidatesStmt.all({ match, key, limit: SEARCH_RANK_LIMIT + 1 });
        if (rowids.length > SEARCH_RANK_LIMIT) return notesOf(rowids.slice(0, limit));
        found = candidatesOf(rowids);
      }
      // A term's weight is the same for every note when it is the only one, so only several need
      // counting; a prefix cut short for the index is counted as asked, a little generously.
      const documents = terms.length > 1 ? liveStmt.get({ key })! : 0;
      const idf = query.terms.map((term) => (terms.length > 1 ? inverseDocumentFrequency(documents, matchingStmt.get({ match: ftsPhrase(term), key })!) : 1));
      const ranked = rankByRelevance(
        found.map((c) => ({ rowid: c.rowid, capturedAt: c.captured_at, columns: [c.text, c.speaker_name, c.tags] as const })),
        terms,
        idf,
      );
      return notesOf(ranked.slice(0, limit).map((c) => c.rowid));
    },
  };
}

export type NoteSearchRepository = ReturnType<typeof createNoteSearchRepository>;
