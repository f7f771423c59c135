import { dayOfWeek } from '../agenda/now';
import { ITEM_STATUS_LABELS, isOverdue, itemsOf, type ActionItem } from '../domain/action-item';
import { clientVisibleNotes } from './client-visible';
import type { Redact } from './redaction';
import type { ReportData } from './report-inputs';

/** An action or decision as a client file prints it. */
export interface FollowUpLine {
  ref: string;
  text: string;
  /** The participant who owns it, redacted when asked; NO_OWNER when nobody is named yet. */
  owner: string;
  /** "Day 3", or NO_DUE_DAY. */
  due: string;
  status: string;
  /** An open action due on a day before the one the file is about. */
  overdue: boolean;
  /** The day it was raised. */
  day: number;
}

export const NO_OWNER = 'nobody named';
export const NO_DUE_DAY = 'no day set';

/** The client-visible actions and decisions of the week, each with its follow-up; private notes' items do not exist here. */
export function clientItems(data: Pick<ReportData, 'notes' | 'followUps'>): ActionItem[] {
  return itemsOf(clientVisibleNotes(data.notes), data.followUps);
}

export function followUpLine(item: ActionItem, data: Pick<ReportData, 'participants'>, redact: Redact, today: number): FollowUpLine {
  const owner = data.participants.find((p) => p.id === item.ownerId);
  return {
    ref: item.ref,
    text: redact(item.text),
    owner: owner ? redact(owner.name) : NO_OWNER,
    due: item.dueDay === null ? NO_DUE_DAY : `Day ${item.dueDay}`,
    status: ITEM_STATUS_LABELS[item.status],
    overdue: isOverdue(item, today),
    day: item.day,
  };
}

/** "Owner: Ana Silva · due Day 3 · Open", the one way every file says it. */
export function followUpSummary(line: Pick<FollowUpLine, 'owner' | 'due' | 'status' | 'overdue'>): string {
  return `Owner: ${line.owner} · due ${line.due} · ${line.status}${line.overdue ? ' (overdue)' : ''}`;
}

/** The day of the week a file made at `generatedAt` speaks as of: 0 before the week, the day after the last once it is over. */
export function asOfDay(engagement: Pick<ReportData['engagement'], 'weekStart' | 'dayCount'>, generatedAt: string): number {
  const today = generatedAt.slice(0, 10);
  if (today < engagement.weekStart) return 0;
  return dayOfWeek(engagement.weekStart, engagement.dayCount, today) ?? engagement.dayCount + 1;
}

/** The week's actions and decisions, for the report and the deck, as of the day the file is made. */
export function weekFollowUp(
  data: Pick<ReportData, 'notes' | 'followUps' | 'participants' | 'engagement' | 'generatedAt'>,
  redact: Redact,
): { actions: FollowUpLine[]; decisions: FollowUpLine[] } {
  const today = asOfDay(data.engagement, data.generatedAt);
  const lines = clientItems(data).map((item) => ({ kind: item.kind, line: followUpLine(item, data, redact, today) }));
  return { actions: lines.filter((l) => l.kind === 'action').map((l) => l.line), decisions: lines.filter((l) => l.kind === 'decision').map((l) => l.line) };
}
