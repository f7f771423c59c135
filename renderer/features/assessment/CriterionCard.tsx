import type { AuditCriterion } from '../../../shared/assessment/audit-criteria';
import type { CriterionScore } from '../../../shared/assessment/scoring';
import type { CriterionEvidence } from '../../../shared/domain/assessment';
import { Button } from '../../components/Button';
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
  evidence: readonly CriterionEvidence[];
  onAddEvidence: () => void;
  onRemoveEvidence: (evidenceId: string) => void;
  onCreateFinding: () => void;
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
        <div className="criterion-evidence">
          {props.evidence.length > 0 && (
            <ul aria-label={`Evidence for ${c.title}`} className="criterion-evidence-list">
              {props.evidence.map((e) => (
                <li key={e.id} className="criterion-evidence-item">
                  <span className={e.kind === 'note' ? 'criterion-evidence-ref' : 'criterion-evidence-finding'}>{e.label}</span>
                  <Button variant="ghost" aria-label={`Remove evidence ${e.label} from ${c.title}`} onClick={() => props.onRemoveEvidence(e.id)}>
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <Button variant="ghost" aria-label={`Add evidence to ${c.title}`} onClick={props.onAddEvidence}>
            + Evidence
          </Button>
          {(props.score === 'not-in-place' || props.score === 'partly') && (
            <Button variant="ghost" aria-label={`Create a finding from ${c.title}`} onClick={props.onCreateFinding}>
              + Finding
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
