/** Calendar arithmetic on YYYY-MM-DD dates, done in UTC so no time zone can shift a day. */

export function parseIsoDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** The Monday on or after the given local day: the usual start of an audit week. */
export function nextMonday(today: Date): string {
  const local = toIsoDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
  const weekday = parseIsoDate(local).getUTCDay();
  const offset = (8 - weekday) % 7;
  return addDays(local, offset);
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

export function formatDate(date: string): string {
  return DAY_FORMAT.format(parseIsoDate(date));
}

export function formatShortDay(date: string): string {
  return SHORT_DAY_FORMAT.format(parseIsoDate(date));
}

/** "2 Mar – 6 Mar 2026" for a week of `dayCount` days starting on `weekStart`. */
export function formatWeekRange(weekStart: string, dayCount: number): string {
  const end = addDays(weekStart, Math.max(dayCount, 1) - 1);
  const start = parseIsoDate(weekStart);
  const finish = parseIsoDate(end);
  const sameYear = start.getUTCFullYear() === finish.getUTCFullYear();
  const startText = sameYear
    ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(start)
    : formatDate(weekStart);
  return `${startText} – ${formatDate(end)}`;
}
