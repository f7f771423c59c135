import type { Participant } from '../../../shared/domain/participant';
import { DECISION_LABELS, type Recommendation } from '../../../shared/domain/path-to-ship';
import { formatDate } from '../../../shared/domain/dates';
import { Button } from '../../components/Button';
import { CriteriaChips } from './CriteriaChips';
import { FindingChips } from './FindingChips';
import { DECISION_HINTS } from './RecommendationDialog';
import { decidedByText } from './path-labels';
import type { LinkableFindings } from './use-linkable-findings';

const DECISION_MARKS = { go: '✓', 'conditional-go': '◐', pivot: '↻', stop: '✕' } as const;

/** The verdict the week comes to, shown as a client reads it: decision, why, conditions, who and when. */
export function RecommendationPanel(props: { recommendation: Recommendation | null; participants: readonly Participant[]; linkable: LinkableFindings; onEdit: () => void }) {
  const r = props.recommendation;
  if (!r) {
    return (
      <section className="ps-card ps-recommendation is-empty" aria-labelledby="ps-rec-title">
        <div>
          <h2 id="ps-rec-title" className="ps-card-title">
            Recommendation
          </h2>
          <p className="ps-muted">
            No recommendation yet. Record the call the week comes to (go, conditional go, pivot or stop), why, the conditions that
            come with it, and the findings and audit criteria that back it.
          </p>
        </div>
        <Button variant="primary" onClick={props.onEdit}>
          Record the recommendation
        </Button>
      </section>
    );
  }
  const who = decidedByText(props.participants, r.decidedBy);
  return (
    <section className={`ps-card ps-recommendation decision-${r.decision}`} aria-labelledby="ps-rec-title">
      <div className="ps-verdict">
        <span className="ps-verdict-mark" aria-hidden="true">
          {DECISION_MARKS[r.decision]}
        </span>
        <div>
          <h2 id="ps-rec-title" className="ps-eyebrow">
            Recommendation
          </h2>
          <p className="ps-verdict-text" data-testid="decision">
            {DECISION_LABELS[r.decision]}
          </p>
          <p className="ps-verdict-hint">{DECISION_HINTS[r.decision]}</p>
        </div>
        <Button className="ps-verdict-edit" onClick={props.onEdit}>
          Edit
        </Button>
      </div>
      <div className="ps-rec-body">
        <div className="ps-rec-main">
          {r.rationale ? <p className="ps-rationale">{r.rationale}</p> : <p className="ps-muted">No rationale written yet.</p>}
          <p className="ps-decided">
            {who ? `Decided by ${who}` : 'Who decided is not recorded'}
            {r.decidedOn ? ` on ${formatDate(r.decidedOn)}` : ''}
          </p>
          <FindingChips ids={r.findingIds} linkable={props.linkable} label="Supporting findings" />
          <CriteriaChips ids={r.criterionIds} label="Supporting audit criteria" />
        </div>
        {r.conditions.length > 0 && (
          <div className="ps-conditions">
            <h3 className="ps-subhead">Conditions</h3>
            <ol aria-label="Conditions">
              {r.conditions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
