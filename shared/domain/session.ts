import { z } from 'zod';
import { AUDIT_AREAS } from './audit-areas';
import { Id, RowMeta, optionalText, requiredText } from './common';
import { MAX_DAYS } from './limits';
import { patchOf } from './update-schema';

export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time in the form HH:MM (24-hour).' });

export const SESSION_KINDS = ['session', 'readout', 'break'] as const;
export const SessionKind = z.enum(SESSION_KINDS);

export const SESSION_STATUSES = ['planned', 'in-progress', 'done'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const AuditAreaSchema = z.enum(AUDIT_AREAS, { message: 'Choose one of the four audit areas.' });

export const QuestionSourceSchema = z.object({
  framework: z.enum([
    'ML Test Score',
    'NIST AI RMF',
    'PAIR Guidebook',
    'Hidden Technical Debt in ML',
    'Microsoft RAI Impact Assessment',
    'MLOps maturity',
  ]),
  ref: z.string().min(1),
});

export const GuidingQuestion = z.object({
  text: requiredText('Question', 600),
  source: QuestionSourceSchema.optional(),
});
export type GuidingQuestion = z.infer<typeof GuidingQuestion>;

/** A facilitation timer: time accumulated while paused, plus the running stretch if started. */
export const TimerState = z.object({
  startedAt: z.string().nullable(),
  accumulatedMs: z.number().int().min(0),
  extensionMinutes: z.number().int().min(0),
});
export type TimerState = z.infer<typeof TimerState>;

export const Session = RowMeta.extend({
  engagementId: Id,
  day: z.number().int().min(1).max(MAX_DAYS),
  position: z.number().int().min(0),
  title: z.string(),
  kind: SessionKind,
  area: AuditAreaSchema.nullable(),
  start: ClockTime,
  end: ClockTime,
  goal: z.string(),
  questions: z.array(GuidingQuestion),
  status: SessionStatus,
  timer: TimerState,
});
export type Session = z.infer<typeof Session>;

/** Minutes since midnight for an HH:MM time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const SessionFieldsShape = z.object({
  title: requiredText('Title', 200),
  kind: SessionKind.default('session'),
  area: AuditAreaSchema.nullable().default(null),
  start: ClockTime,
  end: ClockTime,
  goal: optionalText('Goal', 1000).default(''),
  questions: z.array(GuidingQuestion).max(50).default([]),
});

export const END_AFTER_START = 'The session must end after it starts.';

export function endsAfterStart(times: { start: string; end: string }): boolean {
  return minutesOf(times.end) > minutesOf(times.start);
}

/** What the session dialog checks before it saves, whether it creates or edits. */
export const SessionFields = SessionFieldsShape.refine(endsAfterStart, { message: END_AFTER_START, path: ['end'] });

export const SessionCreateInput = z
  .object({ engagementId: Id, day: z.number().int().min(1, { message: 'Days start at 1.' }).max(MAX_DAYS) })
  .extend(SessionFieldsShape.shape)
  .refine(endsAfterStart, { message: END_AFTER_START, path: ['end'] });
/** The service checks the times it will store, which may mix a sent start with a stored end. */
export const SessionUpdateInput = patchOf(SessionFieldsShape).extend({ id: Id });
export const SessionMoveInput = z.object({
  id: Id,
  toDay: z.number().int().min(1, { message: 'Days start at 1.' }).max(MAX_DAYS),
  toIndex: z.number().int().min(0),
});
export const SessionStatusInput = z.object({ id: Id, status: SessionStatus });
export const SessionTimerInput = z.discriminatedUnion('action', [
  z.object({ id: Id, action: z.literal('start') }),
  z.object({ id: Id, action: z.literal('pause') }),
  z.object({ id: Id, action: z.literal('reset') }),
  z.object({ id: Id, action: z.literal('extend'), minutes: z.number().int().min(1).max(240) }),
]);
export type SessionTimerInput = z.infer<typeof SessionTimerInput>;

