import { useState } from 'react';
import { NIST_AI_RMF_ATTRIBUTION, criteriaForArea, type AuditCriterion } from '../../../shared/assessment/audit-criteria';
import { areaReadiness } from '../../../shared/assessment/scoring';
import { AUDIT_AREA_INFO, type AuditArea } from '../../../shared/domain/audit-areas';
import { useAppState } from '../../app/store-context';
import type { AssessmentView } from './assessment-view';
import { formatPercent } from './assessment-view';
import { CriterionCard } from './CriterionCard';
import { EvidenceDialog } from './EvidenceDialog';
import { useSave } from './use-save';

/** today is the audit day a new finding lands on: today's day of the week, or day 1 outside it. */
export function AreaScorecard(props: { engagementId: string; area: AuditArea; view: AssessmentView; today: number }) {
  const scoreCriterion = useAppState((s) => s.scoreCriterion);
  const removeEvidence = useAppState((s) => s.removeEvidence);
  const findingFromCriterion = useAppState((s) => s.findingFromCriterion);
  const notify = useAppState((s) => s.notify);
  const evidence = useAppState((s) => s.assessment?.evidence);
  const [picking, setPicking] = useState<AuditCriterion | null>(null);
  const save = useSave();
  const evidenceFor = (criterionId: string) => (evidence ?? []).filter((e) => e.criterionId === criterionId);
  const info = AUDIT_AREA_INFO[props.area];
  const readiness = areaReadiness(props.area, props.view.criterionScores);

  return (
    <section className="scorecard" aria-labelledby={`scorecard-${props.area}`}>
      <header className="panel-header">
        <div>
          <h2 id={`scorecard-${props.area}`}>{info.label}</h2>
          <p className="panel-subtitle">{info.question}</p>
        </div>
        <dl className="readiness-figures" aria-label={`${info.label} readiness`}>
          <div>
            <dt>Readiness</dt>
            <dd data-testid="area-readiness">{formatPercent(readiness.percent)}</dd>
          </div>
          <div>
            <dt>Scored</dt>
            <dd>
              {readiness.scored + readiness.notApplicable} of {readiness.total}
            </dd>
          </div>
          {readiness.notApplicable > 0 && (
            <div>
              <dt>Not applicable</dt>
              <dd>{readiness.notApplicable}</dd>
            </div>
          )}
        </dl>
      </header>
      <ol className="criteria">
        {criteriaForArea(props.area).map((criterion) => (
          <CriterionCard
            key={criterion.id}
            criterion={criterion}
            score={props.view.criterionScores.get(criterion.id)}
            comment={props.view.criterionComments.get(criterion.id) ?? ''}
            onScore={(score) => void save(() => scoreCriterion(props.engagementId, { criterionId: criterion.id, score }))}
            onComment={(comment) => save(() => scoreCriterion(props.engagementId, { criterionId: criterion.id, comment }))}
            evidence={evidenceFor(criterion.id)}
            onAddEvidence={() => setPicking(criterion)}
            onRemoveEvidence={(id) => void save(() => removeEvidence(props.engagementId, id))}
            onCreateFinding={() =>
              void save(() => findingFromCriterion(props.engagementId, criterion.id, props.today)).then(
                (ok) => ok && notify({ tone: 'success', message: `Finding added to the board on day ${props.today}: ${criterion.title}.` }),
              )
            }
          />
        ))}
      </ol>
      <p className="attribution">{NIST_AI_RMF_ATTRIBUTION}</p>
      <EvidenceDialog
        engagementId={props.engagementId}
        criterion={picking}
        linked={picking ? evidenceFor(picking.id) : []}
        onClose={() => setPicking(null)}
      />
    </section>
  );
}
