import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PresenterData } from '../../../shared/board/presenter-data';
import { presenterBoard, presenterDayFindings, type PresenterCard } from '../../../shared/board/presenter-view';
import { NOTHING_RECORDED } from '../../../shared/report/daily-readout';
import { addDays, formatShortDay } from '../../../shared/domain/dates';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Participant } from '../../../shared/domain/participant';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { RoomJoin } from '../room/RoomJoin';
import { RoomResults } from '../room/RoomResults';
import { PagedColumns, type PageLayout, type PagedColumn } from './presenter/PagedColumns';
import { boardColumns, closingColumns, dayColumns, focusColumns } from './presenter/presenter-columns';
import './presenter.css';

type StepView = { kind: 'board' } | { kind: 'day'; day: number } | { kind: 'closing' };
type View = StepView | { kind: 'focus'; cardId: string; from: StepView; fromPage: number };

const viewKey = (v: View) => (v.kind === 'day' ? `day-${v.day}` : v.kind === 'focus' ? `focus-${v.cardId}` : v.kind);
/** Going back into a view opens its last page: any page number past the end is clamped to it. */
const LAST_PAGE = Number.MAX_SAFE_INTEGER;

function viewName(v: StepView): string {
  return v.kind === 'board' ? 'Board' : v.kind === 'day' ? `Day ${v.day}` : 'Closing';
}

/** The number key that opens a view: 1 the board, 2 to 9 days 1 to 8, 0 the closing. */
function viewShortcut(v: StepView): string | null {
  if (v.kind === 'board') return '1';
  if (v.kind === 'closing') return '0';
  return v.day <= 8 ? String(v.day + 1) : null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Loaded = { state: 'loading' } | { state: 'ready'; data: PresenterData } | { state: 'error'; message: string };

/**
 * The board for the room's projector: full screen, large type, nothing to edit, and only what the
 * client may see. Every view is cut into pages that fit the screen; →, Page Down and Space go on
 * (through the board, each day's readout and the closing), ← and Page Up go back.
 */
export function PresenterView(props: { engagement: Engagement; findings: Finding[]; participants: Participant[]; onExit(): void }) {
  const { engagement, findings, participants, onExit } = props;
  // While Room mode runs for this engagement, the projector shows how to join and, live, what the room voted and rated.
  const room = useAppState((s) => (s.room.running && s.room.engagementId === props.engagement.id ? s.room : null));
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ kind: 'board' });
  const [page, setPage] = useState(0);
  const [pageCount, setPageCount] = useState(1);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const refocusCard = useRef<string | null>(null);
  /** Counts the layouts that arrive while a card waits to be focused again: its page is drawn only once measured. */
  const [laidOut, setLaidOut] = useState(0);
  const presenterData = useAppState((s) => s.presenterData);

  const steps = useMemo<StepView[]>(
    () => [{ kind: 'board' }, ...Array.from({ length: engagement.dayCount }, (_, i): StepView => ({ kind: 'day', day: i + 1 })), { kind: 'closing' }],
    [engagement.dayCount],
  );
  const board = useMemo(() => presenterBoard(findings, participants), [findings, participants]);
  const cards = useMemo(() => new Map(board.flatMap((c) => c.cards).map((card) => [card.id, card])), [board]);

  useEffect(() => {
    let live = true;
    presenterData(engagement.id).then(
      (data) => live && setLoaded({ state: 'ready', data }),
      (error: unknown) => live && setLoaded({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [engagement.id, presenterData]);

  useEffect(() => {
    const element = ref.current;
    element?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused full screen (a browser policy, a kiosk) still leaves the presenter covering the window.
    element?.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);

  // A page turn can take the focused card away; the keys must still reach the presenter.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const id = refocusCard.current;
    const card = id ? root.querySelector<HTMLElement>(`[data-testid="presenter-page-items"] [data-card-id="${id}"]`) : null;
    if (card) {
      refocusCard.current = null;
      card.focus();
    } else if (!root.contains(document.activeElement)) root.focus();
  }, [view, page, laidOut]);

  const onLayout = useCallback((layout: PageLayout) => {
    setPageCount(layout.pageCount);
    setPage((p) => Math.min(p, layout.pageCount - 1));
    if (refocusCard.current) setLaidOut((n) => n + 1);
  }, []);

  const go = (next: View, nextPage = 0) => {
    setView(next);
    setPage(nextPage);
    // The new view's columns measure their own count before they are painted.
    setPageCount(1);
  };
  const open = (card: PresenterCard) => {
    if (view.kind !== 'focus') go({ kind: 'focus', cardId: card.id, from: view, fromPage: page });
  };
  const closeFocus = () => {
    if (view.kind !== 'focus') return;
    refocusCard.current = view.cardId;
    go(view.from, view.fromPage);
  };
  const stepIndex = view.kind === 'focus' ? -1 : steps.findIndex((s) => viewKey(s) === viewKey(view));
  const turn = (delta: 1 | -1) => {
    const shown = Math.min(page, pageCount - 1);
    if (shown + delta >= 0 && shown + delta < pageCount) setPage(shown + delta);
    else if (stepIndex >= 0 && steps[stepIndex + delta]) go(steps[stepIndex + delta]!, delta === 1 ? 0 : LAST_PAGE);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const key = event.key;
    if (key === 'Escape') {
      if (view.kind === 'focus') closeFocus();
      else onExit();
    } else if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !onButton && !event.shiftKey)) turn(1);
    else if (key === 'ArrowLeft' || key === 'PageUp' || (key === ' ' && !onButton && event.shiftKey)) turn(-1);
    else {
      const target = steps.find((s) => viewShortcut(s) === key);
      if (!target) return;
      go(target);
    }
    event.preventDefault();
  };

  const focused = view.kind === 'focus' ? cards.get(view.cardId) : undefined;
  const day = view.kind === 'day' && loaded.state === 'ready' ? (loaded.data.days.find((d) => d.day === view.day) ?? null) : null;
  const dayCards = useMemo(() => (view.kind === 'day' ? presenterDayFindings(findings, participants, view.day) : []), [view, findings, participants]);

  let heading: string;
  let sub: ReactNode;
  let columns: PagedColumn[] | null = null;
  let message: string | null = null;
  if (view.kind === 'focus') {
    heading = focused?.title ?? 'This finding is no longer on the board';
    sub = focused && (
      <>
        <span className={`severity severity-${focused.severity}`}>{focused.severityLabel}</span>{' '}
        {[focused.kindLabel, focused.statusLabel, focused.ownerName ? `Owner: ${focused.ownerName}` : null, focused.votes > 0 ? plural(focused.votes, 'vote', 'votes') : null]
          .filter(Boolean)
          .join(' · ')}
      </>
    );
    columns = focused ? focusColumns(focused) : null;
  } else if (view.kind === 'board') {
    const total = board.reduce((n, c) => n + c.cards.length, 0);
    heading = 'Findings so far';
    sub = `${plural(total, 'finding', 'findings')} across the four questions · select one to open it`;
    columns = boardColumns(board, open);
  } else if (view.kind === 'day') {
    heading = `Day ${view.day} readout`;
    if (loaded.state === 'error') message = `The day’s notes could not be read: ${loaded.message}`;
    columns = loaded.state === 'ready' ? dayColumns(dayCards, day, open) : null;
    const counts = day
      ? [
          dayCards.length ? plural(dayCards.length, 'new finding', 'new findings') : null,
          day.decisions.length ? plural(day.decisions.length, 'decision', 'decisions') : null,
          day.risks.length ? plural(day.risks.length, 'risk', 'risks') : null,
          day.actions.length ? plural(day.actions.length, 'action', 'actions') : null,
        ].filter(Boolean)
      : [];
    sub = [formatShortDay(addDays(engagement.weekStart, view.day - 1)), counts.join(', ')].filter(Boolean).join(' · ');
    if (columns && columns.length === 0) {
      message = NOTHING_RECORDED;
      columns = null;
    }
  } else {
    heading = 'The way forward';
    sub = 'The path to ship, and what it costs';
    if (loaded.state === 'error') message = `The recommendation could not be read: ${loaded.message}`;
    columns = loaded.state === 'ready' ? closingColumns(loaded.data.closing) : null;
  }
  if (!columns && !message && loaded.state === 'loading') message = 'Reading the week’s notes…';
  const shownPage = Math.min(page, pageCount - 1) + 1;

  return (
    <div
      ref={ref}
      className={`presenter presenter-view-${view.kind}`}
      role="dialog"
      aria-modal="true"
      aria-label={`Presenter: ${heading}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="presenter-head">
        <div className="presenter-heading">
          <p className="presenter-client">
            {view.kind === 'focus' && focused ? `${focused.ref} · ${focused.areaLabel} · Day ${focused.day}` : `${engagement.clientName} · ${engagement.pilotName}`}
          </p>
          <h1 className="presenter-title">{heading}</h1>
          {sub && <p className="presenter-sub">{sub}</p>}
        </div>
        <div className="presenter-controls">
          <nav className="presenter-nav" aria-label="Presenter views">
            {view.kind === 'focus' && (
              <button type="button" onClick={closeFocus}>
                Back <kbd>Esc</kbd>
              </button>
            )}
            {steps.map((s) => {
              const shortcut = viewShortcut(s);
              return (
                <button
                  key={viewKey(s)}
                  type="button"
                  aria-pressed={view.kind !== 'focus' && viewKey(s) === viewKey(view)}
                  aria-keyshortcuts={shortcut ?? undefined}
                  onClick={() => go(s)}
                >
                  {shortcut && <kbd>{shortcut}</kbd>}
                  {viewName(s)}
                </button>
              );
            })}
            {view.kind !== 'focus' && (
              <button type="button" className="presenter-exit" onClick={onExit}>
                Exit <kbd>Esc</kbd>
              </button>
            )}
          </nav>
          <p className="presenter-page" aria-live="polite">
            Page {shownPage} of {pageCount}
          </p>
        </div>
      </header>
      {columns ? (
        <PagedColumns key={viewKey(view)} columns={columns} page={page} onLayout={onLayout} />
      ) : (
        <p className="presenter-message">{message}</p>
      )}
      {room && (
        <div className="presenter-room">
          <RoomJoin room={room} projector />
          <RoomResults room={room} large />
        </div>
      )}
    </div>
  );
}
