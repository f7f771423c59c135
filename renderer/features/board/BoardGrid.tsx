import {
  DndContext,
  DragOverlay,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useState } from 'react';
import { areaKey } from '../../../shared/board/board-cells';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { addDays, formatShortDay } from '../../../shared/domain/dates';
import { cellKey, type Finding } from '../../../shared/domain/finding';
import { BoardCell, CELL_ID_PREFIX } from './BoardCell';
import { SeverityBadge, type CardActions } from './FindingCard';
import { useStableCallbacks } from '../../lib/use-stable-callbacks';

/**
 * Cards drawn per cell before "Show more": 20 cells of 3 keep a board of thousands under 1,500 DOM
 * nodes (5 per cell drew about 2,000), and three is what fits in a cell on a projector anyway.
 */
export const CELL_LIMIT = 3;

/** Cards win over the cell around them, so a drop lands between cards when the pointer is on one. */
const cardsFirst: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const card = within.find((hit) => !String(hit.id).startsWith(CELL_ID_PREFIX));
  if (card) return [card];
  return within.length > 0 ? within : closestCenter(args);
};

export interface GridProps {
  weekStart: string;
  dayCount: number;
  collapsed: boolean;
  /** Filtered findings per cell key, in order. */
  cells: ReadonlyMap<string, Finding[]>;
  /** Every live finding per cell key, for the counts. */
  totals: ReadonlyMap<string, number>;
  byId: ReadonlyMap<string, Finding>;
  owners: ReadonlyMap<string, string>;
  limits: Record<string, number>;
  actions: CardActions;
  /** The callbacks below must keep their identity across renders, or every cell is drawn again. */
  onShowMore(key: string): void;
  onMove(finding: Finding, area: AuditArea, day: number, index: number): void;
  onSortByVotes(area: AuditArea, day: number): void;
}

const SENSOR_OPTIONS = { activationConstraint: { distance: 6 } };

/**
 * Areas across, days down; drag a card to another cell or within one. The cells and cards are
 * memoised and everything handed to them is stable, so during a drag only the cells whose
 * "targeted" state changes, the cards dnd-kit moves and the overlay are drawn again.
 */
export const BoardGrid = memo(function BoardGrid(props: GridProps) {
  const sensors = useSensors(useSensor(PointerSensor, SENSOR_OPTIONS));
  const [dragging, setDragging] = useState<Finding | null>(null);
  const rows = props.collapsed ? [null] : Array.from({ length: props.dayCount }, (_, i) => i + 1);

  const drag = useStableCallbacks({
    onDragStart: (event: DragStartEvent) => setDragging(props.byId.get(String(event.active.id)) ?? null),
    onDragEnd: (event: DragEndEvent) => onDragEnd(event),
    onDragCancel: () => setDragging(null),
  });
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const finding = props.byId.get(String(event.active.id));
    const overId = event.over ? String(event.over.id) : null;
    if (!finding || !overId || overId === finding.id) return;
    if (overId.startsWith(CELL_ID_PREFIX)) {
      const [area, day] = overId.slice(CELL_ID_PREFIX.length).split(':') as [AuditArea, string];
      props.onMove(finding, area, day === 'all' ? finding.day : Number(day), Number.MAX_SAFE_INTEGER);
      return;
    }
    const target = props.byId.get(overId);
    if (target) props.onMove(finding, target.area, target.day, target.position);
  };

  return (
    <DndContext sensors={sensors} collisionDetection={cardsFirst} onDragStart={drag.onDragStart} onDragEnd={drag.onDragEnd} onDragCancel={drag.onDragCancel}>
      <div className="board-grid" role="table" aria-label="Findings board" aria-rowcount={rows.length + 1}>
        <div className="board-row board-head" role="row">
          <div className="board-corner" role="columnheader">
            {props.collapsed ? 'Week' : 'Day'}
          </div>
          {AUDIT_AREAS.map((area) => (
            <div key={area} className={`area-head area-${area}`} role="columnheader">
              <span className="area-name">{AUDIT_AREA_INFO[area].label}</span>
              <span className="area-question">{AUDIT_AREA_INFO[area].question}</span>
            </div>
          ))}
        </div>
        {rows.map((day) => (
          <div key={day ?? 'all'} className="board-row" role="row">
            <div className="day-head" role="rowheader">
              {day === null ? (
                <span className="day-name">All days</span>
              ) : (
                <>
                  <span className="day-name">Day {day}</span>
                  <span className="day-date">{formatShortDay(addDays(props.weekStart, day - 1))}</span>
                </>
              )}
            </div>
            {AUDIT_AREAS.map((area) => {
              const key = day === null ? areaKey(area) : cellKey(area, day);
              const label = `${AUDIT_AREA_INFO[area].label}, ${day === null ? 'all days' : `day ${day}`}`;
              return (
                <div key={key} role="cell" className="board-gridcell">
                  <BoardCell
                    id={key}
                    area={area}
                    day={day}
                    label={label}
                    findings={props.cells.get(key) ?? NO_FINDINGS}
                    total={props.totals.get(key) ?? 0}
                    limit={props.limits[key] ?? CELL_LIMIT}
                    owners={props.owners}
                    actions={props.actions}
                    onShowMore={props.onShowMore}
                    onSortByVotes={props.onSortByVotes}
                  />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div className={`finding-card drag-overlay sev-${dragging.severity}`}>
            <span className="finding-title">{dragging.title}</span>
            <span className="finding-meta">
              <SeverityBadge severity={dragging.severity} />
            </span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});

const NO_FINDINGS: Finding[] = [];
