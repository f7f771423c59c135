import { AUDIT_AREAS, type AuditArea } from '../domain/audit-areas';
import { AUDIT_CRITERIA, type AuditCriterion } from './audit-criteria';
import {
  ML_TEST_SECTIONS,
  ML_TESTS,
  mlTestScoreBand,
  type MlTestPoints,
  type MlTestScoreBand,
  type MlTestSection,
} from './ml-test-score';

/** How far a criterion is met. A criterion with no stored score is "unscored", which is not a score. */
export const CRITERION_SCORES = ['not-in-place', 'partly', 'in-place', 'not-applicable'] as const;
export type CriterionScore = (typeof CRITERION_SCORES)[number];

export const CRITERION_SCORE_LABELS: Readonly<Record<CriterionScore, string>> = {
  'not-in-place': 'Not in place',
  partly: 'Partly',
  'in-place': 'In place',
  'not-applicable': 'Not applicable',
};

/** Readiness points per score; not-applicable has none because it leaves the calculation. */
const POINTS: Readonly<Record<Exclude<CriterionScore, 'not-applicable'>, number>> = {
  'not-in-place': 0,
  partly: 0.5,
  'in-place': 1,
};

/** Criterion id → its score, for the criteria that have one. */
export type CriterionScores = ReadonlyMap<string, CriterionScore>;

export interface Readiness {
  /** 0–100 over the scored, applicable criteria; null while none is scored. */
  readonly percent: number | null;
  readonly total: number;
  readonly scored: number;
  readonly notApplicable: number;
  readonly unscored: number;
}

function readinessOf(criteria: readonly AuditCriterion[], scores: CriterionScores): Readiness {
  let points = 0;
  let scored = 0;
  let notApplicable = 0;
  for (const criterion of criteria) {
    const score = scores.get(criterion.id);
    if (score === undefined) continue;
    if (score === 'not-applicable') {
      notApplicable += 1;
      continue;
    }
    scored += 1;
    points += POINTS[score];
  }
  return {
    percent: scored === 0 ? null : (points / scored) * 100,
    total: criteria.length,
    scored,
    notApplicable,
    unscored: criteria.length - scored - notApplicable,
  };
}

export function areaReadiness(area: AuditArea, scores: CriterionScores, catalogue = AUDIT_CRITERIA): Readiness {
  return readinessOf(
    catalogue.filter((c) => c.area === area),
    scores,
  );
}

export function readinessByArea(scores: CriterionScores, catalogue = AUDIT_CRITERIA): Record<AuditArea, Readiness> {
  return Object.fromEntries(AUDIT_AREAS.map((area) => [area, areaReadiness(area, scores, catalogue)])) as Record<AuditArea, Readiness>;
}

/**
 * Readiness over every scored, applicable criterion of the catalogue, each counting once, so an
 * area with more criteria weighs more (it has more that must be true before launch).
 */
export function overallReadiness(scores: CriterionScores, catalogue = AUDIT_CRITERIA): Readiness {
  return readinessOf(catalogue, scores);
}

export function unscoredCriteria(scores: CriterionScores, catalogue = AUDIT_CRITERIA): AuditCriterion[] {
  return catalogue.filter((c) => !scores.has(c.id));
}

export interface WeakCriterion {
  readonly criterion: AuditCriterion;
  readonly score: 'not-in-place' | 'partly';
}

/** Scored criteria not fully in place, the missing ones first, then in the catalogue's order. */
export function weakestCriteria(scores: CriterionScores, limit = Infinity, catalogue = AUDIT_CRITERIA): WeakCriterion[] {
  const weak: WeakCriterion[] = [];
  for (const rank of ['not-in-place', 'partly'] as const) {
    for (const criterion of catalogue) if (scores.get(criterion.id) === rank) weak.push({ criterion, score: rank });
  }
  return weak.slice(0, limit);
}

/** Test id → the points given; a test with no entry counts as 0, as the rubric does. */
export type MlTestScores = ReadonlyMap<string, MlTestPoints>;

export interface MlTestScoreResult {
  readonly sections: Readonly<Record<MlTestSection, number>>;
  /** The minimum of the four section sums. */
  readonly final: number;
  readonly band: MlTestScoreBand;
  /** The sections whose sum is the final score, so the UI can say what holds it down. */
  readonly limitingSections: readonly MlTestSection[];
  readonly unscored: number;
}

export function computeMlTestScore(scores: MlTestScores): MlTestScoreResult {
  const sections = Object.fromEntries(ML_TEST_SECTIONS.map((s) => [s, 0])) as Record<MlTestSection, number>;
  let unscored = 0;
  for (const test of ML_TESTS) {
    const points = scores.get(test.id);
    if (points === undefined) unscored += 1;
    sections[test.section] += points ?? 0;
  }
  const final = Math.min(...ML_TEST_SECTIONS.map((s) => sections[s]));
  return {
    sections,
    final,
    band: mlTestScoreBand(final),
    limitingSections: ML_TEST_SECTIONS.filter((s) => sections[s] === final),
    unscored,
  };
}
