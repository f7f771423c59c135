import type { archiveContract } from '../../../shared/ipc/archive-contract';
import type { Handlers } from '../../../shared/ipc/contract';
import type { ArchiveService } from '../archive/archive-service';

export function createArchiveHandlers(archive: ArchiveService): Pick<Handlers, keyof typeof archiveContract> {
  return {
    'archive:export': ({ engagementId }) => archive.export(engagementId),
    'archive:inspect': () => archive.inspect(),
    'archive:import': ({ token }) => archive.import(token),
  };
}
