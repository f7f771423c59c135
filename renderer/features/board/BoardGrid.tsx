import {
  DndContext,
  DragOverlay,
  PointerSensor,
  closestCenter,
  useDndContext,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
} from '@dnd-kit/core';
import { memo, useRef, useState } from 'react';
import { areaKey } from '../../../shared/board/board-cells';
import { dropSpot, type DropSpot } from '../../../shared/board/drop-spot';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { addDays, formatShortDay } from '../../../shared/domain/dates';
import { cellKey, type Finding } from '../../../shared/domain/finding';
import { BoardCell, CELL_ID_PREFIX, DROP_AT_END } from './BoardCell';
import { SeverityBadge, type CardActions } from './FindingCard';
import { useStableCallbacks } from '../../lib/use-stable-callbacks';

/**
 * Cards drawn per cell before "Show more": 20 cells of 3 keep a board of thousands under 1,500 DOM
 * nodes (5 per cell drew about 2,000), and three is what fits in a cell on a projector anyway.
 */
export const CELL_LIMIT = 3;

/**
 * The cell under the pointer (else the nearest), carrying the pointer, from which the drop is aimed
 * between the cell's cards. Cells are the only drop targets: measuring every card at the start of
 * a drag, and testing each on every move, was what made a big board stall. The cell is found by
 * asking the page what is under the pointer, not by testing each cell's measured box, whose every
 * side dnd-kit recomputes from the scroll positions of all its scrolling ancestors.
 */
const cellUnderPointer: CollisionDetection = (args) => {
  const pointer = args.pointerCoordinates;
  const key = pointer ? cellAt(pointer) : null;
  const under = key === null ? undefined : args.droppableContainers.find((c) => c.id === `${CELL_ID_PREFIX}${key}`);
  const hit = under ? { id: under.id } : closestCenter(args)[0];
  return hit ? [{ ...hit, data: { ...hit.data, pointer } }] : [];
};

function cellAt(point: { x: number; y: number }): string | null {
  for (const element of document.elementsFromPoint(point.x, point.y)) {
    const cell = element.closest<HTMLElement>('[data-cell]');
    if (cell) return cell.dataset.cell ?? null;
  }
  return null;
}

/** Cells are never transformed, so their box is taken as it is, without reading their computed style. */
const MEASURING = {
  droppable: {
    measure: (element: HTMLElement) => {
      const { top, left, width, height, right, bottom } = element.getBoundingClientRect();
      return { top, left, width, height, right, bottom };
    },
  },
};

/** The first card drawn in the cell whose middle is at or below `y`, leaving out the dragged one. */
function cardAfter(grid: HTMLElement | null, key: string, y: number, draggedId: string): string | null {
  for (const card of grid?.querySelectorAll<HTMLElement>(`[data-cell="${key}"] [data-finding-id]`) ?? []) {
    if (card.dataset.findingId === draggedId) continue;
    const box = card.getBoundingClientRect();
    if (box.top + box.height / 2 >= y) return card.dataset.findingId ?? null;
  }
  return null;
}

interface Aim {
  cell: string;
  /** As BoardCell's dropMarker. */
  marker: string | null;
  spot: DropSpot | null;
}

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
 * Areas across, days down; drag a card to another cell or within one, a line showing where it
 * will land. The cells and cards are memoised and everything handed to them is stable, so during
 * a drag only the cells (dnd-kit's draggables and drop targets), the card dragged, the card the
 * line sits on and the overlay are drawn again.
 */
export const BoardGrid = memo(function BoardGrid(props: GridProps) {
  const sensors = useSensors(useSensor(PointerSensor, SENSOR_OPTIONS));
  const [aim, setAim] = useState<Aim | null>(null);
  const shownAim = useRef<Aim | null>(null);
  // The finding last pressed: what a drag that starts now carries (dnd-kit knows only its cell).
  const pressed = useRef<string | null>(null);
  const pressedFinding = () => (pressed.current === null ? undefined : props.byId.get(pressed.current));
  const gridRef = useRef<HTMLDivElement>(null);
  const rows = props.collapsed ? [null] : Array.from({ length: props.dayCount }, (_, i) => i + 1);

  /** Where the card would land if let go now: the cell under the pointer, before the card below the pointer. */
  const aimOf = (event: DragMoveEvent): Aim | null => {
    const finding = pressedFinding();
    const pointer = (event.collisions?.[0]?.data as { pointer?: { x: number; y: number } | null } | undefined)?.pointer;
    if (!finding || !event.over) return null;
    const key = String(event.over.id).slice(CELL_ID_PREFIX.length);
    const [area, day] = key.split(':') as [AuditArea, string];
    const beforeId = pointer ? cardAfter(gridRef.current, key, pointer.y, finding.id) : null;
    const drawn = (props.cells.get(key) ?? NO_FINDINGS).slice(0, props.limits[key] ?? CELL_LIMIT);
    const spot = dropSpot(finding, { area, day: day === 'all' ? null : Number(day), drawn }, beforeId);
    return { cell: key, marker: spot ? (beforeId ?? DROP_AT_END) : null, spot };
  };
  const show = (next: Aim | null) => {
    const shown = shownAim.current;
    if (shown?.cell === next?.cell && shown?.marker === next?.marker) return;
    shownAim.current = next;
    setAim(next);
  };
  const drag = useStableCallbacks({
    onPress: (finding: Finding) => {
      pressed.current = finding.id;
    },
    pressedFinding,
    onDragMove: (event: DragMoveEvent) => show(aimOf(event)),
    onDragEnd: (event: DragEndEvent) => {
      const spot = aimOf(event)?.spot;
      const finding = pressedFinding();
      show(null);
      if (finding && spot) props.onMove(finding, spot.area, spot.day, spot.index);
    },
    onDragCancel: () => show(null),
  });

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={cellUnderPointer}
      measuring={MEASURING}
      onDragMove={drag.onDragMove}
      onDragOver={drag.onDragMove}
      onDragEnd={drag.onDragEnd}
      onDragCancel={drag.onDragCancel}
    >
      <div ref={gridRef} className="board-grid" role="table" aria-label="Findings board" aria-rowcount={rows.length + 1}>
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
                    dropMarker={aim?.cell === key ? aim.marker : null}
                    onPress={drag.onPress}
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
      <CardOverlay dragged={drag.pressedFinding} />
    </DndContext>
  );
});

/**
 * The card under the pointer while dragging. It alone, not the grid, draws again as a drag starts
 * and ends, so the grid's rows and cells are not gone over then.
 */
function CardOverlay(props: { dragged(): Finding | undefined }) {
  const dragging = useDndContext().active ? props.dragged() : undefined;
  return (
    // Above the sticky headers (2) but under the drop line (4), so the line shows across the dragged card.
    <DragOverlay dropAnimation={null} zIndex={3}>
      {dragging ? (
        <div className={`finding-card drag-overlay sev-${dragging.severity}`}>
          <span className="finding-title">{dragging.title}</span>
          <span className="finding-meta">
            <SeverityBadge severity={dragging.severity} />
          </span>
        </div>
      ) : null}
    </DragOverlay>
  );
}

const NO_FINDINGS: Finding[] = [];
