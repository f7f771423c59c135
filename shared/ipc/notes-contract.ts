import { z } from 'zod';
import { Id } from '../domain/common';
import { MAX_DAYS } from '../domain/limits';
import { CaptureDraft, Note, NoteCreateInput, NoteSearchHit, NoteUpdateInput } from '../domain/note';
import type { ContractSection } from './contract-types';
import { trustedRows } from './trusted-rows';

export const notesContract = {
  'notes:list': {
    // One day at a time: the screens show a day, and an engagement can hold thousands of notes.
    input: z.object({ engagementId: Id, day: z.number().int().min(1).max(MAX_DAYS) }),
    // A day's notes, hydrated by one repository function: see trustedRows for why a sample is checked.
    output: trustedRows(Note),
  },
  // Where a link to one note opens Capture: the note's day is read here, not from every note.
  'notes:get': { input: z.object({ id: Id }), output: Note },
  // The newest notes (last day first), for pickers that offer the latest before anything is typed.
  'notes:latest': {
    input: z.object({ engagementId: Id, limit: z.number().int().min(1).max(200).default(30) }),
    output: z.array(Note),
  },
  'notes:create': { input: NoteCreateInput, output: Note },
  'notes:update': { input: NoteUpdateInput, output: Note },
  'notes:delete': { input: z.object({ id: Id }), output: Note },
  'notes:restore': { input: z.object({ id: Id }), output: Note },
  'notes:search': {
    input: z.object({ engagementId: Id, query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(NoteSearchHit),
  },
  'notes:tags': { input: z.object({ engagementId: Id }), output: z.array(z.string()) },
  'drafts:get': { input: z.object({ engagementId: Id }), output: CaptureDraft.nullable() },
  'drafts:save': { input: z.object({ engagementId: Id, draft: CaptureDraft }), output: z.object({ savedAt: z.string() }) },
} satisfies ContractSection;
