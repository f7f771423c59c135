import type { Handlers } from '../../../shared/ipc/contract';
import type { findingsContract } from '../../../shared/ipc/findings-contract';
import type { FindingsService } from '../services/findings-service';

export function createFindingsHandlers(service: FindingsService): Pick<Handlers, keyof typeof findingsContract> {
  return {
    'findings:list': ({ engagementId }) => service.list(engagementId),
    'findings:create': (input) => service.create(input),
    'findings:update': (input) => service.update(input),
    'findings:move': (input) => service.move(input),
    'findings:sort-cell': ({ engagementId, area, day }) => service.sortCellByVotes(engagementId, area, day),
    'findings:delete': ({ id }) => service.delete(id),
    'findings:restore': ({ id }) => service.restore(id),
    'findings:promote-note': ({ noteId, area }) => service.promoteNote(noteId, area),
    'findings:link-note': ({ findingId, noteId }) => service.linkNote(findingId, noteId),
    'findings:unlink-note': ({ findingId, noteId }) => service.unlinkNote(findingId, noteId),
    'findings:for-note': ({ noteId }) => service.findingsForNote(noteId),
    'findings:history': ({ id }) => service.history(id),
  };
}
