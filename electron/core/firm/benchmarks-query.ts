import type { Benchmark, MetricBenchmark } from '../../../shared/firm/firm-schemas';
import type { PilotSummary } from '../../../shared/firm/pilot-summary';
import type { FirmClient } from './firm-connection';

/** This pilot's own numbers by metric name, as the benchmark compares them. */
export function pilotValues(summary: PilotSummary): Record<string, number | null> {
  const values: Record<string, number | null> = {
    accuracy: summary.accuracyPct,
    volume: summary.volumePerDay,
    costPerItem: summary.costPerItem,
    reviewers: summary.reviewers,
    mlTestScore: summary.mlTestScore,
  };
  for (const [area, percent] of Object.entries(summary.readiness)) values[`readiness:${area}`] = percent;
  return values;
}

/**
 * The pilot against the firm's past audits of the same kind of pilot (other engagements only),
 * computed on the server over what the consultant may see: quartiles of each number, and the share
 * of past audits below this pilot. Cost per item is compared only within the pilot's currency.
 */
export async function queryBenchmark(client: FirmClient, engagementId: string, pilotKind: string, summary: PilotSummary): Promise<Omit<Benchmark, 'fetchedAt' | 'fromCache'>> {
  const values = JSON.stringify(pilotValues(summary));
  const metrics = await client.query<MetricBenchmark>(
    `WITH peers AS (SELECT * FROM firm.engagements WHERE pilot_kind = $1 AND id <> $2::uuid),
     numbers AS (
       SELECT m.metric, m.value FROM peers p
        CROSS JOIN LATERAL (VALUES ('accuracy', p.accuracy_pct), ('volume', p.volume_per_day),
          ('costPerItem', CASE WHEN p.currency = $4 THEN p.cost_per_item END), ('reviewers', p.reviewers), ('mlTestScore', p.ml_test_score)) AS m (metric, value)
       UNION ALL
       SELECT 'readiness:' || r.key, r.value::double precision FROM peers p CROSS JOIN LATERAL jsonb_each_text(p.readiness) AS r (key, value)
     )
     SELECT n.metric, count(n.value)::int AS audits,
            percentile_cont(0.25) WITHIN GROUP (ORDER BY n.value) AS p25,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY n.value) AS median,
            percentile_cont(0.75) WITHIN GROUP (ORDER BY n.value) AS p75,
            ($3::jsonb ->> n.metric)::double precision AS value,
            avg((n.value < ($3::jsonb ->> n.metric)::double precision)::int) FILTER (WHERE n.value IS NOT NULL AND $3::jsonb ->> n.metric IS NOT NULL)::double precision AS "shareBelow"
       FROM numbers n WHERE n.value IS NOT NULL GROUP BY n.metric ORDER BY n.metric`,
    [pilotKind, engagementId, values, summary.currency],
  );
  const totals = await client.query<{ audits: number; recommendations: Record<string, number> | null; yes: number; no: number; unknown: number }>(
    `SELECT count(*)::int AS audits,
            (SELECT jsonb_object_agg(recommendation, n) FROM (SELECT recommendation, count(*)::int AS n FROM firm.engagements
               WHERE pilot_kind = $1 AND id <> $2::uuid AND recommendation IS NOT NULL GROUP BY recommendation) r) AS recommendations,
            count(*) FILTER (WHERE shipped)::int AS yes, count(*) FILTER (WHERE NOT shipped)::int AS no, count(*) FILTER (WHERE shipped IS NULL)::int AS unknown
       FROM firm.engagements WHERE pilot_kind = $1 AND id <> $2::uuid`,
    [pilotKind, engagementId],
  );
  const t = totals.rows[0]!;
  return { pilotKind, audits: t.audits, metrics: metrics.rows, recommendations: t.recommendations ?? {}, shipped: { yes: t.yes, no: t.no, unknown: t.unknown } };
}
