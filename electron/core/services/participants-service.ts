import type { z } from 'zod';
import type { Participant, ParticipantCreateInput, ParticipantUpdateInput } from '../../../shared/domain/participant';
import { namedFields } from '../../../shared/domain/update-schema';
import { AppError } from '../../../shared/ipc/result';
import type { ParticipantsRepository } from '../db/repositories/participants-repository';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';

export interface ParticipantsService {
  list(engagementId: string): Participant[];
  create(input: z.output<typeof ParticipantCreateInput>): Participant;
  update(input: z.output<typeof ParticipantUpdateInput>): Participant;
  delete(id: string): { id: string };
}

/** The people in the room. Days attended must fall inside the engagement's week. */
export function createParticipantsService(
  ctx: ServiceContext,
  repo: ParticipantsRepository,
  engagementsRepo: EngagementsRepository,
): ParticipantsService {
  const requireParticipant = (id: string): Participant => {
    const participant = repo.get(id);
    if (!participant) throw new AppError('not_found', 'That participant no longer exists.');
    return participant;
  };
  const checkDays = (engagementId: string, days: number[]) => {
    const { dayCount } = requireEngagement(engagementsRepo, engagementId);
    const outside = days.filter((d) => d > dayCount);
    if (outside.length > 0) {
      throw new AppError('invalid_input', `This engagement has ${dayCount} days; day ${outside.join(', ')} is outside it.`, {
        daysAttended: `Choose days between 1 and ${dayCount}.`,
      });
    }
  };

  return {
    list(engagementId) {
      requireEngagement(engagementsRepo, engagementId);
      return repo.list(engagementId);
    },
    create: ctx.db.transaction((input: z.output<typeof ParticipantCreateInput>) => {
      checkDays(input.engagementId, input.daysAttended);
      const at = timestamp(ctx);
      const participant: Participant = { ...input, id: ctx.newId(), createdAt: at, updatedAt: at, deviceId: ctx.deviceId };
      repo.save(participant);
      return participant;
    }),
    update: ctx.db.transaction((input: z.output<typeof ParticipantUpdateInput>) => {
      const current = requireParticipant(input.id);
      const fields = namedFields(input);
      if (fields.daysAttended) checkDays(current.engagementId, fields.daysAttended);
      const next: Participant = { ...current, ...fields, updatedAt: timestamp(ctx), deviceId: ctx.deviceId };
      repo.save(next);
      return next;
    }),
    delete: ctx.db.transaction((id: string) => {
      requireParticipant(id);
      repo.delete(id, timestamp(ctx), ctx.deviceId);
      return { id };
    }),
  };
}
