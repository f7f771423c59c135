import type { Handlers } from '../../../shared/ipc/contract';
import type { pathToShipContract } from '../../../shared/ipc/path-to-ship-contract';
import type { PathToShipService } from '../services/path-to-ship-service';

export function createPathToShipHandlers(service: PathToShipService): Pick<Handlers, keyof typeof pathToShipContract> {
  return {
    'path:get': ({ engagementId }) => service.get(engagementId),
    'path:set-recommendation': (input) => service.setRecommendation(input),
    'path:add-phase': (input) => service.addPhase(input),
    'path:update-phase': (input) => service.updatePhase(input),
    'path:move-phase': (input) => service.movePhase(input),
    'path:delete-phase': ({ id }) => service.deletePhase(id),
    'path:restore-phase': (phase) => service.restorePhase(phase),
    'path:set-raci': (input) => service.setRaci(input),
    'path:save-system': (input) => service.saveSystem(input),
    'path:delete-system': ({ id }) => service.deleteSystem(id),
  };
}
