import type { Handlers } from '../../../shared/ipc/contract';
import type { engagementsContract } from '../../../shared/ipc/engagements-contract';
import type { EngagementsService } from '../services/engagements-service';

export function createEngagementsHandlers(
  service: EngagementsService,
): Pick<Handlers, keyof typeof engagementsContract> {
  return {
    'engagements:list': ({ includeArchived }) => service.list(includeArchived),
    'engagements:get': ({ id }) => service.get(id),
    'engagements:create': (input) => service.create(input),
    'engagements:rename': (input) => service.rename(input),
    'engagements:update': (input) => service.updateSetup(input),
    'engagements:archive': ({ id }) => service.archive(id),
    'engagements:unarchive': ({ id }) => service.unarchive(id),
    'engagements:delete': ({ id }) => service.delete(id),
  };
}
