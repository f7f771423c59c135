import type { KeyboardEvent } from 'react';
import type { Phase } from '../../../shared/domain/path-to-ship';
import type { TimelineBar } from '../../../shared/path-to-ship/roadmap-timeline';
import { Button } from '../../components/Button';
import { CriteriaChips } from './CriteriaChips';
import { FindingChips } from './FindingChips';
import type { LinkableFindings } from './use-linkable-findings';

export interface PhaseActions {
  edit(): void;
  remove(): void;
  move(delta: -1 | 1): void;
  focusSibling(delta: -1 | 1): void;
}

/** One phase of the roadmap. Arrows move focus, Alt+arrows reorder, Enter edits, Delete removes. */
export function PhaseCard(props: { phase: Phase; index: number; count: number; bar: TimelineBar | undefined; owner: string | null; linkable: LinkableFindings; actions: PhaseActions }) {
  const { phase, actions } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      Enter: actions.edit,
      Delete: actions.remove,
      ArrowUp: () => (event.altKey ? actions.move(-1) : actions.focusSibling(-1)),
      ArrowDown: () => (event.altKey ? actions.move(1) : actions.focusSibling(1)),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  return (
    <li
      className="ps-phase"
      tabIndex={0}
      data-phase-id={phase.id}
      data-testid="phase"
      aria-label={`Phase ${props.index + 1} of ${props.count}: ${phase.name}, target week ${phase.targetWeek}`}
      aria-keyshortcuts="Enter Delete Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
    >
      <header className="ps-phase-header">
        <span className={`ps-phase-number phase-tone-${props.index % 4}`}>{props.index + 1}</span>
        <div className="ps-phase-heading">
          <h3 className="ps-phase-name">{phase.name}</h3>
          <p className="ps-phase-meta">
            {props.bar && !props.bar.outOfOrder ? `Weeks ${props.bar.startWeek}–${props.bar.endWeek}` : `Target week ${phase.targetWeek}`}
            {' · '}
            {props.owner ? `Owner: ${props.owner}` : <span className="ps-flag">⚠ No owner</span>}
          </p>
          {props.bar?.outOfOrder && (
            <p className="ps-flag">⚠ Its target week is not after the previous phase’s: move it or change the week.</p>
          )}
        </div>
        <div className="ps-phase-actions">
          <Button variant="ghost" aria-label={`Move ${phase.name} up`} disabled={props.index === 0} onClick={() => actions.move(-1)}>
            ↑
          </Button>
          <Button variant="ghost" aria-label={`Move ${phase.name} down`} disabled={props.index === props.count - 1} onClick={() => actions.move(1)}>
            ↓
          </Button>
          <Button variant="ghost" aria-label={`Edit ${phase.name}`} onClick={actions.edit}>
            Edit
          </Button>
          <Button variant="ghost" className="btn-danger-text" aria-label={`Delete ${phase.name}`} onClick={actions.remove}>
            Delete
          </Button>
        </div>
      </header>
      <div className="ps-phase-lists">
        <div>
          <h4 className="ps-subhead">Milestones</h4>
          {phase.milestones.length ? (
            <ul>
              {phase.milestones.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          ) : (
            <p className="ps-muted">None yet.</p>
          )}
        </div>
        <div>
          <h4 className="ps-subhead">Exit criteria</h4>
          {phase.exitCriteria.length ? (
            <ul>
              {phase.exitCriteria.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          ) : (
            <p className="ps-muted">None yet: say what must be true to move on.</p>
          )}
        </div>
      </div>
      <FindingChips ids={phase.findingIds} linkable={props.linkable} label={`Findings for ${phase.name}`} />
      <CriteriaChips ids={phase.criterionIds} label={`Audit criteria for ${phase.name}`} />
    </li>
  );
}
