import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useCallback, useMemo, useState, type PointerEvent } from 'react';
import type { AuditArea } from '../../../shared/domain/audit-areas';
import type { Finding } from '../../../shared/domain/finding';
import { FindingCard, type CardActions } from './FindingCard';

export const CELL_ID_PREFIX = 'cell:';

const DRAG_ID_PREFIX = 'cards:';
const CARD_ATTRIBUTES = { role: 'listitem', roleDescription: 'finding' };

/** The drop marker of a cell whose drop lands after its last drawn card. */
export const DROP_AT_END = 'end';

/**
 * One area on one day (or one area for the week, collapsed). Only the first `limit` cards are in
 * the DOM, so a board of thousands stays light; "Show more" reveals the rest in steps.
 *
 * The cell is the drop target, and also the one draggable for all its cards: a card pressed
 * becomes the draggable's node and tells the grid which finding it is. One dnd-kit draggable per
 * card made every card draw again, several times, as a drag started; now only the cells do.
 */
export const BoardCell = memo(function BoardCell(props: {
  id: string;
  area: AuditArea;
  /** Null when the board shows one row per area. */
  day: number | null;
  label: string;
  findings: Finding[];
  total: number;
  limit: number;
  /** Where a dragged card would land: before the card with this id, or DROP_AT_END; null when it would not move. */
  dropMarker: string | null;
  /** Told which finding a press is on, before dnd-kit decides whether it starts a drag. */
  onPress: (finding: Finding) => void;
  owners: ReadonlyMap<string, string>;
  actions: CardActions;
  onShowMore: (key: string) => void;
  onSortByVotes: (area: AuditArea, day: number) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `${CELL_ID_PREFIX}${props.id}` });
  const { setNodeRef: setDraggedNode, listeners, attributes, isDragging } = useDraggable({ id: `${DRAG_ID_PREFIX}${props.id}`, attributes: CARD_ATTRIBUTES });
  const [pressedId, setPressedId] = useState<string | null>(null);
  const { onPress } = props;
  const press = useCallback(
    (finding: Finding, event: PointerEvent<HTMLElement>) => {
      setDraggedNode(event.currentTarget);
      setPressedId(finding.id);
      onPress(finding);
      listeners?.onPointerDown?.(event);
    },
    [setDraggedNode, onPress, listeners],
  );
  const visible = useMemo(() => props.findings.slice(0, props.limit), [props.findings, props.limit]);
  const { day, area, onSortByVotes, dropMarker } = props;
  const hidden = props.findings.length - visible.length;
  return (
    <section ref={setNodeRef} className={`board-cell${isOver ? ' is-over' : ''}`} aria-label={`${props.label}: ${props.total} findings`} data-cell={props.id}>
      <header className="cell-header">
        <span className="cell-count" data-testid="cell-count">
          {props.total === 0 ? 'None' : props.total === 1 ? '1 finding' : `${props.total} findings`}
          {props.findings.length !== props.total ? ` (${props.findings.length} shown by filters)` : ''}
        </span>
        {day !== null && props.findings.length > 1 && (
          <button type="button" className="cell-sort" onClick={() => onSortByVotes(area, day)} aria-label={`Sort ${props.label} by votes`}>
            Sort by votes
          </button>
        )}
      </header>
      <ol className={`cell-list${dropMarker === DROP_AT_END ? ' drop-at-end' : ''}`}>
        {visible.map((f) => (
          <FindingCard
            key={f.id}
            finding={f}
            ownerName={f.ownerId ? (props.owners.get(f.ownerId) ?? null) : null}
            actions={props.actions}
            attributes={attributes}
            onPress={press}
            isDragging={isDragging && pressedId === f.id}
            dropBefore={dropMarker === f.id}
          />
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" className="cell-more" onClick={() => props.onShowMore(props.id)}>
          {hidden <= 20 ? `Show ${hidden} more` : `Show 20 more of ${hidden}`}
        </button>
      )}
    </section>
  );
});
