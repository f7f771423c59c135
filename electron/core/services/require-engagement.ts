import type { Engagement } from '../../../shared/domain/engagement';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';

/** The engagement, or the not_found error every service gives when it is gone. */
export function requireEngagement(repo: EngagementsRepository, id: string): Engagement {
  const engagement = repo.get(id);
  if (!engagement) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
  return engagement;
}
