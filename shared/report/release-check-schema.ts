import { z } from 'zod';
import { NoteVisibility } from '../domain/note';

/*
 * The release check: what an export is about to give the client, as the facilitator confirms it
 * before any file is written. A schema, because it crosses IPC and is stored with the release.
 * Every string is plain text.
 */

export const RELEASE_ITEM_KINDS = ['note', 'finding'] as const;
export const ReleaseItemKind = z.enum(RELEASE_ITEM_KINDS);
export type ReleaseItemKind = z.infer<typeof ReleaseItemKind>;

/** One change of a note's or a finding's visibility, recorded with the change itself. */
export interface VisibilityChange {
  id: string;
  engagementId: string;
  itemKind: ReleaseItemKind;
  itemId: string;
  from: NoteVisibility;
  to: NoteVisibility;
  changedAt: string;
  deviceId: string;
}

/** A client-visible note or finding at the moment of a release, by a digest of what the client reads of it. */
export const ReleaseItem = z.object({ kind: ReleaseItemKind, id: z.string().min(1).max(100), ref: z.string().max(20), digest: z.string().max(40) });
export type ReleaseItem = z.infer<typeof ReleaseItem>;
export const ReleaseItems = z.array(ReleaseItem);

const DayCount = z.object({
  day: z.number().int(),
  label: z.string(),
  /** Null when this export carries no notes at all (the board picture). */
  notes: z.number().int().nullable(),
  findings: z.number().int(),
});

/** Notes and findings added, edited or removed since the last release: counts, and a few of them named. */
const ChangeGroup = z.object({ notes: z.number().int(), findings: z.number().int(), examples: z.array(z.string()) });
export type ChangeGroup = z.infer<typeof ChangeGroup>;

export const ReleaseCheck = z.object({
  /** Changes whenever anything below changes; the export quotes it back to prove this list was seen. */
  digest: z.string(),
  title: z.string(),
  files: z.array(z.string()),
  counts: z.object({
    rows: z.array(DayCount),
    total: DayCount.omit({ day: true, label: true }),
    /** What the note column counts for this kind of export. */
    explanation: z.string(),
  }),
  names: z.object({
    redacted: z.boolean(),
    /** Participants whose name (or part of it) appears in what goes out; shownAs is what the client reads. */
    people: z.array(z.object({ name: z.string(), role: z.string(), shownAs: z.string() })),
    /** The cover of the report names the facilitators; redaction leaves them. */
    facilitators: z.array(z.string()),
  }),
  /** Items that were facilitator-only at some point and are client-visible in this export. */
  previouslyPrivate: z.array(
    z.object({
      kind: ReleaseItemKind,
      ref: z.string(),
      excerpt: z.string(),
      changedAt: z.string(),
      deviceId: z.string(),
      /** "this laptop", or another laptop by the start of its device id. */
      changedBy: z.string(),
      /** Made client-visible after the engagement's last release; false before its first. */
      sinceLastRelease: z.boolean(),
    }),
  ),
  emptySections: z.array(z.object({ section: z.string(), detail: z.string() })),
  /** Null before the engagement's first release. */
  sinceLast: z
    .object({
      title: z.string(),
      confirmedAt: z.string(),
      changedBy: z.string(),
      added: ChangeGroup,
      edited: ChangeGroup,
      removed: ChangeGroup,
    })
    .nullable(),
});
export type ReleaseCheck = z.infer<typeof ReleaseCheck>;

/** What the check needs of the engagement's last release. */
export interface PreviousRelease {
  title: string;
  confirmedAt: string;
  deviceId: string;
  items: readonly ReleaseItem[];
}
