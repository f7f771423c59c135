import type { SearchHit } from '../../../shared/firm/firm-schemas';
import type { FirmClient } from './firm-connection';

/**
 * Full-text search of the notes and findings of every engagement the consultant may see (row-level
 * security decides which), best matches first. The words are read as a web search would
 * (websearch_to_tsquery: quotes, "or", a leading minus), so no input is a syntax error.
 */
export async function searchLibrary(client: FirmClient, query: string, limit = 50): Promise<SearchHit[]> {
  const result = await client.query<SearchHit>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     hits AS (
       (SELECT 'note' AS kind, n.id, n.engagement_id, n.ref, '' AS title, n.text, n.visibility, ts_rank(n.search, q.q) AS rank
          FROM firm.notes n, q WHERE n.search @@ q.q ORDER BY rank DESC, n.id LIMIT $2)
       UNION ALL
       (SELECT 'finding', f.id, f.engagement_id, f.ref, f.title, f.body, f.visibility, ts_rank(f.search, q.q) AS rank
          FROM firm.findings f, q WHERE f.search @@ q.q ORDER BY rank DESC, f.id LIMIT $2)
     )
     SELECT h.kind, h.id::text AS id, h.engagement_id::text AS "engagementId", e.client_name AS "clientName", e.pilot_name AS "pilotName",
            h.ref, h.title, h.text, h.visibility
       FROM hits h JOIN firm.engagements e ON e.id = h.engagement_id
      ORDER BY h.rank DESC, h.kind, h.id LIMIT $2`,
    [query, limit],
  );
  return result.rows;
}
