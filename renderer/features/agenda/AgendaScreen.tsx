import { useEffect, useRef, useState } from 'react';
import { currentAndNext, dayOfWeek, localIsoDate, localMinutes } from '../../../shared/agenda/now';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import { addDays, formatShortDay } from '../../../shared/domain/dates';
import type { Session } from '../../../shared/domain/session';
import { minutesOf } from '../../../shared/domain/session';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import { useNow } from '../../lib/use-now';
import { useAppState } from '../../app/store-context';
import type { SectionScreenProps } from '../workspace/section-screens';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { SessionCard } from './SessionCard';
import { SessionDialog, type SessionDialogState } from './SessionDialog';
import { SessionTimer } from './SessionTimer';
import { CheckIn } from './CheckIn';
import './agenda.css';

type View = 'week' | 'day';

const formatClock = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** At once, so a key pressed right after an arrow (S, Enter) reaches the session the arrow went to. */
function focusSession(id: string) {
  document.querySelector<HTMLElement>(`[data-session-id="${id}"]`)?.focus();
}

/** After a move is drawn: a session moved to another day is a new element there. */
function focusSessionWhenDrawn(id: string) {
  requestAnimationFrame(() => focusSession(id));
}

/** The week at a glance: every day's sessions, what is running now, and the facilitator's timer. */
export function AgendaScreen({ engagement }: SectionScreenProps) {
  const sessions = useAppState((s) => s.sessions);
  const room = useAppState((s) => s.room);
  const openRoomPanel = useAppState((s) => s.openRoomPanel);
  const moveSession = useAppState((s) => s.moveSession);
  const deleteSession = useAppState((s) => s.deleteSession);
  const restoreSession = useAppState((s) => s.restoreSession);
  const timerAction = useAppState((s) => s.timerAction);
  const notify = useAppState((s) => s.notify);
  const now = useNow();
  const today = dayOfWeek(engagement.weekStart, engagement.dayCount, localIsoDate(now));
  const [view, setView] = useState<View>('week');
  const [selectedDay, setSelectedDay] = useState<number>(today ?? 1);
  const [dialog, setDialog] = useState<SessionDialogState>(null);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const followedToday = useRef(false);

  useEffect(() => {
    if (today !== null && !followedToday.current) {
      followedToday.current = true;
      setSelectedDay(today);
    }
  }, [today]);

  const days = Array.from({ length: engagement.dayCount }, (_, i) => i + 1);
  const sessionsOn = (day: number) => sessions.filter((s) => s.day === day).sort((a, b) => a.position - b.position);
  const todays = today === null ? [] : sessionsOn(today).filter((s) => s.kind !== 'break');
  const { current, next } = currentAndNext(todays, localMinutes(now));
  const running = sessions.find((s) => s.timer.startedAt !== null) ?? null;
  // Before the first session (or between two) the next one is timed, so a room ready early can start it.
  const timed = running ?? current ?? next;
  const overdue = current && !running && current.timer.startedAt === null && current.timer.accumulatedMs === 0 && current.status === 'planned';

  const fail = (error: unknown) => notify({ tone: 'error', message: errorMessage(error) });

  const remove = async (session: Session) => {
    try {
      const deleted = await deleteSession(session.id);
      setDialog(null);
      notify({
        tone: 'success',
        message: `Deleted “${deleted.title}” from day ${deleted.day}.`,
        action: { label: 'Undo', run: () => void restoreSession(deleted).catch(fail) },
      });
    } catch (error) {
      fail(error);
    }
  };

  const keysFor = (session: Session) => {
    const daySessions = sessionsOn(session.day);
    const index = daySessions.findIndex((s) => s.id === session.id);
    return {
      open: () => setDialog({ mode: 'edit', session }),
      remove: () => void remove(session),
      start: () => timerAction(session.id, { action: 'start' }).then(() => notify({ tone: 'success', message: `Started “${session.title}” at ${formatClock(new Date())}.` }), fail),
      focusSibling: (delta: -1 | 1) => {
        const target = daySessions[index + delta];
        if (target) focusSession(target.id);
      },
      focusDay: (delta: -1 | 1) => {
        const target = sessionsOn(session.day + delta);
        const pick = target[Math.min(index, target.length - 1)];
        if (pick) focusSession(pick.id);
      },
      reorder: (delta: -1 | 1) => {
        const to = index + delta;
        if (to < 0 || to >= daySessions.length) return;
        moveSession(session.id, session.day, to).then(() => focusSessionWhenDrawn(session.id), fail);
      },
      moveDay: (delta: -1 | 1) => {
        const toDay = session.day + delta;
        if (toDay < 1 || toDay > engagement.dayCount) return;
        moveSession(session.id, toDay, Math.min(index, sessionsOn(toDay).length)).then(() => focusSessionWhenDrawn(session.id), fail);
      },
    };
  };

  const dayHeader = (day: number) => {
    const daySessions = sessionsOn(day);
    const areas = [...new Set(daySessions.map((s) => s.area).filter((a) => a !== null))];
    return (
      <header className="day-header">
        <div>
          <h2 className="day-title">
            Day {day}
            {day === today && <span className="today-badge">Today</span>}
          </h2>
          <p className="day-date">{formatShortDay(addDays(engagement.weekStart, day - 1))}</p>
          <p className="day-area">{daySessions.length === 0 ? 'No sessions' : areas.length === 1 ? AUDIT_AREA_INFO[areas[0]!].label : areas.length === 0 ? 'General' : 'Mixed areas'}</p>
        </div>
        <Button variant="ghost" onClick={() => setDialog({ mode: 'add', day })} aria-label={`Add session to day ${day}`}>
          + Add
        </Button>
      </header>
    );
  };

  const dayColumn = (day: number, detailed: boolean) => (
    <section key={day} className={`day-column${day === today ? ' is-today' : ''}`} aria-label={`Day ${day}`}>
      {dayHeader(day)}
      {sessionsOn(day).length === 0 ? (
        <p className="day-empty">No sessions planned. Add one, or move one here with Alt+← / Alt+→.</p>
      ) : (
        <ol className="session-list">
          {sessionsOn(day).map((s) => (
            <SessionCard key={s.id} session={s} isCurrent={s.id === current?.id} isNext={s.id === next?.id} detailed={detailed} keys={keysFor(s)} />
          ))}
        </ol>
      )}
    </section>
  );

  return (
    <div className="agenda-screen">
      <div className="agenda-toolbar">
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'week'} onClick={() => setView('week')}>
            Whole week
          </button>
          <button type="button" aria-pressed={view === 'day'} onClick={() => setView('day')}>
            One day
          </button>
        </div>
        {view === 'day' && (
          <div className="segmented" role="group" aria-label="Day">
            {days.map((d) => (
              <button key={d} type="button" aria-pressed={selectedDay === d} onClick={() => setSelectedDay(d)}>
                Day {d}
              </button>
            ))}
          </div>
        )}
        <span className="toolbar-spacer" />
        <Button onClick={() => setSavingTemplate(true)}>Save as template</Button>
      </div>

      {(today !== null || running) && (
        <section className="now-panel" aria-label="Now">
          <div className="now-text">
            {timed ? (
              <>
                <p className="now-label">{running ? 'Timer running' : timed === current ? 'Now' : `Next · starts at ${timed.start}`}</p>
                <p className="now-title">{timed.title}</p>
                <p className="now-sub">
                  Day {timed.day} · {timed.start}–{timed.end}
                  {next && !running && timed !== next ? ` · Next: ${next.title} at ${next.start}` : ''}
                </p>
              </>
            ) : (
              <>
                <p className="now-label">Day {today}</p>
                <p className="now-title">{next ? `Next: ${next.title}` : 'No more sessions today'}</p>
                {next && <p className="now-sub">Starts at {next.start}</p>}
              </>
            )}
            {overdue && current && (
              <p className="now-prompt" role="status">
                “{current.title}” was due to start at {current.start} ({Math.max(0, localMinutes(now) - minutesOf(current.start))} min ago). Start the timer when the room is ready.
              </p>
            )}
          </div>
          {timed && <SessionTimer session={timed} now={now} />}
          {timed && (
            <Button onClick={() => openRoomPanel(engagement.id, timed.id)}>
              {room.running && room.sessionId === timed.id ? 'Room mode: on' : 'Start Room mode…'}
            </Button>
          )}
          {timed && timed.kind !== 'break' && <CheckIn session={timed} />}
        </section>
      )}

      {sessions.length === 0 && (
        <p className="muted-block agenda-empty">
          This week has no sessions yet. Add them day by day with “+ Add”, or create the engagement from the standard audit week
          template to start with a full agenda.
        </p>
      )}

      {view === 'week' ? (
        <div className="week-grid" style={{ gridTemplateColumns: `repeat(${engagement.dayCount}, minmax(200px, 1fr))` }}>
          {days.map((d) => dayColumn(d, false))}
        </div>
      ) : (
        <div className="single-day">{dayColumn(selectedDay, true)}</div>
      )}

      <p className="agenda-help">
        Keyboard: arrows move between sessions, S starts a session’s timer now (early or late), Enter edits, Alt+↑/↓ reorders, Alt+←/→ moves to another day, Delete removes.
      </p>

      <SessionDialog
        engagementId={engagement.id}
        dayCount={engagement.dayCount}
        state={dialog}
        onClose={() => setDialog(null)}
        onDelete={(s) => void remove(s)}
      />
      <SaveTemplateDialog engagementId={engagement.id} open={savingTemplate} onClose={() => setSavingTemplate(false)} />
    </div>
  );
}
