import type { KeyboardEvent } from 'react';
import type { Session } from '../../../shared/domain/session';
import { areaLabel, KIND_LABELS } from './labels';
import { Chip } from '../../components/Chip';

export interface CardKeyActions {
  open(): void;
  /** Starts this session's timer now, whatever the clock says (pausing any other). */
  start(): void;
  focusSibling(delta: -1 | 1): void;
  focusDay(delta: -1 | 1): void;
  reorder(delta: -1 | 1): void;
  moveDay(delta: -1 | 1): void;
  remove(): void;
}

/** One session on the agenda. Arrows move focus; Alt+arrows move the session; S starts it now; Enter edits; Delete removes. */
export function SessionCard(props: { session: Session; isCurrent: boolean; isNext: boolean; detailed: boolean; keys: CardKeyActions }) {
  const s = props.session;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const alt = event.altKey;
    const handled: Record<string, () => void> = {
      Enter: props.keys.open,
      Delete: props.keys.remove,
      ArrowUp: () => (alt ? props.keys.reorder(-1) : props.keys.focusSibling(-1)),
      ArrowDown: () => (alt ? props.keys.reorder(1) : props.keys.focusSibling(1)),
      ArrowLeft: () => (alt ? props.keys.moveDay(-1) : props.keys.focusDay(-1)),
      ArrowRight: () => (alt ? props.keys.moveDay(1) : props.keys.focusDay(1)),
    };
    if (!alt && !event.ctrlKey && !event.metaKey && (event.key === 's' || event.key === 'S')) handled[event.key] = props.keys.start;
    const action = handled[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const classes = ['session-card', `kind-${s.kind}`, props.isCurrent ? 'is-current' : '', props.isNext ? 'is-next' : '', `status-${s.status}`]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      className={classes}
      tabIndex={0}
      data-session-id={s.id}
      data-testid="session-card"
      aria-label={`${s.start} to ${s.end}, ${s.title}${props.isCurrent ? ', now' : props.isNext ? ', next' : ''}`}
      aria-keyshortcuts="Enter S Delete Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
      onKeyDown={onKeyDown}
      onClick={props.keys.open}
    >
      <div className="session-time">
        {s.start}–{s.end}
        {props.isCurrent && <span className="session-flag flag-now">Now</span>}
        {props.isNext && <span className="session-flag flag-next">Next</span>}
        {s.status === 'done' && <span className="session-flag flag-done">Done</span>}
      </div>
      <div className="session-title">{s.title}</div>
      {s.kind !== 'break' && (
        <div className="session-meta">
          <Chip area={s.area}>{s.kind === 'readout' ? KIND_LABELS.readout : areaLabel(s.area)}</Chip>
          {s.questions.length > 0 && <span className="session-questions-count">{s.questions.length} questions</span>}
        </div>
      )}
      {props.detailed && s.goal && <p className="session-goal">{s.goal}</p>}
      {props.detailed && s.questions.length > 0 && (
        <ol className="session-questions">
          {s.questions.map((q, i) => (
            <li key={i}>
              {q.text}
              {q.source && (
                <span className="question-source">
                  {' '}
                  {q.source.framework} · {q.source.ref}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
