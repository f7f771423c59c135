import type { DraggableAttributes } from '@dnd-kit/core';
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { FINDING_KIND_LABELS, SEVERITY_LABELS, type Finding } from '../../../shared/domain/finding';

export interface CardActions {
  open(finding: Finding): void;
  remove(finding: Finding): void;
  vote(finding: Finding, delta: -1 | 1): void;
  /** Moves focus to a neighbouring card: within the cell (up/down) or to the next area (left/right). */
  focusNext(finding: Finding, direction: 'up' | 'down' | 'left' | 'right'): void;
  reorder(finding: Finding, delta: -1 | 1): void;
  moveArea(finding: Finding, delta: -1 | 1): void;
  moveDay(finding: Finding, delta: -1 | 1): void;
}

export const CARD_SHORTCUTS = 'Enter Delete + - Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Alt+PageUp Alt+PageDown';

/** Severity as a word and a colour, never colour alone. */
export function SeverityBadge(props: { severity: Finding['severity'] }) {
  return <span className={`severity severity-${props.severity}`}>{SEVERITY_LABELS[props.severity]}</span>;
}

/** A padlock drawn in the text colour; the word beside it carries the meaning, so it is hidden from screen readers. */
function LockIcon() {
  return (
    <svg className="finding-private-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/**
 * One finding on the board: drag it with the mouse, or focus it and use the keyboard. Kept to a
 * few elements, because a busy board shows hundreds of them. Its cell is what dnd-kit drags (see
 * BoardCell), so a card hears nothing of a drag but whether it is the one dragged and whether the
 * drop would land just before it.
 */
export const FindingCard = memo(function FindingCard(props: {
  finding: Finding;
  ownerName: string | null;
  actions: CardActions;
  /** What dnd-kit gives a draggable to say: its role, its description and that it can be picked up. */
  attributes: DraggableAttributes;
  onPress(finding: Finding, event: PointerEvent<HTMLElement>): void;
  isDragging: boolean;
  dropBefore: boolean;
}) {
  const f = props.finding;
  const a = props.actions;
  const isPrivate = f.visibility === 'facilitator';

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    const alt = event.altKey;
    const keys: Record<string, () => void> = {
      Enter: () => a.open(f),
      Delete: () => a.remove(f),
      '+': () => a.vote(f, 1),
      '=': () => a.vote(f, 1),
      '-': () => a.vote(f, -1),
      ArrowUp: () => (alt ? a.reorder(f, -1) : a.focusNext(f, 'up')),
      ArrowDown: () => (alt ? a.reorder(f, 1) : a.focusNext(f, 'down')),
      ArrowLeft: () => (alt ? a.moveArea(f, -1) : a.focusNext(f, 'left')),
      ArrowRight: () => (alt ? a.moveArea(f, 1) : a.focusNext(f, 'right')),
      PageUp: () => alt && a.moveDay(f, -1),
      PageDown: () => alt && a.moveDay(f, 1),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <li
      {...props.attributes}
      aria-label={`${isPrivate ? 'Private, facilitator only. ' : ''}${f.ref}: ${f.title}. ${SEVERITY_LABELS[f.severity]} ${FINDING_KIND_LABELS[f.kind].toLowerCase()}, ${f.votes} votes`}
      aria-keyshortcuts={CARD_SHORTCUTS}
      data-finding-id={f.id}
      data-testid="finding-card"
      className={`finding-card sev-${f.severity}${isPrivate ? ' is-private' : ''}${props.isDragging ? ' is-dragging' : ''}${f.status === 'dropped' ? ' is-dropped' : ''}${props.dropBefore ? ' drop-before' : ''}`}
      onPointerDown={(event) => props.onPress(f, event)}
      onKeyDown={onKeyDown}
      onClick={() => a.open(f)}
    >
      {isPrivate && (
        <span className="finding-private">
          <LockIcon />
          Private
        </span>
      )}
      <span className="finding-title">{f.title}</span>
      <span className="finding-meta">
        <SeverityBadge severity={f.severity} />
        {/* One string, one text node: a board shows a hundred cards, and each node costs layout. */}
        <span>
          {`${f.ref} · ${FINDING_KIND_LABELS[f.kind]}${f.status !== 'open' ? ` · ${f.status}` : ''}${props.ownerName ? ` · ${props.ownerName}` : ''}`}
        </span>
        <span className="finding-votes" aria-label={`${f.votes} votes`}>
          <button type="button" className="vote-btn" aria-label={`Remove a vote from ${f.title}`} tabIndex={-1} onPointerDown={(e) => e.stopPropagation()} onClick={(e) => (e.stopPropagation(), a.vote(f, -1))}>
            −
          </button>
          {f.votes}
          <button type="button" className="vote-btn" aria-label={`Add a vote to ${f.title}`} tabIndex={-1} onPointerDown={(e) => e.stopPropagation()} onClick={(e) => (e.stopPropagation(), a.vote(f, 1))}>
            +
          </button>
        </span>
      </span>
    </li>
  );
});
