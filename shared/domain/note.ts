import { z } from 'zod';
import { Id, RowMeta, refuseControlCharacters } from './common';
import { MAX_DAYS } from './limits';
import { AuditAreaSchema } from './session';
import { patchOf } from './update-schema';

export const NOTE_KINDS = ['observation', 'quote', 'risk', 'decision', 'question', 'action', 'assumption'] as const;
export const NoteKind = z.enum(NOTE_KINDS, { message: 'Choose a kind of note.' });
export type NoteKind = z.infer<typeof NoteKind>;

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  observation: 'Observation',
  quote: 'Quote',
  risk: 'Risk',
  decision: 'Decision',
  question: 'Question',
  action: 'Action',
  assumption: 'Assumption',
};

/** Who may see a note: client-visible notes can reach deliverables; facilitator-only never do. */
export const NoteVisibility = z.enum(['client', 'facilitator']);
export type NoteVisibility = z.infer<typeof NoteVisibility>;

/** A note is kept whole up to this size (about 100 KB of text typed or pasted in one go). */
export const MAX_NOTE_LENGTH = 200_000;

export const NoteText = refuseControlCharacters(
  z
    .string()
    .max(MAX_NOTE_LENGTH, { message: `A note can hold at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.` })
    .refine((t) => t.trim().length > 0, { message: 'An empty note is not saved.' }),
  'The note',
);

export const NoteTag = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\s#\p{Cc}]+$/u, { message: 'A tag is one word without spaces.' });

export const Note = RowMeta.extend({
  engagementId: Id,
  /** Short, stable reference a report cites, e.g. D2-014; D2-P01 while the note has never been client-visible (see references.ts). */
  ref: z.string(),
  day: z.number().int().min(1).max(MAX_DAYS),
  sessionId: Id.nullable(),
  area: AuditAreaSchema.nullable(),
  kind: NoteKind,
  text: z.string(),
  speakerId: Id.nullable(),
  /** The speaker's name as it was when captured, so a removed participant still reads right. */
  speakerName: z.string(),
  tags: z.array(z.string()),
  visibility: NoteVisibility,
  pinned: z.boolean(),
  capturedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Note = z.infer<typeof Note>;

export const NoteFields = z.object({
  text: NoteText,
  day: z.number().int().min(1, { message: 'Days start at 1.' }).max(MAX_DAYS),
  sessionId: Id.nullable().default(null),
  area: AuditAreaSchema.nullable().default(null),
  kind: NoteKind.default('observation'),
  speakerId: Id.nullable().default(null),
  tags: z.array(NoteTag).max(30).default([]),
  visibility: NoteVisibility.default('client'),
});

export const NoteCreateInput = NoteFields.extend({ engagementId: Id });
export type NoteCreateInput = z.input<typeof NoteCreateInput>;
export const NoteUpdateInput = patchOf(NoteFields).extend({ id: Id, pinned: z.boolean().optional() });
export type NoteUpdateInput = z.input<typeof NoteUpdateInput>;

export const NoteSearchHit = z.object({
  note: Note,
  /** The note's text with matches wrapped in \u0002 … \u0003 markers, never HTML. */
  highlighted: z.string(),
});
export type NoteSearchHit = z.infer<typeof NoteSearchHit>;

/** Markers in highlighted search text: control characters no one types, so no HTML is ever built from user text. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/** What the capture box remembers between keystrokes, so a reload or a crash loses nothing. */
export const CaptureDraft = z.object({
  text: z.string().max(MAX_NOTE_LENGTH),
  context: z.object({
    day: z.number().int().min(1).max(MAX_DAYS).nullable().default(null),
    sessionId: Id.nullable().default(null),
    visibility: NoteVisibility.default('client'),
    /** Facilitator-only for every note until turned off, rather than for the next note alone. */
    keepPrivate: z.boolean().default(false),
  }),
});
export type CaptureDraft = z.infer<typeof CaptureDraft>;
