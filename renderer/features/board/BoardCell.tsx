import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo } from 'react';
import type { AuditArea } from '../../../shared/domain/audit-areas';
import type { Finding } from '../../../shared/domain/finding';
import { FindingCard, type CardActions } from './FindingCard';

export const CELL_ID_PREFIX = 'cell:';

/**
 * One area on one day (or one area for the week, collapsed). Only the first `limit` cards are in
 * the DOM, so a board of thousands stays light; "Show more" reveals the rest in steps.
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
  owners: ReadonlyMap<string, string>;
  actions: CardActions;
  onShowMore: (key: string) => void;
  onSortByVotes: (area: AuditArea, day: number) => void;
}) {
  const { setNodeRef, isOver, over } = useDroppable({ id: `${CELL_ID_PREFIX}${props.id}` });
  const visible = useMemo(() => props.findings.slice(0, props.limit), [props.findings, props.limit]);
  const ids = useMemo(() => visible.map((f) => f.id), [visible]);
  const { day, area, onSortByVotes } = props;
  // Over one of its cards counts as over the cell: the drop lands here either way.
  const targeted = isOver || (over !== null && visible.some((f) => f.id === over.id));
  const hidden = props.findings.length - visible.length;
  return (
    <section ref={setNodeRef} className={`board-cell${targeted ? ' is-over' : ''}`} aria-label={`${props.label}: ${props.total} findings`} data-cell={props.id}>
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
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="cell-list">
          {visible.map((f) => (
            <FindingCard key={f.id} finding={f} ownerName={f.ownerId ? (props.owners.get(f.ownerId) ?? null) : null} actions={props.actions} />
          ))}
        </ol>
      </SortableContext>
      {hidden > 0 && (
        <button type="button" className="cell-more" onClick={() => props.onShowMore(props.id)}>
          {hidden <= 20 ? `Show ${hidden} more` : `Show 20 more of ${hidden}`}
        </button>
      )}
    </section>
  );
});
