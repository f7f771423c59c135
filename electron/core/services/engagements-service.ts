import { EMPTY_PILOT_NUMBERS, type Engagement } from '../../../shared/domain/engagement';
import type { TemplateChoice } from '../../../shared/domain/agenda-template-schema';
import { MAX_DAYS, MIN_DAYS } from '../../../shared/domain/limits';
import { namedFields } from '../../../shared/domain/update-schema';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';

/** What creating and resizing an engagement needs from the agenda. */
export interface AgendaSeeding {
  templateDayCount(choice: TemplateChoice): number;
  seedAgenda(engagementId: string, choice: TemplateChoice): number;
  sessionsAfterDay(engagementId: string, day: number): number;
}

export interface EngagementsService {
  list(includeArchived: boolean): Engagement[];
  get(id: string): Engagement;
  create(input: ParsedInput<'engagements:create'>): Engagement;
  rename(input: ParsedInput<'engagements:rename'>): Engagement;
  updateSetup(input: ParsedInput<'engagements:update'>): Engagement;
  archive(id: string): Engagement;
  unarchive(id: string): Engagement;
  delete(id: string): { id: string };
}

/** Engagement lifecycle: create, rename, archive, delete. Each write is one transaction. */
export function createEngagementsService(
  ctx: ServiceContext,
  repo: EngagementsRepository,
  agenda: AgendaSeeding,
): EngagementsService {
  const require = (id: string): Engagement => requireEngagement(repo, id);

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
        dayCount: Math.min(MAX_DAYS, Math.max(MIN_DAYS, agenda.templateDayCount(input.template))),
        status: 'planned',
        pilot: { ...EMPTY_PILOT_NUMBERS },
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
        deviceId: ctx.deviceId,
      };
      repo.save(engagement);
      agenda.seedAgenda(engagement.id, input.template);
      return engagement;
    }),
    rename(input: ParsedInput<'engagements:rename'>): Engagement {
      return update(input.id, () => ({ clientName: input.clientName, pilotName: input.pilotName }));
    },
    updateSetup: ctx.db.transaction((input: ParsedInput<'engagements:update'>): Engagement => {
      const { id, pilot, ...patch } = input;
      const fields = namedFields(patch);
      if (fields.dayCount !== undefined) {
        const beyond = agenda.sessionsAfterDay(id, fields.dayCount);
        if (beyond > 0) {
          throw new AppError(
            'invalid_input',
            `${beyond} session${beyond === 1 ? ' is' : 's are'} planned after day ${fields.dayCount}. Move or delete ${beyond === 1 ? 'it' : 'them'} first.`,
            { dayCount: `Sessions are planned after day ${fields.dayCount}.` },
          );
        }
      }
      return update(id, (current) => (pilot ? { ...fields, pilot: { ...current.pilot, ...namedFields(pilot) } } : fields));
    }),
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
