import type { ArchiveRow, ArchiveTables } from '../archive/archive-tables';
import type { MlTestPoints } from '../assessment/ml-test-score';
import { readinessByArea, computeMlTestScore, type CriterionScore } from '../assessment/scoring';
import { AUDIT_AREAS } from '../domain/audit-areas';
import { CostInputs } from '../cost-model/cost-inputs';
import { computeCostModel } from '../cost-model/cost-model';

/** The numbers of one audit that the firm compares across audits; null where the audit has none. */
export interface PilotSummary {
  accuracyPct: number | null;
  volumePerDay: number | null;
  costPerItem: number | null;
  currency: string;
  /** Reviewers (full-time) the first cost scenario needs at production volume. */
  reviewers: number | null;
  mlTestScore: number | null;
  /** Readiness per audit area, 0–100, for areas with at least one scored criterion. */
  readiness: Record<string, number>;
  recommendation: string | null;
}

const live = (rows: readonly ArchiveRow[] | undefined) => (rows ?? []).filter((row) => row.deleted_at === null || row.deleted_at === undefined);

function firstScenarioInputs(rows: readonly ArchiveRow[]): CostInputs | null {
  const scenario = live(rows).sort((a, b) => Number(a.position) - Number(b.position))[0];
  if (!scenario) return null;
  const parsed = CostInputs.safeParse(JSON.parse(String(scenario.inputs)));
  return parsed.success ? parsed.data : null;
}

/** What the firm library keeps of an engagement's numbers, from its rows as the laptop stores them. */
export function summarisePilot(tables: ArchiveTables): PilotSummary {
  const engagement = tables.engagements?.[0];
  if (!engagement) throw new Error('An engagement summary needs the engagement row.');
  const num = (value: unknown) => (typeof value === 'number' ? value : null);

  const inputs = firstScenarioInputs(tables.cost_scenarios ?? []);
  const model = inputs ? computeCostModel(inputs) : null;

  const criterionScores = new Map<string, CriterionScore>();
  for (const row of tables.assessment_criterion_scores ?? []) if (row.score !== null) criterionScores.set(String(row.criterion_id), row.score as CriterionScore);
  const readiness: Record<string, number> = {};
  const byArea = readinessByArea(criterionScores);
  for (const area of AUDIT_AREAS) {
    const percent = byArea[area].percent;
    if (percent !== null) readiness[area] = percent;
  }

  const mlScores = new Map<string, MlTestPoints>();
  for (const row of tables.assessment_ml_test_scores ?? []) if (row.points !== null) mlScores.set(String(row.test_id), row.points as MlTestPoints);

  return {
    accuracyPct: num(engagement.accuracy_pct),
    volumePerDay: num(engagement.pilot_volume_per_day),
    costPerItem: num(engagement.cost_per_query),
    currency: String(engagement.currency),
    reviewers: model && inputs && inputs.productionVolumePerDay > 0 ? model.reviewerFte : null,
    mlTestScore: mlScores.size > 0 ? computeMlTestScore(mlScores).final : null,
    readiness,
    recommendation: tables.path_recommendations?.[0] ? String(tables.path_recommendations[0].decision) : null,
  };
}
