import type { CriterionScores } from './scoring';

/** The four reasons AI pilots stall before production, rated by the facilitator for this pilot. */
export const PURGATORY_CAUSE_IDS = ['designed-to-demo', 'pilot-only-budget', 'wrong-owners', 'not-built-for-scale'] as const;
export type PurgatoryCauseId = (typeof PURGATORY_CAUSE_IDS)[number];

export interface PurgatoryCause {
  readonly id: PurgatoryCauseId;
  readonly title: string;
  readonly description: string;
  /** Audit criteria whose scores tell the facilitator something about this cause. */
  readonly informedBy: readonly string[];
}

export const PURGATORY_CAUSES: readonly PurgatoryCause[] = [
  {
    id: 'designed-to-demo',
    title: 'Designed to succeed rather than to deploy',
    description:
      'The pilot was built to impress in a demo: curated data, friendly cases, success judged afterwards, with no test against what production will send.',
    informedBy: ['pf-success-metrics', 'ap-production-data', 'ap-production-like-evaluation', 'pr-failure-modes', 'pr-accuracy-threshold'],
  },
  {
    id: 'pilot-only-budget',
    title: 'Only the pilot was funded',
    description:
      'The budget conversation happened too early: money was found for the experiment, not for integration, running cost, review staff and maintenance.',
    informedBy: ['pf-value-quantified', 'pr-cost-at-volume', 'ps-lifecycle-budget', 'ap-build-vs-buy'],
  },
  {
    id: 'wrong-owners',
    title: 'The wrong people owned it',
    description:
      'An innovation or data team owned the pilot while the operators who would run it, and the business that would gain from it, were not in the room.',
    informedBy: ['pf-outcome-owner', 'pr-edge-case-review', 'pr-integration-owners', 'pr-operating-owner', 'ps-operator-committed'],
  },
  {
    id: 'not-built-for-scale',
    title: 'Technical choices not made for production scale',
    description:
      'Model, vendor and architecture were chosen for the pilot; cost per query, storage, monitoring and accuracy at production volume were not worked out.',
    informedBy: ['ap-model-vendor-choice', 'pr-cost-at-volume', 'pr-storage-growth', 'pr-accuracy-threshold', 'pr-monitoring'],
  },
];

export const CAUSE_RATINGS = ['no-risk', 'some-risk', 'major-risk', 'unknown'] as const;
export type CauseRating = (typeof CAUSE_RATINGS)[number];

export const CAUSE_RATING_LABELS: Readonly<Record<CauseRating, string>> = {
  'no-risk': 'Not a risk',
  'some-risk': 'Some risk',
  'major-risk': 'Major risk',
  unknown: 'Unknown',
};

export function purgatoryCauseById(id: PurgatoryCauseId): PurgatoryCause {
  return PURGATORY_CAUSES.find((c) => c.id === id)!;
}

export interface RatingSuggestion {
  /** null when no informing criterion has an applicable score yet. */
  readonly rating: Exclude<CauseRating, 'unknown'> | null;
  readonly scored: number;
  readonly informing: number;
  readonly reason: string;
}

/**
 * A starting point for the facilitator, read from the informing criteria: all in place is no
 * risk; anything missing, or less than half met on average, is a major risk; the rest some risk.
 */
export function suggestCauseRating(causeId: PurgatoryCauseId, scores: CriterionScores): RatingSuggestion {
  const cause = purgatoryCauseById(causeId);
  const applicable = cause.informedBy.map((id) => scores.get(id)).filter((s) => s !== undefined && s !== 'not-applicable');
  const informing = cause.informedBy.length;
  if (applicable.length === 0) {
    return { rating: null, scored: 0, informing, reason: 'None of the criteria behind this cause is scored yet.' };
  }
  const missing = applicable.filter((s) => s === 'not-in-place').length;
  const met = applicable.reduce((sum, s) => sum + (s === 'in-place' ? 1 : s === 'partly' ? 0.5 : 0), 0) / applicable.length;
  const basis = `${applicable.length} of ${informing} related criteria scored`;
  if (missing > 0 || met < 0.5) {
    return { rating: 'major-risk', scored: applicable.length, informing, reason: `${basis}; ${missing} not in place.` };
  }
  if (met < 1) return { rating: 'some-risk', scored: applicable.length, informing, reason: `${basis}; some only partly in place.` };
  return { rating: 'no-risk', scored: applicable.length, informing, reason: `${basis}; all in place.` };
}

export type DiagnosticLevel = 'not-assessed' | 'high' | 'elevated' | 'incomplete' | 'low';

export interface DiagnosticReading {
  readonly level: DiagnosticLevel;
  /** One sentence for the executive summary. */
  readonly headline: string;
  readonly majorRisks: readonly PurgatoryCause[];
  readonly someRisks: readonly PurgatoryCause[];
  /** Causes rated unknown or not rated at all. */
  readonly open: readonly PurgatoryCause[];
}

function titles(causes: readonly PurgatoryCause[]): string {
  return causes.map((c) => c.title.charAt(0).toLowerCase() + c.title.slice(1)).join('; ');
}

/**
 * The overall pilot-purgatory reading: one major risk is enough to call the risk high, because
 * each cause alone has stopped pilots; "low" needs all four causes rated as no risk.
 */
export function readDiagnostic(ratings: ReadonlyMap<PurgatoryCauseId, CauseRating>): DiagnosticReading {
  const ratedAs = (rating: CauseRating) => PURGATORY_CAUSES.filter((c) => ratings.get(c.id) === rating);
  const majorRisks = ratedAs('major-risk');
  const someRisks = ratedAs('some-risk');
  const open = PURGATORY_CAUSES.filter((c) => {
    const rating = ratings.get(c.id);
    return rating === undefined || rating === 'unknown';
  });
  const parts = { majorRisks, someRisks, open };
  const rated = PURGATORY_CAUSES.filter((c) => ratings.has(c.id)).length;
  if (rated === 0) {
    return { level: 'not-assessed', headline: 'The pilot-purgatory diagnostic has not been rated yet.', ...parts };
  }
  if (majorRisks.length > 0) {
    return {
      level: 'high',
      headline: `High risk of pilot purgatory: ${majorRisks.length} of 4 causes ${majorRisks.length === 1 ? 'is a major risk' : 'are major risks'} (${titles(majorRisks)}).`,
      ...parts,
    };
  }
  if (someRisks.length > 0) {
    return {
      level: 'elevated',
      headline: `Some risk of pilot purgatory: ${someRisks.length} of 4 causes ${someRisks.length === 1 ? 'needs' : 'need'} attention (${titles(someRisks)}).`,
      ...parts,
    };
  }
  if (open.length > 0) {
    return {
      level: 'incomplete',
      headline: `No risk found so far, but ${open.length} of 4 causes ${open.length === 1 ? 'is' : 'are'} still unknown or unrated.`,
      ...parts,
    };
  }
  return { level: 'low', headline: 'Low risk of pilot purgatory: none of the four causes is a risk for this pilot.', ...parts };
}
