import type { Note } from '../../../shared/domain/note';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { NotesRepository } from '../db/repositories/notes-repository';
import { requireEngagement } from './require-engagement';

export interface NoteLookupsService {
  get(id: string): Note;
  latest(engagementId: string, limit: number): Note[];
}

/**
 * Reads of one note or a few, so screens that show a single day or a short list never fetch an
 * engagement's every note to find them. Kept apart from the notes service, which owns the writes.
 */
export function createNoteLookupsService(notes: NotesRepository, engagementsRepo: EngagementsRepository): NoteLookupsService {
  return {
    get(id) {
      const note = notes.get(id);
      if (!note || note.deletedAt) throw new AppError('not_found', 'That note no longer exists. It may have been deleted.');
      return note;
    },
    latest(engagementId, limit) {
      requireEngagement(engagementsRepo, engagementId);
      return notes.latest(engagementId, limit);
    },
  };
}
