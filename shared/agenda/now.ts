import { addDays, toIsoDate } from '../domain/dates';
import { minutesOf } from '../domain/session';

/** The day of the week (1-based) that `today` falls on, or null outside the engagement's week. */
export function dayOfWeek(weekStart: string, dayCount: number, today: string): number | null {
  for (let day = 1; day <= dayCount; day++) {
    if (addDays(weekStart, day - 1) === today) return day;
  }
  return null;
}

/** Today's date as the user's wall clock has it. */
export function localIsoDate(now: Date): string {
  return toIsoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

export function localMinutes(now: Date): number {
  return now.getHours() * 60 + now.getMinutes();
}

interface Timed {
  id: string;
  start: string;
  end: string;
}

/** The session running by the clock, and the next one to start, among one day's sessions. */
export function currentAndNext<T extends Timed>(sessions: readonly T[], minutesNow: number): { current: T | null; next: T | null } {
  const byStart = [...sessions].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  const current = byStart.find((s) => minutesOf(s.start) <= minutesNow && minutesNow < minutesOf(s.end)) ?? null;
  const next = byStart.find((s) => minutesOf(s.start) > minutesNow) ?? null;
  return { current, next };
}
