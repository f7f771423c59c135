import { describe, expect, it } from 'vitest';
import { ML_TEST_SECTIONS, ML_TESTS, isMlTestId, mlTestScoreBand, type MlTestPoints } from '../../../../shared/assessment/ml-test-score';
import { computeMlTestScore } from '../../../../shared/assessment/scoring';

function scores(entries: Record<string, MlTestPoints>): Map<string, MlTestPoints> {
  return new Map(Object.entries(entries));
}

/** Every test of a section at the same points. */
function section(name: string, points: MlTestPoints, count = 7): Record<string, MlTestPoints> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${name}-${i + 1}`, points]));
}

describe('ML Test Score (2017)', () => {
  it('has 28 tests, 7 per section, with unique ids and the paper’s wording', () => {
    expect(ML_TESTS).toHaveLength(28);
    for (const s of ML_TEST_SECTIONS) expect(ML_TESTS.filter((t) => t.section === s)).toHaveLength(7);
    expect(new Set(ML_TESTS.map((t) => t.id)).size).toBe(28);
    expect(ML_TESTS.find((t) => t.id === 'data-1')?.text).toBe('Feature expectations are captured in a schema.');
    expect(ML_TESTS.find((t) => t.id === 'model-5')).toMatchObject({ label: 'Model 5', text: 'A simpler model is not better.' });
    expect(ML_TESTS.find((t) => t.id === 'infra-7')?.text).toMatch(/rolled back/);
    expect(ML_TESTS.find((t) => t.id === 'monitor-7')?.text).toMatch(/prediction quality on served data/);
    expect(isMlTestId('monitor-8')).toBe(false);
  });

  it('scores nothing as 0, the research-project band, with all 28 unscored', () => {
    const result = computeMlTestScore(new Map());
    expect(result).toMatchObject({ final: 0, unscored: 28, band: { id: 'research' } });
    expect(result.limitingSections).toEqual(['data', 'model', 'infrastructure', 'monitoring']);
  });

  it('is the minimum of the four section sums, not their total or mean', () => {
    const result = computeMlTestScore(
      scores({ ...section('data', 1), ...section('model', 1), ...section('infra', 1), ...section('monitor', 0.5, 4) }),
    );
    expect(result.sections).toEqual({ data: 7, model: 7, infrastructure: 7, monitoring: 2 });
    expect(result.final).toBe(2);
    expect(result.limitingSections).toEqual(['monitoring']);
    expect(result.band.id).toBe('first-pass');
    expect(result.unscored).toBe(3);
  });

  it('counts manual tests as half a point and automated as one', () => {
    const result = computeMlTestScore(
      scores({ 'data-1': 0.5, 'data-2': 0.5, 'data-3': 1, 'data-4': 0, ...section('model', 1), ...section('infra', 1), ...section('monitor', 1) }),
    );
    expect(result.sections.data).toBe(2);
    expect(result.final).toBe(2);
  });

  it('reads the bands with Table V’s edges: 0; (0,1]; (1,2]; (2,3]; (3,5]; >5', () => {
    const cases: [number, string][] = [
      [0, 'research'],
      [0.5, 'serious-holes'],
      [1, 'serious-holes'],
      [1.5, 'first-pass'],
      [2, 'first-pass'],
      [2.5, 'reasonably-tested'],
      [3, 'reasonably-tested'],
      [3.5, 'strong'],
      [5, 'strong'],
      [5.5, 'exceptional'],
      [7, 'exceptional'],
    ];
    for (const [score, band] of cases) expect(mlTestScoreBand(score).id, String(score)).toBe(band);
  });

  it('reaches the top band only when every section passes five', () => {
    const allButOne = { ...section('data', 1), ...section('model', 1), ...section('infra', 1), ...section('monitor', 1, 5) };
    expect(computeMlTestScore(scores(allButOne))).toMatchObject({ final: 5, band: { id: 'strong' } });
    expect(computeMlTestScore(scores({ ...allButOne, 'monitor-6': 0.5 }))).toMatchObject({ final: 5.5, band: { id: 'exceptional' } });
  });
});
