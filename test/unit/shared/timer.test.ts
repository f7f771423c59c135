import { describe, expect, it } from 'vitest';
import { dayOfWeek, currentAndNext } from '../../../shared/agenda/now';
import { applyTimerAction, formatDuration, IDLE_TIMER, readTimer } from '../../../shared/agenda/timer';

const at = (hhmmss: string) => new Date(`2026-03-02T${hhmmss}Z`);

describe('session timer', () => {
  it('runs, pauses, resumes and accumulates across pauses', () => {
    let timer = applyTimerAction(IDLE_TIMER, { action: 'start' }, at('09:00:00'));
    expect(readTimer(timer, '09:00', '10:00', at('09:10:00'))).toMatchObject({ running: true, elapsedMs: 600_000, remainingMs: 3_000_000 });
    timer = applyTimerAction(timer, { action: 'pause' }, at('09:10:00'));
    expect(readTimer(timer, '09:00', '10:00', at('11:00:00'))).toMatchObject({ running: false, elapsedMs: 600_000 });
    timer = applyTimerAction(timer, { action: 'start' }, at('11:00:00'));
    expect(readTimer(timer, '09:00', '10:00', at('11:05:00')).elapsedMs).toBe(900_000);
  });

  it('starting twice or pausing a paused timer changes nothing', () => {
    const running = applyTimerAction(IDLE_TIMER, { action: 'start' }, at('09:00:00'));
    expect(applyTimerAction(running, { action: 'start' }, at('09:30:00'))).toBe(running);
    expect(applyTimerAction(IDLE_TIMER, { action: 'pause' }, at('09:30:00'))).toBe(IDLE_TIMER);
  });

  it('shows overtime past the plan, and extending pushes the end out', () => {
    let timer = applyTimerAction(IDLE_TIMER, { action: 'start' }, at('09:00:00'));
    const late = readTimer(timer, '09:00', '09:30', at('09:42:00'));
    expect(late).toMatchObject({ overtime: true, remainingMs: -720_000 });
    timer = applyTimerAction(timer, { action: 'extend', minutes: 15 }, at('09:42:00'));
    expect(readTimer(timer, '09:00', '09:30', at('09:42:00'))).toMatchObject({ overtime: false, remainingMs: 180_000, plannedMs: 2_700_000 });
  });

  it('handles durations of hours, and formats them', () => {
    const timer = applyTimerAction(IDLE_TIMER, { action: 'start' }, at('09:00:00'));
    const reading = readTimer(timer, '09:00', '12:30', at('10:05:09'));
    expect(formatDuration(reading.elapsedMs)).toBe('1:05:09');
    expect(formatDuration(reading.remainingMs)).toBe('2:24:51');
    expect(formatDuration(-61_000)).toBe('1:01');
  });

  it('reset returns to idle', () => {
    const timer = applyTimerAction(IDLE_TIMER, { action: 'start' }, at('09:00:00'));
    expect(applyTimerAction(timer, { action: 'reset' }, at('09:05:00'))).toEqual(IDLE_TIMER);
  });
});

describe('now', () => {
  it('knows which day of the week today is, and null outside it', () => {
    expect(dayOfWeek('2026-03-02', 5, '2026-03-02')).toBe(1);
    expect(dayOfWeek('2026-03-02', 5, '2026-03-06')).toBe(5);
    expect(dayOfWeek('2026-03-02', 5, '2026-03-07')).toBeNull();
    expect(dayOfWeek('2026-03-02', 5, '2026-03-01')).toBeNull();
  });

  it('finds the running and the next session by the clock', () => {
    const sessions = [
      { id: 'b', start: '10:30', end: '11:00' },
      { id: 'a', start: '09:00', end: '10:30' },
      { id: 'c', start: '11:15', end: '12:00' },
    ];
    expect(currentAndNext(sessions, 9 * 60 + 15)).toEqual({ current: sessions[1], next: sessions[0] });
    expect(currentAndNext(sessions, 11 * 60 + 5)).toEqual({ current: null, next: sessions[2] });
    expect(currentAndNext(sessions, 13 * 60)).toEqual({ current: null, next: null });
  });
});
