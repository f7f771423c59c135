import { formatDuration, readTimer } from '../../../shared/agenda/timer';
import type { Session } from '../../../shared/domain/session';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import type { TimerAction } from '../../../shared/agenda/timer';

/**
 * The facilitator's timer for one session: elapsed and remaining against the planned length,
 * overtime stated in words as well as colour. Its state lives in the database, so a reload or a
 * second window shows the same time.
 */
export function SessionTimer({ session, now }: { session: Session; now: Date }) {
  const timerAction = useAppState((s) => s.timerAction);
  const setSessionStatus = useAppState((s) => s.setSessionStatus);
  const notify = useAppState((s) => s.notify);
  const reading = readTimer(session.timer, session.start, session.end, now);
  const act = (action: TimerAction) => timerAction(session.id, action).catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }));

  return (
    <div className={`session-timer${reading.overtime ? ' is-overtime' : ''}${reading.running ? ' is-running' : ''}`} aria-label={`Timer for ${session.title}`} role="group">
      <div className="timer-readout">
        <span className="timer-elapsed" role="timer" aria-label="Elapsed">
          {formatDuration(reading.elapsedMs)}
        </span>
        <span className="timer-remaining" data-testid="timer-remaining">
          {reading.overtime ? `Over by ${formatDuration(reading.remainingMs)}` : `${formatDuration(reading.remainingMs)} left`}
          {' of '}
          {formatDuration(reading.plannedMs)}
        </span>
        <span className="timer-state">{reading.running ? 'Running' : reading.elapsedMs > 0 ? 'Paused' : 'Not started'}</span>
      </div>
      <div className="timer-controls">
        {reading.running ? (
          <Button onClick={() => void act({ action: 'pause' })}>Pause</Button>
        ) : (
          <Button variant="primary" onClick={() => void act({ action: 'start' })}>
            {reading.elapsedMs > 0 ? 'Resume' : 'Start timer'}
          </Button>
        )}
        <Button onClick={() => void act({ action: 'extend', minutes: 5 })}>+5 min</Button>
        <Button onClick={() => void act({ action: 'extend', minutes: 15 })}>+15 min</Button>
        {reading.elapsedMs > 0 && (
          <Button variant="ghost" onClick={() => void act({ action: 'reset' })}>
            Reset
          </Button>
        )}
        {session.status !== 'done' && (
          <Button
            variant="ghost"
            onClick={() => void setSessionStatus(session.id, 'done').catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }))}
          >
            Mark done
          </Button>
        )}
      </div>
    </div>
  );
}
