import type { Handlers } from '../../../shared/ipc/contract';
import type { deliverablesContract } from '../../../shared/ipc/deliverables-contract';
import type { DeliverablesService } from '../services/deliverables-service';

export function createDeliverablesHandlers(service: DeliverablesService): Pick<Handlers, keyof typeof deliverablesContract> {
  return {
    'deliverables:preview': ({ engagementId, options }) => service.preview(engagementId, options),
    'deliverables:presenter': ({ engagementId }) => service.presenter(engagementId),
    'deliverables:release-check': ({ engagementId, options, scope }) => service.releaseCheck(engagementId, options, scope),
    'deliverables:export': ({ engagementId, options, scope, releaseCheck }) => service.export(engagementId, options, scope, releaseCheck.confirmedDigest),
  };
}
