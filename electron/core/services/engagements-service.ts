import {
  DEFAULT_DAYS,
  EMPTY_PILOT_NUMBERS,
  type Engagement,
} from '../../../shared/domain/engagement';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import { timestamp, type ServiceContext } from './service-context';

export interface EngagementsService {
  list(includeArchived: boolean): Engagement[];
  get(id: string): Engagement;
  create(input: ParsedInput<'engagements:create'>): Engagement;
  rename(input: ParsedInput<'engagements:rename'>): Engagement;
  archive(id: string): Engagement;
  unarchive(id: string): Engagement;
  delete(id: string): { id: string };
}

/** Engagement lifecycle: create, rename, archive, delete. Each write is one transaction. */
export function createEngagementsService(ctx: ServiceContext, repo: EngagementsRepository): EngagementsService {
  function require(id: string): Engagement {
    const engagement = repo.get(id);
    if (!engagement) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
    return engagement;
  }

  const update = ctx.db.transaction((id: string, change: (e: Engagement) => Partial<Engagement>): Engagement => {
    const current = require(id);
    const next: Engagement = { ...current, ...change(current), updatedAt: timestamp(ctx), deviceId: ctx.deviceId };
    repo.save(next);
    return next;
  });

  return {
    list(includeArchived: boolean): Engagement[] {
      return repo.list(includeArchived);
    },
    get: require,
    create: ctx.db.transaction((input: ParsedInput<'engagements:create'>): Engagement => {
      const at = timestamp(ctx);
      const engagement: Engagement = {
        id: ctx.newId(),
        clientName: input.clientName,
        pilotName: input.pilotName,
        pilotDescription: '',
        facilitators: [],
        venue: '',
        weekStart: input.weekStart,
        dayCount: DEFAULT_DAYS,
        status: 'planned',
        pilot: { ...EMPTY_PILOT_NUMBERS },
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
        deviceId: ctx.deviceId,
      };
      repo.save(engagement);
      return engagement;
    }),
    rename(input: ParsedInput<'engagements:rename'>): Engagement {
      return update(input.id, () => ({ clientName: input.clientName, pilotName: input.pilotName }));
    },
    archive(id: string): Engagement {
      return update(id, (e) => ({ archivedAt: e.archivedAt ?? timestamp(ctx) }));
    },
    unarchive(id: string): Engagement {
      return update(id, () => ({ archivedAt: null }));
    },
    delete: ctx.db.transaction((id: string): { id: string } => {
      if (!repo.delete(id)) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
      return { id };
    }),
  };
}
