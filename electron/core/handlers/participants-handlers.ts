import type { Handlers } from '../../../shared/ipc/contract';
import type { participantsContract } from '../../../shared/ipc/participants-contract';
import type { ParticipantsService } from '../services/participants-service';

export function createParticipantsHandlers(service: ParticipantsService): Pick<Handlers, keyof typeof participantsContract> {
  return {
    'participants:list': ({ engagementId }) => service.list(engagementId),
    'participants:create': (input) => service.create(input),
    'participants:update': (input) => service.update(input),
    'participants:delete': ({ id }) => service.delete(id),
  };
}
