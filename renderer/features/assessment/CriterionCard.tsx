import type { AuditCriterion } from '../../../shared/assessment/audit-criteria';
import type { CriterionScore } from '../../../shared/assessment/scoring';
import { SavedTextArea } from '../../components/SavedTextArea';
import { SegmentedControl } from '../../components/SegmentedControl';
import { NistRefs } from './NistRefs';
import { CRITERION_OPTIONS, UNSCORED, fromControl } from './score-options';

export function CriterionCard(props: {
  criterion: AuditCriterion;
  score: CriterionScore | undefined;
  comment: string;
  onScore: (score: CriterionScore | null) => void;
  onComment: (comment: string) => Promise<boolean>;
}) {
  const c = props.criterion;
  const titleId = `criterion-${c.id}`;
  return (
    <li className="criterion" aria-labelledby={titleId} data-testid="criterion" data-score={props.score ?? UNSCORED}>
      <div className="criterion-text">
        <div className="criterion-heading">
          <h3 id={titleId}>{c.title}</h3>
          <NistRefs refs={c.nist} />
        </div>
        <p className="criterion-question">{c.question}</p>
        <details className="criterion-rationale">
          <summary>Why it matters</summary>
          <p>{c.rationale}</p>
        </details>
      </div>
      <div className="criterion-inputs">
        <SegmentedControl
          label={`Score: ${c.title}`}
          hideLabel
          options={CRITERION_OPTIONS}
          value={props.score ?? UNSCORED}
          onChange={(value) => props.onScore(fromControl(value))}
        />
        <SavedTextArea
          label="Comment"
          context={`on ${c.title}`}
          value={props.comment}
          placeholder="What did the room say? What is missing?"
          onSave={props.onComment}
        />
      </div>
    </li>
  );
}
