import { z } from 'zod';
import { Id } from './common';

/** Who was checked in to one session; a session nobody checked in to has no entry. */
export const SessionAttendance = z.object({ sessionId: Id, participantIds: z.array(Id) });
export type SessionAttendance = z.infer<typeof SessionAttendance>;

export const CheckInInput = z.object({ sessionId: Id, participantId: Id, present: z.boolean() });
export type CheckInInput = z.input<typeof CheckInInput>;
