import type { Handlers } from '../../../shared/ipc/contract';
import type { costContract } from '../../../shared/ipc/cost-contract';
import type { CostScenariosService } from '../services/cost-scenarios-service';

export function createCostHandlers(service: CostScenariosService): Pick<Handlers, keyof typeof costContract> {
  return {
    'cost:list': ({ engagementId }) => service.list(engagementId),
    'cost:create': (input) => service.create(input),
    'cost:update': (input) => service.update(input),
    'cost:duplicate': (input) => service.duplicate(input),
    'cost:rename': (input) => service.rename(input),
    'cost:delete': ({ id }) => service.delete(id),
  };
}
