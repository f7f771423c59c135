import {
  ML_TEST_SCORE_ATTRIBUTION,
  ML_TEST_SECTION_LABELS,
  ML_TEST_SECTIONS,
  ML_TESTS,
  type MlTest,
  type MlTestPoints,
} from '../../../shared/assessment/ml-test-score';
import { computeMlTestScore } from '../../../shared/assessment/scoring';
import { useAppState } from '../../app/store-context';
import { SavedTextArea } from '../../components/SavedTextArea';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { AssessmentView } from './assessment-view';
import { formatPoints } from './assessment-view';
import { MlTestScoreFigure } from './MlTestScoreFigure';
import { ML_POINT_VALUES, ML_TEST_OPTIONS, UNSCORED, type MlPointValue } from './score-options';
import { useSave } from './use-save';

function toControl(points: MlTestPoints | undefined): MlPointValue | typeof UNSCORED {
  return points === undefined ? UNSCORED : (String(points) as MlPointValue);
}

function MlTestRow(props: { engagementId: string; test: MlTest; view: AssessmentView }) {
  const scoreMlTest = useAppState((s) => s.scoreMlTest);
  const save = useSave();
  const { test } = props;
  const points = props.view.mlTestScores.get(test.id);
  return (
    <li className="ml-test" data-testid="ml-test" data-points={points ?? UNSCORED}>
      <div className="ml-test-text">
        <span className="ml-test-label">{test.label}</span>
        <p id={`ml-test-${test.id}`}>{test.text}</p>
      </div>
      <SegmentedControl
        label={`${test.label}: ${test.text}`}
        hideLabel
        options={ML_TEST_OPTIONS}
        value={toControl(points)}
        onChange={(value) =>
          void save(() => scoreMlTest(props.engagementId, { testId: test.id, points: value === UNSCORED ? null : ML_POINT_VALUES[value] }))
        }
      />
      <SavedTextArea
        label="Note"
        context={`on ${test.label}`}
        rows={1}
        value={props.view.mlTestComments.get(test.id) ?? ''}
        onSave={(comment) => save(() => scoreMlTest(props.engagementId, { testId: test.id, comment }))}
      />
    </li>
  );
}

export function MlTestScorePanel(props: { engagementId: string; view: AssessmentView }) {
  const result = computeMlTestScore(props.view.mlTestScores);
  return (
    <section className="ml-panel" aria-labelledby="ml-title">
      <header className="panel-header">
        <div>
          <h2 id="ml-title">ML Test Score</h2>
          <p className="panel-subtitle">
            28 tests of production readiness. A test run by hand, with results written down and shared, earns ½ point; a test the
            system runs automatically and repeatedly earns 1. Each section sums its points, and the score is the lowest of the four
            sums, so every section must improve to raise it. Rubric: Breck et al., IEEE Big Data 2017 (the 2017 version).
          </p>
        </div>
        <MlTestScoreFigure result={result} />
      </header>
      {ML_TEST_SECTIONS.map((section) => (
        <section key={section} className="ml-section" aria-labelledby={`ml-section-${section}`}>
          <h3 id={`ml-section-${section}`}>
            {ML_TEST_SECTION_LABELS[section]}
            <span className="ml-section-sum" data-testid={`ml-section-sum-${section}`}>
              {formatPoints(result.sections[section])} of 7
            </span>
          </h3>
          <ol className="ml-tests">
            {ML_TESTS.filter((t) => t.section === section).map((test) => (
              <MlTestRow key={test.id} engagementId={props.engagementId} test={test} view={props.view} />
            ))}
          </ol>
        </section>
      ))}
      <p className="attribution">{ML_TEST_SCORE_ATTRIBUTION}</p>
    </section>
  );
}
