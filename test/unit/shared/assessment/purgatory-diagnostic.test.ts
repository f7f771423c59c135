import { describe, expect, it } from 'vitest';
import {
  PURGATORY_CAUSES,
  readDiagnostic,
  suggestCauseRating,
  type CauseRating,
  type PurgatoryCauseId,
} from '../../../../shared/assessment/purgatory-diagnostic';
import type { CriterionScore } from '../../../../shared/assessment/scoring';

function ratings(entries: [PurgatoryCauseId, CauseRating][]): Map<PurgatoryCauseId, CauseRating> {
  return new Map(entries);
}

describe('pilot-purgatory diagnostic', () => {
  it('names the four causes of the design, each informed by several criteria', () => {
    expect(PURGATORY_CAUSES.map((c) => c.title)).toEqual([
      'Designed to succeed rather than to deploy',
      'Only the pilot was funded',
      'The wrong people owned it',
      'Technical choices not made for production scale',
    ]);
    for (const c of PURGATORY_CAUSES) expect(c.informedBy.length).toBeGreaterThanOrEqual(3);
  });

  it('reads nothing rated as not assessed', () => {
    expect(readDiagnostic(new Map())).toMatchObject({ level: 'not-assessed', open: PURGATORY_CAUSES });
  });

  it('calls the risk high as soon as one cause is a major risk, and names it', () => {
    const reading = readDiagnostic(ratings([['wrong-owners', 'major-risk'], ['pilot-only-budget', 'some-risk'], ['designed-to-demo', 'no-risk']]));
    expect(reading.level).toBe('high');
    expect(reading.headline).toBe('High risk of pilot purgatory: 1 of 4 causes is a major risk (the wrong people owned it).');
    expect(reading.someRisks.map((c) => c.id)).toEqual(['pilot-only-budget']);
    expect(reading.open.map((c) => c.id)).toEqual(['not-built-for-scale']);
  });

  it('says "are major risks" for several', () => {
    const reading = readDiagnostic(ratings([['designed-to-demo', 'major-risk'], ['not-built-for-scale', 'major-risk']]));
    expect(reading.headline).toMatch(/^High risk of pilot purgatory: 2 of 4 causes are major risks \(designed to succeed/);
  });

  it('is elevated with some risk and no major risk', () => {
    expect(readDiagnostic(ratings([['designed-to-demo', 'some-risk'], ['wrong-owners', 'no-risk']])).level).toBe('elevated');
  });

  it('is incomplete, not low, while any cause is unknown or unrated', () => {
    const reading = readDiagnostic(ratings([['designed-to-demo', 'no-risk'], ['wrong-owners', 'no-risk'], ['pilot-only-budget', 'unknown']]));
    expect(reading.level).toBe('incomplete');
    expect(reading.headline).toMatch(/2 of 4 causes are still unknown or unrated/);
  });

  it('is low only when all four causes are rated no risk', () => {
    const all = ratings(PURGATORY_CAUSES.map((c) => [c.id, 'no-risk']));
    expect(readDiagnostic(all).level).toBe('low');
  });
});

describe('suggested rating from the scores', () => {
  const cause = PURGATORY_CAUSES.find((c) => c.id === 'wrong-owners')!;
  const withScores = (list: CriterionScore[]) => new Map(list.map((s, i) => [cause.informedBy[i]!, s]));

  it('has no suggestion while the informing criteria are unscored or not applicable', () => {
    expect(suggestCauseRating('wrong-owners', new Map())).toMatchObject({ rating: null, scored: 0 });
    expect(suggestCauseRating('wrong-owners', withScores(['not-applicable'])).rating).toBeNull();
  });

  it('suggests no risk when every scored informing criterion is in place', () => {
    expect(suggestCauseRating('wrong-owners', withScores(['in-place', 'in-place', 'not-applicable']))).toMatchObject({
      rating: 'no-risk',
      scored: 2,
      informing: cause.informedBy.length,
    });
  });

  it('suggests some risk when some are only partly in place', () => {
    expect(suggestCauseRating('wrong-owners', withScores(['in-place', 'partly'])).rating).toBe('some-risk');
  });

  it('suggests a major risk when any is not in place, or less than half is met', () => {
    expect(suggestCauseRating('wrong-owners', withScores(['in-place', 'in-place', 'not-in-place'])).rating).toBe('major-risk');
    expect(suggestCauseRating('wrong-owners', withScores(['partly'])).rating).toBe('some-risk');
  });

  it('ignores criteria that do not inform the cause', () => {
    expect(suggestCauseRating('wrong-owners', new Map([['ap-build-vs-buy', 'not-in-place' as const]])).rating).toBeNull();
  });
});
