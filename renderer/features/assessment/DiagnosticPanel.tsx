import { criterionById } from '../../../shared/assessment/audit-criteria';
import {
  CAUSE_RATING_LABELS,
  PURGATORY_CAUSES,
  readDiagnostic,
  suggestCauseRating,
  type PurgatoryCause,
} from '../../../shared/assessment/purgatory-diagnostic';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { SavedTextArea } from '../../components/SavedTextArea';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { AssessmentView } from './assessment-view';
import { CAUSE_OPTIONS, UNSCORED, fromControl } from './score-options';
import { useSave } from './use-save';

function CauseCard(props: { engagementId: string; cause: PurgatoryCause; view: AssessmentView }) {
  const rateCause = useAppState((s) => s.rateCause);
  const save = useSave();
  const { cause } = props;
  const rating = props.view.causeRatings.get(cause.id);
  const suggestion = suggestCauseRating(cause.id, props.view.criterionScores);
  const titleId = `cause-${cause.id}`;

  return (
    <li className="cause" aria-labelledby={titleId} data-testid="cause" data-rating={rating ?? UNSCORED}>
      <div className="cause-text">
        <h3 id={titleId}>{cause.title}</h3>
        <p>{cause.description}</p>
        <p className="cause-informed">
          Informed by: {cause.informedBy.map((id) => criterionById(id)?.title ?? id).join(' · ')}
        </p>
        <p className="cause-suggestion">
          {suggestion.rating ? (
            <>
              Suggested from the scores: <strong>{CAUSE_RATING_LABELS[suggestion.rating]}</strong> ({suggestion.reason}){' '}
              {suggestion.rating !== rating && (
                <Button
                  variant="ghost"
                  className="btn-inline"
                  onClick={() => {
                    const suggested = suggestion.rating;
                    if (suggested) void save(() => rateCause(props.engagementId, { causeId: cause.id, rating: suggested }));
                  }}
                  aria-label={`Use the suggestion for ${cause.title}`}
                >
                  Use suggestion
                </Button>
              )}
            </>
          ) : (
            suggestion.reason
          )}
        </p>
      </div>
      <div className="cause-inputs">
        <SegmentedControl
          label={`Rating: ${cause.title}`}
          hideLabel
          options={CAUSE_OPTIONS}
          value={rating ?? UNSCORED}
          onChange={(value) => void save(() => rateCause(props.engagementId, { causeId: cause.id, rating: fromControl(value) }))}
        />
        <SavedTextArea
          label="Justification"
          context={`for ${cause.title}`}
          rows={3}
          value={props.view.causeJustifications.get(cause.id) ?? ''}
          placeholder="What you saw or heard that supports the rating."
          onSave={(justification) => save(() => rateCause(props.engagementId, { causeId: cause.id, justification }))}
        />
      </div>
    </li>
  );
}

export function DiagnosticPanel(props: { engagementId: string; view: AssessmentView }) {
  const reading = readDiagnostic(props.view.causeRatings);
  return (
    <section aria-labelledby="diagnostic-title">
      <header className="panel-header">
        <div>
          <h2 id="diagnostic-title">Pilot-purgatory diagnostic</h2>
          <p className="panel-subtitle">
            Four reasons AI pilots stall before production. Rate each for this pilot and say why; the suggestion reads the scores of
            the related criteria and is only a starting point.
          </p>
        </div>
      </header>
      <p className={`reading reading-${reading.level}`} data-testid="diagnostic-reading">
        {reading.headline}
      </p>
      <ol className="causes">
        {PURGATORY_CAUSES.map((cause) => (
          <CauseCard key={cause.id} engagementId={props.engagementId} cause={cause} view={props.view} />
        ))}
      </ol>
    </section>
  );
}
