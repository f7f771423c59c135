import type { MlTestPoints } from '../../../shared/assessment/ml-test-score';
import type { CauseRating, PurgatoryCauseId } from '../../../shared/assessment/purgatory-diagnostic';
import type { CriterionScore } from '../../../shared/assessment/scoring';
import { formatPercent as percentText } from '../../../shared/cost-model/format';
import type { Assessment } from '../../../shared/domain/assessment';

/** The stored rows as lookups for the pure scoring functions, leaving out rows with no value. */
export interface AssessmentView {
  criterionScores: Map<string, CriterionScore>;
  criterionComments: Map<string, string>;
  mlTestScores: Map<string, MlTestPoints>;
  mlTestComments: Map<string, string>;
  causeRatings: Map<PurgatoryCauseId, CauseRating>;
  causeJustifications: Map<PurgatoryCauseId, string>;
}

function valued<K, V>(rows: readonly { key: K; value: V | null }[]): Map<K, V> {
  const map = new Map<K, V>();
  for (const row of rows) if (row.value !== null) map.set(row.key, row.value);
  return map;
}

export function viewOf(assessment: Assessment): AssessmentView {
  return {
    criterionScores: valued(assessment.criteria.map((r) => ({ key: r.criterionId, value: r.score }))),
    criterionComments: new Map(assessment.criteria.map((r) => [r.criterionId, r.comment])),
    mlTestScores: valued(assessment.mlTests.map((r) => ({ key: r.testId, value: r.points }))),
    mlTestComments: new Map(assessment.mlTests.map((r) => [r.testId, r.comment])),
    causeRatings: valued(assessment.causes.map((r) => ({ key: r.causeId, value: r.rating }))),
    causeJustifications: new Map(assessment.causes.map((r) => [r.causeId, r.justification])),
  };
}

export function formatPercent(percent: number | null): string {
  return percent === null ? 'Not scored' : percentText(percent);
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
