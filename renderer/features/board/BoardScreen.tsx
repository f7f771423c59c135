import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dayOfWeek, localIsoDate } from '../../../shared/agenda/now';
import { areaKey, regroupCells, type GroupedCells } from '../../../shared/board/board-cells';
import { NO_FILTERS, isFiltering, matchesFilters, type BoardFilters } from '../../../shared/board/board-filters';
import { AUDIT_AREA_INFO, AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { MAX_VOTES, cellKey, type Finding } from '../../../shared/domain/finding';
import { Button } from '../../components/Button';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { useStableCallbacks } from '../../lib/use-stable-callbacks';
import type { SectionScreenProps } from '../workspace/section-screens';
import { BoardFilterBar } from './BoardFilterBar';
import { BoardGrid, CELL_LIMIT } from './BoardGrid';
import { FindingDialog, type FindingDialogState } from './FindingDialog';
import type { CardActions } from './FindingCard';
import { NotePickerDialog, type NotePickerState } from './NotePickerDialog';
import { PresenterView } from './PresenterView';
import './board.css';

function focusFinding(id: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-finding-id="${id}"]`)?.focus());
}

/** The findings board: four questions across, the days of the week down, built up day by day. */
export function BoardScreen({ engagement }: SectionScreenProps) {
  const findings = useAppState((s) => (s.boardEngagementId === engagement.id ? s.findings : []));
  const loaded = useAppState((s) => s.boardEngagementId === engagement.id && s.boardLoaded);
  const participants = useAppState((s) => s.participants);
  const loadBoard = useAppState((s) => s.loadBoard);
  const moveFinding = useAppState((s) => s.moveFinding);
  const updateFinding = useAppState((s) => s.updateFinding);
  const deleteFinding = useAppState((s) => s.deleteFinding);
  const restoreFinding = useAppState((s) => s.restoreFinding);
  const sortCellByVotes = useAppState((s) => s.sortCellByVotes);
  const notify = useAppState((s) => s.notify);
  const presenting = useAppState((s) => s.presentingEngagementId === engagement.id);
  const present = useAppState((s) => s.present);
  const stopPresenting = useAppState((s) => s.stopPresenting);
  const [filters, setFilters] = useState<BoardFilters>(NO_FILTERS);
  const [collapsed, setCollapsed] = useState(false);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [dialog, setDialog] = useState<FindingDialogState>(null);
  const [picker, setPicker] = useState<NotePickerState>(null);
  const [announcement, setAnnouncement] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const today = dayOfWeek(engagement.weekStart, engagement.dayCount, localIsoDate(new Date()));

  useEffect(() => {
    loadBoard(engagement.id).then(
      () => setLoadError(null),
      (error: unknown) => setLoadError(errorMessage(error)),
    );
  }, [engagement.id, loadBoard]);

  const fail = useCallback((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }), [notify]);
  const owners = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  // Regrouped from the previous grouping, so a move redoes the two cells it touched and every
  // other cell keeps its list (and is not drawn again).
  const previousAll = useRef<GroupedCells | null>(null);
  const previousShown = useRef<GroupedCells | null>(null);
  const grouped = useMemo(() => regroupCells(previousAll.current, findings, collapsed), [findings, collapsed]);
  const shownGrouped = useMemo(
    () => (isFiltering(filters) ? regroupCells(previousShown.current, findings.filter((f) => matchesFilters(f, filters)), collapsed) : grouped),
    [findings, filters, collapsed, grouped],
  );
  useEffect(() => {
    previousAll.current = grouped;
    previousShown.current = shownGrouped;
  }, [grouped, shownGrouped]);
  const byId = grouped.byId;
  const allCells = grouped.cells;
  const cells = shownGrouped.cells;
  const totals = useMemo(() => new Map([...allCells].map(([key, list]) => [key, list.length])), [allCells]);
  const keyOf = useCallback((f: Finding) => (collapsed ? areaKey(f.area) : cellKey(f.area, f.day)), [collapsed]);

  const move = useCallback(
    (finding: Finding, area: AuditArea, day: number, index: number) => {
      if (day < 1 || day > engagement.dayCount) {
        notify({ tone: 'error', message: `Day ${day} is outside this ${engagement.dayCount}-day engagement, so “${finding.title}” stays on day ${finding.day}.` });
        return;
      }
      const target = cellKey(area, day);
      const size = findings.filter((f) => f.area === area && f.day === day && f.id !== finding.id).length;
      const position = Math.min(index, size);
      setLimits((l) => ({ ...l, [collapsed ? areaKey(area) : target]: Math.max(l[collapsed ? areaKey(area) : target] ?? CELL_LIMIT, position + 1) }));
      moveFinding(finding.id, area, day, position).then(() => {
        setAnnouncement(`Moved “${finding.title}” to ${AUDIT_AREA_INFO[area].label}, day ${day}, position ${position + 1} of ${size + 1}.`);
        focusFinding(finding.id);
      }, fail);
    },
    [engagement.dayCount, findings, collapsed, moveFinding, notify, fail],
  );

  const remove = useCallback(
    (finding: Finding) => {
      deleteFinding(finding.id).then((deleted) => {
        setDialog(null);
        notify({
          tone: 'success',
          message: `Deleted “${deleted.title}”. Its notes are kept.`,
          action: { label: 'Undo', run: () => void restoreFinding(deleted.id).catch(fail) },
        });
      }, fail);
    },
    [deleteFinding, restoreFinding, notify, fail],
  );

  // Stable across renders, so the memoised cards and cells keep their props when findings change.
  const actions = useStableCallbacks<CardActions>({
    open: (f) => setDialog({ mode: 'edit', id: f.id }),
    remove,
    vote: (f, delta) => {
      const votes = Math.min(MAX_VOTES, Math.max(0, f.votes + delta));
      if (votes !== f.votes) updateFinding({ id: f.id, votes }).catch(fail);
    },
    focusNext: (f, direction) => {
      const list = cells.get(keyOf(f)) ?? [];
      const index = list.findIndex((x) => x.id === f.id);
      if (direction === 'up' || direction === 'down') {
        const next = list[index + (direction === 'up' ? -1 : 1)];
        if (next) focusFinding(next.id);
        return;
      }
      const area = AUDIT_AREAS[AUDIT_AREAS.indexOf(f.area) + (direction === 'left' ? -1 : 1)];
      if (!area) return;
      const neighbour = cells.get(collapsed ? areaKey(area) : cellKey(area, f.day)) ?? [];
      const pick = neighbour[Math.min(index, neighbour.length - 1, (limits[keyOf(f)] ?? CELL_LIMIT) - 1)];
      if (pick) focusFinding(pick.id);
    },
    reorder: (f, delta) => {
      if (f.position + delta >= 0) move(f, f.area, f.day, f.position + delta);
    },
    moveArea: (f, delta) => {
      const area = AUDIT_AREAS[AUDIT_AREAS.indexOf(f.area) + delta];
      if (area) move(f, area, f.day, f.position);
    },
    moveDay: (f, delta) => move(f, f.area, f.day + delta, f.position),
  });
  const gridCallbacks = useStableCallbacks({
    onShowMore: (key: string) => setLimits((l) => ({ ...l, [key]: (l[key] ?? CELL_LIMIT) + 20 })),
    onMove: move,
    onSortByVotes: (area: AuditArea, day: number) => void sortCellByVotes(engagement.id, area, day).catch(fail),
  });

  const boardRequest = useAppState((s) => s.boardRequest);
  const clearBoardRequest = useAppState((s) => s.clearBoardRequest);
  useEffect(() => {
    if (!boardRequest) return;
    clearBoardRequest();
    setDialog({ mode: 'new', area: '', day: today ?? 1 });
  }, [boardRequest, clearBoardRequest, today]);

  if (presenting) {
    return <PresenterView engagement={engagement} findings={findings} participants={participants} onExit={stopPresenting} />;
  }

  const shown = isFiltering(filters) ? [...cells.values()].reduce((n, list) => n + list.length, 0) : findings.length;
  return (
    <div className="board-screen">
      <div className="board-toolbar">
        <Button variant="primary" onClick={() => setPicker({ mode: 'promote' })}>
          Add from notes
        </Button>
        <Button onClick={() => setDialog({ mode: 'new', area: '', day: today ?? 1 })}>New finding</Button>
        <label className="board-toggle">
          <input type="checkbox" checked={collapsed} onChange={(e) => setCollapsed(e.target.checked)} />
          One row per area
        </label>
        <span className="toolbar-spacer" />
        <span className="board-total" role="status">
          {isFiltering(filters) ? `${shown} of ${findings.length} findings shown` : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`}
        </span>
        <Button onClick={() => present(engagement.id)} aria-keyshortcuts="F5">
          Present
        </Button>
      </div>
      <BoardFilterBar filters={filters} participants={participants} onChange={setFilters} />
      {loadError && (
        <p className="banner banner-error" role="alert">
          The board could not be loaded: {loadError}
        </p>
      )}
      {loaded && findings.length === 0 && (
        <p className="muted-block board-empty">
          No findings yet. Use “Add from notes” to turn a captured note into a finding, or “New finding” to write one. Each finding sits under
          the question it answers, on the day it was raised.
        </p>
      )}
      <BoardGrid
        weekStart={engagement.weekStart}
        dayCount={engagement.dayCount}
        collapsed={collapsed}
        cells={cells}
        totals={totals}
        byId={byId}
        owners={owners}
        limits={limits}
        actions={actions}
        onShowMore={gridCallbacks.onShowMore}
        onMove={gridCallbacks.onMove}
        onSortByVotes={gridCallbacks.onSortByVotes}
      />
      <p className="board-help">
        Drag cards between cells, or focus one: arrows move between cards, Alt+↑/↓ reorders, Alt+←/→ changes area, Alt+PageUp/PageDown changes day,
        + and − count votes, Enter opens, Delete removes.
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <FindingDialog
        engagementId={engagement.id}
        dayCount={engagement.dayCount}
        participants={participants}
        state={dialog}
        onClose={() => setDialog(null)}
        onDelete={remove}
        onLinkNotes={(finding) => setPicker({ mode: 'link', findingId: finding.id })}
      />
      <NotePickerDialog
        engagementId={engagement.id}
        state={picker}
        onClose={() => setPicker(null)}
        onPromoted={(finding) => {
          setAnnouncement(`Added “${finding.title}” to ${AUDIT_AREA_INFO[finding.area].label}, day ${finding.day}.`);
          focusFinding(finding.id);
        }}
      />
    </div>
  );
}
