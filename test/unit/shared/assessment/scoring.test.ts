import { describe, expect, it } from 'vitest';
import { AUDIT_CRITERIA, criteriaForArea } from '../../../../shared/assessment/audit-criteria';
import {
  areaReadiness,
  overallReadiness,
  readinessByArea,
  unscoredCriteria,
  weakestCriteria,
  type CriterionScore,
} from '../../../../shared/assessment/scoring';

const pf = criteriaForArea('problem-fit').map((c) => c.id);

function scores(entries: [string, CriterionScore][]): Map<string, CriterionScore> {
  return new Map(entries);
}

describe('criterion readiness', () => {
  it('is unknown (null) for an area with nothing scored, with every criterion unscored', () => {
    expect(areaReadiness('problem-fit', new Map())).toEqual({ percent: null, total: pf.length, scored: 0, notApplicable: 0, unscored: pf.length });
  });

  it('gives in place 1, partly ½ and not in place 0, over the scored criteria only', () => {
    const r = areaReadiness('problem-fit', scores([[pf[0]!, 'in-place'], [pf[1]!, 'partly'], [pf[2]!, 'not-in-place']]));
    expect(r.percent).toBe(50);
    expect(r).toMatchObject({ scored: 3, notApplicable: 0, unscored: pf.length - 3 });
  });

  it('leaves not-applicable criteria out of the percentage and reports them apart', () => {
    const r = areaReadiness('problem-fit', scores([[pf[0]!, 'in-place'], [pf[1]!, 'not-applicable'], [pf[2]!, 'partly']]));
    expect(r.percent).toBe(75);
    expect(r).toMatchObject({ scored: 2, notApplicable: 1, unscored: pf.length - 3 });
  });

  it('is still null when every scored criterion is not applicable', () => {
    expect(areaReadiness('problem-fit', scores([[pf[0]!, 'not-applicable']])).percent).toBeNull();
  });

  it('ignores scores of other areas and unknown ids', () => {
    const s = scores([['ap-build-vs-buy', 'not-in-place'], ['pf-made-up', 'not-in-place'], [pf[0]!, 'in-place']]);
    expect(areaReadiness('problem-fit', s).percent).toBe(100);
    expect(readinessByArea(s).approach.percent).toBe(0);
    expect(readinessByArea(s)['path-to-ship'].percent).toBeNull();
  });

  it('overall pools every scored applicable criterion once', () => {
    const s = scores([[pf[0]!, 'in-place'], ['ap-build-vs-buy', 'not-in-place'], ['pr-monitoring', 'partly'], ['ps-recommendation', 'not-applicable']]);
    expect(overallReadiness(s)).toEqual({ percent: 50, total: AUDIT_CRITERIA.length, scored: 3, notApplicable: 1, unscored: AUDIT_CRITERIA.length - 4 });
  });

  it('lists unscored criteria in catalogue order, not-applicable counting as scored', () => {
    const s = scores([[pf[0]!, 'not-applicable']]);
    expect(unscoredCriteria(s).map((c) => c.id)).toEqual(AUDIT_CRITERIA.slice(1).map((c) => c.id));
  });

  it('lists the weakest criteria: not in place first, then partly, each in catalogue order, up to a limit', () => {
    const s = scores([
      ['ps-recommendation', 'not-in-place'],
      [pf[0]!, 'partly'],
      ['pr-monitoring', 'not-in-place'],
      [pf[1]!, 'in-place'],
      [pf[2]!, 'not-applicable'],
    ]);
    expect(weakestCriteria(s).map((w) => [w.criterion.id, w.score])).toEqual([
      ['pr-monitoring', 'not-in-place'],
      ['ps-recommendation', 'not-in-place'],
      [pf[0], 'partly'],
    ]);
    expect(weakestCriteria(s, 2)).toHaveLength(2);
  });
});
