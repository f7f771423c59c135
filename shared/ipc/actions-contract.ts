import { z } from 'zod';
import { ActionItem, FollowUpInput } from '../domain/action-item';
import { CheckInInput, SessionAttendance } from '../domain/attendance';
import { Id } from '../domain/common';
import type { ContractSection } from './contract-types';

export const actionsContract = {
  'actions:list': { input: z.object({ engagementId: Id }), output: z.array(ActionItem) },
  'actions:follow-up': { input: FollowUpInput, output: ActionItem },
  'attendance:list': { input: z.object({ engagementId: Id }), output: z.array(SessionAttendance) },
  'attendance:set': { input: CheckInInput, output: SessionAttendance },
} satisfies ContractSection;
