import type { actionsContract } from '../../../shared/ipc/actions-contract';
import type { Handlers } from '../../../shared/ipc/contract';
import type { ActionItemsService } from '../services/action-items-service';
import type { AttendanceService } from '../services/attendance-service';

/** The room's follow-up: actions and decisions, and who was checked in to each session. */
export function createActionItemsHandlers(service: ActionItemsService, attendance: AttendanceService): Pick<Handlers, keyof typeof actionsContract> {
  return {
    'actions:list': ({ engagementId }) => service.list(engagementId),
    'actions:follow-up': (input) => service.followUp(input),
    'attendance:list': ({ engagementId }) => attendance.list(engagementId),
    'attendance:set': (input) => attendance.set(input),
  };
}
