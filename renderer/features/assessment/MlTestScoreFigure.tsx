import { ML_TEST_SECTION_LABELS } from '../../../shared/assessment/ml-test-score';
import type { MlTestScoreResult } from '../../../shared/assessment/scoring';
import { formatPoints } from './assessment-view';

/** The final ML Test Score, its Table V band and what holds it down. */
export function MlTestScoreFigure(props: { result: MlTestScoreResult }) {
  const { result } = props;
  const limiting = result.limitingSections.map((s) => ML_TEST_SECTION_LABELS[s]).join(', ');
  return (
    <div className={`ml-figure band-${result.band.id}`} data-testid="ml-test-score">
      <p className="ml-figure-score">
        <span className="ml-figure-value" data-testid="ml-test-score-value">
          {formatPoints(result.final)}
        </span>
        <span className="ml-figure-range">band {result.band.range}</span>
      </p>
      <p className="ml-figure-meaning">{result.band.meaning}</p>
      <p className="ml-figure-detail">
        {result.limitingSections.length === 4 ? 'All four sections are level.' : `Held down by: ${limiting}.`}
        {result.unscored > 0 && ` ${result.unscored} of 28 tests not scored yet (counted as 0).`}
      </p>
    </div>
  );
}
