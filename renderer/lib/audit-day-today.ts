import { dayOfWeek, localIsoDate } from '../../shared/agenda/now';
import type { Engagement } from '../../shared/domain/engagement';

/** The audit day a finding made now lands on: today's day of the week, or day 1 outside it. */
export function auditDayToday(engagement: Pick<Engagement, 'weekStart' | 'dayCount'>, now = new Date()): number {
  return dayOfWeek(engagement.weekStart, engagement.dayCount, localIsoDate(now)) ?? 1;
}
