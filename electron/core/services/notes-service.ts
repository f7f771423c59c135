import type { z } from 'zod';
import { highlightTerms, searchTerms } from '../../../shared/capture/search-query';
import type { CaptureDraft, Note, NoteCreateInput, NoteSearchHit, NoteUpdateInput } from '../../../shared/domain/note';
import { isClientRef, noteSeries } from '../../../shared/domain/references';
import { namedFields } from '../../../shared/domain/update-schema';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { NoteSearchRepository } from '../db/repositories/note-search-repository';
import type { DraftsRepository, NotesRepository } from '../db/repositories/notes-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';
import type { RecordVisibilityChange } from './visibility-history';

export interface NotesService {
  list(engagementId: string, day: number): Note[];
  /** One live note, for a link that opens it; not_found once it is deleted. */
  get(id: string): Note;
  /** The newest live notes, last day first, for pickers that offer a few. */
  latest(engagementId: string, limit: number): Note[];
  create(input: z.output<typeof NoteCreateInput>): Note;
  update(input: z.output<typeof NoteUpdateInput>): Note;
  delete(id: string): Note;
  restore(id: string): Note;
  search(engagementId: string, query: string, limit: number): NoteSearchHit[];
  tags(engagementId: string): string[];
  getDraft(engagementId: string): CaptureDraft | null;
  saveDraft(engagementId: string, draft: CaptureDraft): { savedAt: string };
}

/**
 * Notes captured live. A note is acknowledged only once its transaction has committed; the
 * reference is allocated inside the same transaction so two notes never share one. A
 * facilitator-only note takes a facilitator-only reference (D2-P01) and its client number only
 * when it is first made client-visible (see shared/domain/references.ts).
 */
export function createNotesService(
  ctx: ServiceContext,
  notes: NotesRepository,
  noteSearch: NoteSearchRepository,
  drafts: DraftsRepository,
  engagementsRepo: EngagementsRepository,
  recordVisibility: RecordVisibilityChange,
): NotesService {
  const requireNote = (id: string): Note => {
    const note = notes.get(id);
    if (!note) throw new AppError('not_found', 'That note no longer exists.');
    return note;
  };

  /**
   * Checks the note's context belongs to its engagement, in one read since capture is the hottest
   * path in the app; returns the speaker's name to keep.
   */
  const checkContext = (
    engagementId: string,
    fields: { day: number; sessionId: string | null; speakerId: string | null },
  ): string => {
    const found = notes.context(engagementId, fields.sessionId, fields.speakerId);
    if (!found) throw new AppError('not_found', 'That engagement no longer exists. It may have been deleted.');
    if (fields.day > found.dayCount) {
      throw new AppError('invalid_input', `Day ${fields.day} is outside this ${found.dayCount}-day engagement.`, {
        day: `Choose a day between 1 and ${found.dayCount}.`,
      });
    }
    if (fields.sessionId !== null && found.sessionEngagementId !== engagementId) {
      throw new AppError('invalid_input', 'That session is not part of this engagement.', { sessionId: 'Choose a session of this engagement.' });
    }
    if (fields.speakerId !== null && found.speakerEngagementId !== engagementId) {
      throw new AppError('invalid_input', 'That speaker is not a participant of this engagement.', { speakerId: 'Choose a participant.' });
    }
    return fields.speakerId === null ? '' : (found.speakerName ?? '');
  };

  /** The client reference a note takes when it is first made client-visible: the next of the day it is on then. */
  const publishedRef = (note: Note, next: Pick<Note, 'day' | 'visibility'>): Partial<Note> => {
    if (next.visibility !== 'client' || isClientRef(note.ref)) return {};
    return { ref: notes.allocateRef(note.engagementId, noteSeries(next.day, 'client')) };
  };

  const save = (note: Note, change: Partial<Note>): Note => {
    const next: Note = { ...note, ...change, updatedAt: timestamp(ctx), deviceId: ctx.deviceId };
    notes.update(next);
    return next;
  };

  return {
    list(engagementId, day) {
      requireEngagement(engagementsRepo, engagementId);
      return notes.list(engagementId, day);
    },

    get(id) {
      const note = notes.get(id);
      if (!note || note.deletedAt) throw new AppError('not_found', 'That note no longer exists. It may have been deleted.');
      return note;
    },

    latest(engagementId, limit) {
      requireEngagement(engagementsRepo, engagementId);
      return notes.latest(engagementId, limit);
    },

    create: ctx.db.transaction((input: z.output<typeof NoteCreateInput>): Note => {
      const speakerName = checkContext(input.engagementId, input);
      const at = timestamp(ctx);
      const note: Note = {
        id: ctx.newId(),
        engagementId: input.engagementId,
        ref: notes.allocateRef(input.engagementId, noteSeries(input.day, input.visibility)),
        day: input.day,
        sessionId: input.sessionId,
        area: input.area,
        kind: input.kind,
        text: input.text,
        speakerId: input.speakerId,
        speakerName,
        tags: input.tags,
        visibility: input.visibility,
        pinned: false,
        capturedAt: at,
        deletedAt: null,
        createdAt: at,
        updatedAt: at,
        deviceId: ctx.deviceId,
      };
      notes.insert(note);
      return note;
    }),

    update: ctx.db.transaction((input: z.output<typeof NoteUpdateInput>): Note => {
      const current = requireNote(input.id);
      if (current.deletedAt) throw new AppError('conflict', 'That note was deleted. Undo the deletion to edit it.');
      const { id: _id, ...change } = input;
      const defined: Partial<Note> = namedFields(change);
      const merged = { ...current, ...defined };
      const speakerName = checkContext(current.engagementId, merged);
      recordVisibility('note', current, defined.visibility);
      return save(current, { ...defined, ...publishedRef(current, merged), speakerName: merged.speakerId === current.speakerId ? current.speakerName : speakerName });
    }),

    delete: ctx.db.transaction((id: string): Note => {
      const note = requireNote(id);
      return note.deletedAt ? note : save(note, { deletedAt: timestamp(ctx) });
    }),

    restore: ctx.db.transaction((id: string): Note => save(requireNote(id), { deletedAt: null })),

    search(engagementId, query, limit) {
      requireEngagement(engagementsRepo, engagementId);
      const terms = searchTerms(query);
      return noteSearch.search(engagementId, terms, limit).map((note) => ({ note, highlighted: highlightTerms(note.text, terms) }));
    },

    tags: (engagementId) => notes.tags(engagementId),

    getDraft(engagementId) {
      requireEngagement(engagementsRepo, engagementId);
      const stored = drafts.get(engagementId);
      return stored ? ({ text: stored.text, context: stored.context } as CaptureDraft) : null;
    },

    saveDraft: ctx.db.transaction((engagementId: string, draft: CaptureDraft) => {
      requireEngagement(engagementsRepo, engagementId);
      const at = timestamp(ctx);
      // An empty box set to facilitator-only is still kept: after a restart it must not come back client-visible.
      if (draft.text === '' && draft.context.visibility === 'client') drafts.clear(engagementId);
      else drafts.save(engagementId, draft.text, draft.context, at);
      return { savedAt: at };
    }),
  };
}
