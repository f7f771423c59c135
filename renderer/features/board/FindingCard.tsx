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
      aria-label={`${f.ref}: ${f.title}. ${SEVERITY_LABELS[f.severity]} ${FINDING_KIND_LABELS[f.kind].toLowerCase()}, ${f.votes} votes`}
      aria-keyshortcuts={CARD_SHORTCUTS}
      data-finding-id={f.id}
      data-testid="finding-card"
      className={`finding-card sev-${f.severity}${props.isDragging ? ' is-dragging' : ''}${f.status === 'dropped' ? ' is-dropped' : ''}${props.dropBefore ? ' drop-before' : ''}`}
      onPointerDown={(event) => props.onPress(f, event)}
      onKeyDown={onKeyDown}
      onClick={() => a.open(f)}
    >
      <span className="finding-title">{f.title}</span>
      <span className="finding-meta">
        <SeverityBadge severity={f.severity} />
        {/* One string, one text node: a board shows a hundred cards, and each node costs layout. */}
        <span>
          {`${f.ref} · ${FINDING_KIND_LABELS[f.kind]}${f.status !== 'open' ? ` · ${f.status}` : ''}${props.ownerName ? ` · ${props.ownerName}` : ''}${f.visibility === 'facilitator' ? ' · facilitator only' : ''}`}
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
