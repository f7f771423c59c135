import type { z } from 'zod';
import type { CheckInInput, SessionAttendance } from '../../../shared/domain/attendance';
import { AppError } from '../../../shared/ipc/result';
import type { AttendanceRepository } from '../db/repositories/attendance-repository';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { ParticipantsRepository } from '../db/repositories/participants-repository';
import type { SessionsRepository } from '../db/repositories/sessions-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';

export interface AttendanceService {
  list(engagementId: string): SessionAttendance[];
  /** Checks a participant in to a session or out of it; answers the session's attendance after. */
  set(input: z.output<typeof CheckInInput>): SessionAttendance;
}

/** Who was actually in the room for each session, checked in as it starts. */
export function createAttendanceService(
  ctx: ServiceContext,
  repo: AttendanceRepository,
  sessionsRepo: SessionsRepository,
  participantsRepo: ParticipantsRepository,
  engagementsRepo: EngagementsRepository,
): AttendanceService {
  return {
    list(engagementId) {
      requireEngagement(engagementsRepo, engagementId);
      return repo.list(engagementId);
    },
    set: ctx.db.transaction((input: z.output<typeof CheckInInput>): SessionAttendance => {
      const session = sessionsRepo.get(input.sessionId);
      if (!session) throw new AppError('not_found', 'That session no longer exists. It may have been deleted.');
      const participant = participantsRepo.get(input.participantId);
      if (!participant || participant.engagementId !== session.engagementId) {
        throw new AppError('invalid_input', 'Only a participant of this engagement can be checked in. Add them under Setup first.');
      }
      repo.set({ ...input, at: timestamp(ctx), deviceId: ctx.deviceId });
      return repo.list(session.engagementId).find((a) => a.sessionId === session.id) ?? { sessionId: session.id, participantIds: [] };
    }),
  };
}
