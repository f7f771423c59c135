import type { SearchHit } from '../../../shared/firm/firm-schemas';
import type { FirmClient } from './firm-connection';

/**
 * Full-text search of the notes and findings of every engagement the consultant may see (the
 * server's firm.search applies the same visibility as row-level security), best matches first.
 * The words are read as a web search would (websearch_to_tsquery: quotes, "or", a leading minus),
 * so no input is a syntax error.
 */
export async function searchLibrary(client: FirmClient, query: string, limit = 50): Promise<SearchHit[]> {
  const result = await client.query<SearchHit>(
    `SELECT h.kind, h.id::text AS id, h.engagement_id::text AS "engagementId", e.client_name AS "clientName", e.pilot_name AS "pilotName",
            h.ref, h.title, h.text, h.visibility
       FROM firm.search($1, $2) h JOIN firm.engagements e ON e.id = h.engagement_id
      ORDER BY h.rank DESC, h.kind, h.id LIMIT $2`,
    [query, limit],
  );
  return result.rows;
}
