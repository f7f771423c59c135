import type { LibraryFinding } from '../../../shared/firm/firm-schemas';
import type { FirmClient } from './firm-connection';

/**
 * Findings that keep coming back: findings with the same title (ignoring case and surrounding
 * spaces) in at least `minEngagements` engagements the consultant may see, most frequent first,
 * each with the most recent wording of its recommendation.
 */
export async function recurringFindings(client: FirmClient, filter: string, minEngagements = 2, limit = 100): Promise<LibraryFinding[]> {
  const result = await client.query<LibraryFinding>(
    `SELECT (array_agg(f.title ORDER BY f.updated_at DESC))[1] AS title,
            mode() WITHIN GROUP (ORDER BY f.area) AS area,
            mode() WITHIN GROUP (ORDER BY f.kind) AS kind,
            mode() WITHIN GROUP (ORDER BY f.severity) AS severity,
            coalesce((array_agg(f.recommendation ORDER BY f.updated_at DESC) FILTER (WHERE f.recommendation <> ''))[1], '') AS recommendation,
            (array_agg(f.body ORDER BY f.updated_at DESC))[1] AS body,
            count(DISTINCT f.engagement_id)::int AS engagements
       FROM firm.findings f
      WHERE $1 = '' OR f.search @@ websearch_to_tsquery('english', $1)
      GROUP BY lower(btrim(f.title))
     HAVING count(DISTINCT f.engagement_id) >= $2
      ORDER BY engagements DESC, lower(btrim((array_agg(f.title))[1]))
      LIMIT $3`,
    [filter, minEngagements, limit],
  );
  return result.rows;
}
