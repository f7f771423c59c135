import type { Handlers } from '../../../shared/ipc/contract';
import type { notesContract } from '../../../shared/ipc/notes-contract';
import type { NotesService } from '../services/notes-service';

export function createNotesHandlers(service: NotesService): Pick<Handlers, keyof typeof notesContract> {
  return {
    'notes:list': ({ engagementId, day }) => service.list(engagementId, day),
    'notes:get': ({ id }) => service.get(id),
    'notes:latest': ({ engagementId, limit }) => service.latest(engagementId, limit),
    'notes:create': (input) => service.create(input),
    'notes:update': (input) => service.update(input),
    'notes:delete': ({ id }) => service.delete(id),
    'notes:restore': ({ id }) => service.restore(id),
    'notes:search': ({ engagementId, query, limit }) => service.search(engagementId, query, limit),
    'notes:tags': ({ engagementId }) => service.tags(engagementId),
    'drafts:get': ({ engagementId }) => service.getDraft(engagementId),
    'drafts:save': ({ engagementId, draft }) => service.saveDraft(engagementId, draft),
  };
}
