import type { Note } from '../domain/note';

/** The one rule for every deliverable: facilitator-only and deleted notes never leave the app. */
export function clientVisibleNotes(notes: readonly Note[]): Note[] {
  return notes.filter((n) => n.visibility === 'client' && n.deletedAt === null);
}
