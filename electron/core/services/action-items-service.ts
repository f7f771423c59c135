import type { z } from 'zod';
import { FollowUpInput, STATUSES_OF, FIRST_STATUS, ITEM_STATUS_LABELS, isItemKind, itemsOf, type ActionItem } from '../../../shared/domain/action-item';
import { AppError } from '../../../shared/ipc/result';
import type { ActionItemsRepository } from '../db/repositories/action-items-repository';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { NotesRepository } from '../db/repositories/notes-repository';
import type { ParticipantsRepository } from '../db/repositories/participants-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';

export interface ActionItemsService {
  /** Every live action and decision of the engagement, private ones included: the facilitator's panel. */
  list(engagementId: string): ActionItem[];
  /** Sets the owner, due day or status of one; what the input leaves out stays as it was. */
  followUp(input: z.output<typeof FollowUpInput>): ActionItem;
}

/** Actions and decisions followed across the week: an owner among the participants, a due day, a status. */
export function createActionItemsService(
  ctx: ServiceContext,
  repo: ActionItemsRepository,
  notesRepo: NotesRepository,
  participantsRepo: ParticipantsRepository,
  engagementsRepo: EngagementsRepository,
): ActionItemsService {
  return {
    list(engagementId) {
      requireEngagement(engagementsRepo, engagementId);
      return itemsOf(repo.itemNotes(engagementId), repo.followUps(engagementId));
    },
    followUp: ctx.db.transaction((input: z.output<typeof FollowUpInput>): ActionItem => {
      const note = notesRepo.get(input.noteId);
      if (!note || note.deletedAt !== null) throw new AppError('not_found', 'That note no longer exists. It may have been deleted.');
      if (!isItemKind(note.kind)) throw new AppError('invalid_input', 'Only a note marked as an action or a decision has an owner, a due day and a status. Mark it !action or !decision first.');
      const { dayCount } = requireEngagement(engagementsRepo, note.engagementId);
      const current = repo.get(note.id) ?? { noteId: note.id, ownerId: null, dueDay: null, status: FIRST_STATUS[note.kind] };
      const next = {
        noteId: note.id,
        ownerId: input.ownerId === undefined ? current.ownerId : input.ownerId,
        dueDay: input.dueDay === undefined ? current.dueDay : input.dueDay,
        status: input.status ?? current.status,
      };
      if (!STATUSES_OF[note.kind].includes(next.status)) {
        const allowed = STATUSES_OF[note.kind].map((s) => ITEM_STATUS_LABELS[s].toLowerCase()).join(' or ');
        throw new AppError('invalid_input', `A ${note.kind} is ${allowed}, not ${ITEM_STATUS_LABELS[next.status].toLowerCase()}.`, { status: `Choose ${allowed}.` });
      }
      if (next.dueDay !== null && next.dueDay > dayCount) {
        throw new AppError('invalid_input', `This engagement has ${dayCount} days; day ${next.dueDay} is outside it.`, { dueDay: `Choose a day between 1 and ${dayCount}.` });
      }
      if (next.ownerId !== null) {
        const owner = participantsRepo.get(next.ownerId);
        if (!owner || owner.engagementId !== note.engagementId) {
          throw new AppError('invalid_input', 'The owner must be a participant of this engagement. Add them under Setup first.', { ownerId: 'Choose a participant.' });
        }
      }
      const at = timestamp(ctx);
      repo.save(next, at, ctx.deviceId);
      return itemsOf([note], [{ ...next, updatedAt: at }])[0]!;
    }),
  };
}
