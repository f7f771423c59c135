import { NIST_AI_RMF_ATTRIBUTION, criteriaForArea } from '../../../shared/assessment/audit-criteria';
import { ML_TEST_SCORE_ATTRIBUTION } from '../../../shared/assessment/ml-test-score';
import { readDiagnostic } from '../../../shared/assessment/purgatory-diagnostic';
import {
  CRITERION_SCORE_LABELS,
  computeMlTestScore,
  overallReadiness,
  readinessByArea,
  unscoredCriteria,
  weakestCriteria,
} from '../../../shared/assessment/scoring';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { Button } from '../../components/Button';
import type { AssessmentView } from './assessment-view';
import { formatPercent } from './assessment-view';
import { MlTestScoreFigure } from './MlTestScoreFigure';
import { ReadinessChart } from './ReadinessChart';

const WEAKEST_SHOWN = 6;

export function AssessmentSummary(props: { view: AssessmentView; openArea: (area: AuditArea) => void; openMlTests: () => void; openDiagnostic: () => void }) {
  const { view } = props;
  const byArea = readinessByArea(view.criterionScores);
  const overall = overallReadiness(view.criterionScores);
  const weakest = weakestCriteria(view.criterionScores, WEAKEST_SHOWN);
  const unscored = unscoredCriteria(view.criterionScores);
  const ml = computeMlTestScore(view.mlTestScores);
  const reading = readDiagnostic(view.causeRatings);

  return (
    <div className="summary">
      <section className="card summary-readiness" aria-labelledby="summary-readiness-title">
        <header className="card-header">
          <h2 id="summary-readiness-title">Readiness by area</h2>
          <p className="overall" data-testid="overall-readiness">
            Overall <strong>{formatPercent(overall.percent)}</strong>
            <span className="muted">
              {' '}
              · {overall.scored + overall.notApplicable} of {overall.total} criteria scored
              {overall.notApplicable > 0 && `, ${overall.notApplicable} not applicable`}
            </span>
          </p>
        </header>
        <ReadinessChart byArea={byArea} />
        <p className="muted small">
          In place counts fully, partly counts half, not in place counts nothing; criteria marked not applicable and those not yet
          scored are left out of the percentage.
        </p>
      </section>

      <div className="summary-side">
        <section className="card" aria-labelledby="summary-ml-title">
          <header className="card-header">
            <h2 id="summary-ml-title">ML Test Score</h2>
            <Button variant="ghost" className="btn-inline" onClick={props.openMlTests}>
              Score the tests
            </Button>
          </header>
          <MlTestScoreFigure result={ml} />
        </section>
        <section className="card" aria-labelledby="summary-diagnostic-title">
          <header className="card-header">
            <h2 id="summary-diagnostic-title">Pilot purgatory</h2>
            <Button variant="ghost" className="btn-inline" onClick={props.openDiagnostic}>
              Rate the causes
            </Button>
          </header>
          <p className={`reading reading-${reading.level}`}>{reading.headline}</p>
        </section>
      </div>

      <section className="card" aria-labelledby="summary-weakest-title">
        <h2 id="summary-weakest-title">Weakest criteria</h2>
        {weakest.length === 0 ? (
          <p className="muted">No criterion is scored as not in place or partly in place yet.</p>
        ) : (
          <ol className="weak-list" data-testid="weakest-criteria">
            {weakest.map(({ criterion, score }) => (
              <li key={criterion.id}>
                <span className={`score-tag score-${score}`}>
                  <span aria-hidden="true">{score === 'not-in-place' ? '✕ ' : '◐ '}</span>
                  {CRITERION_SCORE_LABELS[score]}
                </span>
                <button type="button" className="link-button" onClick={() => props.openArea(criterion.area)}>
                  {criterion.title}
                </button>
                <span className="muted small">{AUDIT_AREA_INFO[criterion.area].label}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card" aria-labelledby="summary-unscored-title">
        <h2 id="summary-unscored-title">Not yet scored ({unscored.length})</h2>
        {unscored.length === 0 ? (
          <p className="muted">Every criterion has a score.</p>
        ) : (
          <ul className="unscored-groups" data-testid="unscored-criteria">
            {AUDIT_AREAS.map((area) => {
              const inArea = unscored.filter((c) => c.area === area);
              if (inArea.length === 0) return null;
              return (
                <li key={area}>
                  <button type="button" className="link-button" onClick={() => props.openArea(area)}>
                    {AUDIT_AREA_INFO[area].label}
                  </button>{' '}
                  <span className="muted small">
                    {inArea.length} of {criteriaForArea(area).length}
                  </span>
                  <p className="small">{inArea.map((c) => c.title).join(' · ')}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <footer className="attribution summary-attribution">
        <p>{ML_TEST_SCORE_ATTRIBUTION}</p>
        <p>{NIST_AI_RMF_ATTRIBUTION}</p>
      </footer>
    </div>
  );
}
