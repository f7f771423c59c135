import type { SegmentOption } from '../../components/SegmentedControl';
import type { MlTestPoints } from '../../../shared/assessment/ml-test-score';
import { CAUSE_RATING_LABELS, type CauseRating } from '../../../shared/assessment/purgatory-diagnostic';
import { CRITERION_SCORE_LABELS, type CriterionScore } from '../../../shared/assessment/scoring';

/** The control's value for "nothing stored yet"; sent to the core as null. */
export const UNSCORED = 'unscored';

export const CRITERION_OPTIONS: readonly SegmentOption<CriterionScore | typeof UNSCORED>[] = [
  { value: UNSCORED, label: 'Not scored', symbol: '·', tone: 'neutral' },
  { value: 'not-in-place', label: CRITERION_SCORE_LABELS['not-in-place'], symbol: '✕', tone: 'danger' },
  { value: 'partly', label: CRITERION_SCORE_LABELS.partly, symbol: '◐', tone: 'warning' },
  { value: 'in-place', label: CRITERION_SCORE_LABELS['in-place'], symbol: '✓', tone: 'success' },
  { value: 'not-applicable', label: 'N/A', symbol: '–', tone: 'muted' },
];

/** Radio values are strings; the rubric's points are numbers. */
export const ML_POINT_VALUES = { '0': 0, '0.5': 0.5, '1': 1 } as const satisfies Record<string, MlTestPoints>;
export type MlPointValue = keyof typeof ML_POINT_VALUES;

export const ML_TEST_OPTIONS: readonly SegmentOption<MlPointValue | typeof UNSCORED>[] = [
  { value: UNSCORED, label: 'Not scored', symbol: '·', tone: 'neutral' },
  { value: '0', label: 'Not done', symbol: '0', tone: 'danger' },
  { value: '0.5', label: 'Manual', symbol: '½', tone: 'warning' },
  { value: '1', label: 'Automated', symbol: '1', tone: 'success' },
];

export const CAUSE_OPTIONS: readonly SegmentOption<CauseRating | typeof UNSCORED>[] = [
  { value: UNSCORED, label: 'Not rated', symbol: '·', tone: 'neutral' },
  { value: 'no-risk', label: CAUSE_RATING_LABELS['no-risk'], symbol: '✓', tone: 'success' },
  { value: 'some-risk', label: CAUSE_RATING_LABELS['some-risk'], symbol: '!', tone: 'warning' },
  { value: 'major-risk', label: CAUSE_RATING_LABELS['major-risk'], symbol: '‼', tone: 'danger' },
  { value: 'unknown', label: CAUSE_RATING_LABELS.unknown, symbol: '?', tone: 'muted' },
];

export function fromControl<V extends string>(value: V | typeof UNSCORED): V | null {
  return value === UNSCORED ? null : (value as V);
}
