import type { TimerState } from '../domain/session';
import { minutesOf } from '../domain/session';

export const IDLE_TIMER: TimerState = { startedAt: null, accumulatedMs: 0, extensionMinutes: 0 };

export interface TimerReading {
  running: boolean;
  elapsedMs: number;
  plannedMs: number;
  /** Negative once the session runs over. */
  remainingMs: number;
  overtime: boolean;
}

export function plannedMinutes(start: string, end: string, extensionMinutes: number): number {
  return minutesOf(end) - minutesOf(start) + extensionMinutes;
}

/** What the timer shows at `now`, for a session planned from `start` to `end`. */
export function readTimer(timer: TimerState, start: string, end: string, now: Date): TimerReading {
  const running = timer.startedAt !== null;
  const runningMs = running ? Math.max(0, now.getTime() - Date.parse(timer.startedAt!)) : 0;
  const elapsedMs = timer.accumulatedMs + runningMs;
  const plannedMs = plannedMinutes(start, end, timer.extensionMinutes) * 60_000;
  const remainingMs = plannedMs - elapsedMs;
  return { running, elapsedMs, plannedMs, remainingMs, overtime: remainingMs < 0 };
}

export type TimerAction = { action: 'start' } | { action: 'pause' } | { action: 'reset' } | { action: 'extend'; minutes: number };

/** The timer after an action at `now`; starting a running timer or pausing a paused one changes nothing. */
export function applyTimerAction(timer: TimerState, action: TimerAction, now: Date): TimerState {
  switch (action.action) {
    case 'start':
      return timer.startedAt ? timer : { ...timer, startedAt: now.toISOString() };
    case 'pause':
      if (!timer.startedAt) return timer;
      return {
        ...timer,
        startedAt: null,
        accumulatedMs: timer.accumulatedMs + Math.max(0, now.getTime() - Date.parse(timer.startedAt)),
      };
    case 'reset':
      return IDLE_TIMER;
    case 'extend':
      return { ...timer, extensionMinutes: timer.extensionMinutes + action.minutes };
  }
}

/** "1:05:09" from an hour up, "4:09" below; the sign is left to the caller. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
