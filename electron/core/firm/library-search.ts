import type { SearchHit, SearchResult } from '../../../shared/firm/firm-schemas';
import type { FirmClient } from './firm-connection';

/** Matches ranked per table at most: ranking reads every match, and a common word has tens of thousands. */
export const MAX_CANDIDATES = 2_000;

/**
 * Full-text search of the notes and findings of every engagement the consultant may see (the
 * server's firm.search applies the same visibility as row-level security), best matches first.
 * The words are read as a web search would (websearch_to_tsquery: quotes, "or", a leading minus),
 * so no input is a syntax error.
 */
export async function searchLibrary(client: FirmClient, query: string, limit = 50, candidates = MAX_CANDIDATES): Promise<SearchResult> {
  const result = await client.query<SearchHit & { capped: boolean }>(
    `SELECT h.kind, h.id::text AS id, h.engagement_id::text AS "engagementId", e.client_name AS "clientName", e.pilot_name AS "pilotName",
            h.ref, h.title, h.text, h.visibility, h.capped
       FROM firm.search($1, $2, $3) h JOIN firm.engagements e ON e.id = h.engagement_id
      ORDER BY h.rank DESC, h.kind, h.id LIMIT $2`,
    [query, limit, candidates],
  );
  return { hits: result.rows.map(({ capped: _capped, ...hit }) => hit), capped: result.rows.some((row) => row.capped) };
}
