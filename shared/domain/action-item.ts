import { z } from 'zod';
import { Id } from './common';
import { MAX_DAYS } from './limits';
import type { Note } from './note';

/** The note kinds the week follows up: an action is done or dropped, a decision holds or is revisited. */
export const ITEM_KINDS = ['action', 'decision'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const DECISION_STATUSES = ['taken', 'revisited'] as const;
export const ITEM_STATUSES = [...ACTION_STATUSES, ...DECISION_STATUSES] as const;
export const ItemStatus = z.enum(ITEM_STATUSES, { message: 'Choose a status: open, done or dropped for an action; taken or revisited for a decision.' });
export type ItemStatus = z.infer<typeof ItemStatus>;

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
  taken: 'Taken',
  revisited: 'Revisited',
};

export const STATUSES_OF: Record<ItemKind, readonly ItemStatus[]> = { action: ACTION_STATUSES, decision: DECISION_STATUSES };
/** What an item reads as before anyone follows it up. */
export const FIRST_STATUS: Record<ItemKind, ItemStatus> = { action: 'open', decision: 'taken' };

export function isItemKind(kind: Note['kind']): kind is ItemKind {
  return kind === 'action' || kind === 'decision';
}

/** What the week adds to an action or decision note, as stored; a note without one reads as FIRST_STATUS, nobody, no day. */
export const FollowUp = z.object({
  noteId: Id,
  ownerId: Id.nullable(),
  dueDay: z.number().int().min(1).max(MAX_DAYS).nullable(),
  status: ItemStatus,
  updatedAt: z.string(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** An action or decision as the panel shows it: the note, and its follow-up. */
export const ActionItem = z.object({
  noteId: Id,
  engagementId: Id,
  kind: z.enum(ITEM_KINDS),
  ref: z.string(),
  text: z.string(),
  /** The day the note was captured. */
  day: z.number().int(),
  visibility: z.enum(['client', 'facilitator']),
  speakerName: z.string(),
  ownerId: Id.nullable(),
  dueDay: z.number().int().nullable(),
  status: ItemStatus,
  capturedAt: z.string(),
  /** When the follow-up last changed; null while it has none. */
  updatedAt: z.string().nullable(),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const FollowUpInput = z
  .object({
    noteId: Id,
    ownerId: Id.nullable().optional(),
    dueDay: z.number().int().min(1, { message: 'Days start at 1.' }).max(MAX_DAYS).nullable().optional(),
    status: ItemStatus.optional(),
  })
  .refine((v) => v.ownerId !== undefined || v.dueDay !== undefined || v.status !== undefined, { message: 'Name an owner, a due day or a status to change.' });
export type FollowUpInput = z.input<typeof FollowUpInput>;

/** The items of these notes, each with its follow-up or the first state; notes of other kinds are not items. */
export function itemsOf(notes: readonly Note[], followUps: readonly FollowUp[]): ActionItem[] {
  const byNote = new Map(followUps.map((f) => [f.noteId, f]));
  return notes.flatMap((note): ActionItem[] => {
    if (!isItemKind(note.kind) || note.deletedAt !== null) return [];
    const follow = byNote.get(note.id);
    return [
      {
        noteId: note.id,
        engagementId: note.engagementId,
        kind: note.kind,
        ref: note.ref,
        text: note.text,
        day: note.day,
        visibility: note.visibility,
        speakerName: note.speakerName,
        ownerId: follow?.ownerId ?? null,
        dueDay: follow?.dueDay ?? null,
        status: follow?.status ?? FIRST_STATUS[note.kind],
        capturedAt: note.capturedAt,
        updatedAt: follow?.updatedAt ?? null,
      },
    ];
  });
}

/** An open action whose due day has passed. */
export function isOverdue(item: Pick<ActionItem, 'kind' | 'status' | 'dueDay'>, today: number): boolean {
  return item.kind === 'action' && item.status === 'open' && item.dueDay !== null && item.dueDay < today;
}
