import { describe, expect, it } from 'vitest';
import { addDays, formatWeekRange, nextMonday } from '../../../shared/domain/dates';

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-12-30', 4)).toBe('2027-01-03');
  });

  it('finds the Monday on or after a day', () => {
    expect(nextMonday(new Date(2026, 10, 23))).toBe('2026-11-23');
    expect(nextMonday(new Date(2026, 10, 24))).toBe('2026-11-30');
    expect(nextMonday(new Date(2026, 10, 29))).toBe('2026-11-30');
  });

  it('formats a week range, with both years when it spans New Year', () => {
    expect(formatWeekRange('2026-03-02', 5)).toBe('2 Mar – 6 Mar 2026');
    expect(formatWeekRange('2026-12-28', 5)).toBe('28 Dec 2026 – 1 Jan 2027');
    expect(formatWeekRange('2026-03-02', 1)).toBe('2 Mar – 2 Mar 2026');
  });
});
