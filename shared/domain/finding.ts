import { z } from 'zod';
import { AUDIT_AREAS, type AuditArea } from './audit-areas';
import { Id, RowMeta, optionalText, requiredText } from './common';
import { MAX_DAYS } from './limits';
import { NoteVisibility } from './note';
import { AuditAreaSchema } from './session';
import { patchOf } from './update-schema';

export const FINDING_KINDS = ['risk', 'gap', 'strength', 'opportunity'] as const;
export const FindingKind = z.enum(FINDING_KINDS, { message: 'Choose a kind of finding.' });
export type FindingKind = z.infer<typeof FindingKind>;

/** Most severe first: the order of filters, legends and the presenter's readout. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const Severity = z.enum(SEVERITIES, { message: 'Choose a severity.' });
export type Severity = z.infer<typeof Severity>;

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export const Confidence = z.enum(CONFIDENCES, { message: 'Choose a confidence.' });
export type Confidence = z.infer<typeof Confidence>;

export const FINDING_STATUSES = ['open', 'validated', 'resolved', 'dropped'] as const;
export const FindingStatus = z.enum(FINDING_STATUSES, { message: 'Choose a status.' });
export type FindingStatus = z.infer<typeof FindingStatus>;

export const FINDING_KIND_LABELS: Record<FindingKind, string> = { risk: 'Risk', gap: 'Gap', strength: 'Strength', opportunity: 'Opportunity' };
export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = { open: 'Open', validated: 'Validated', resolved: 'Resolved', dropped: 'Dropped' };

export const MAX_VOTES = 999;
export const TITLE_LENGTH = 120;

/** A note linked to a finding as evidence, with what the board needs to show it without loading every note. */
export const Evidence = z.object({
  noteId: Id,
  ref: z.string(),
  day: z.number().int(),
  text: z.string(),
  visibility: NoteVisibility,
});
export type Evidence = z.infer<typeof Evidence>;

export const Finding = RowMeta.extend({
  engagementId: Id,
  /** "F3" once it has been client-visible, kept for good; "P1" while it never has been (see references.ts). */
  ref: z.string().regex(/^[FP]\d+$/),
  title: z.string(),
  body: z.string(),
  area: AuditAreaSchema,
  day: z.number().int().min(1).max(MAX_DAYS),
  kind: FindingKind,
  severity: Severity,
  confidence: Confidence,
  status: FindingStatus,
  ownerId: Id.nullable(),
  recommendation: z.string(),
  votes: z.number().int().min(0),
  /** Facilitator-only findings (promoted from a facilitator-only note) never reach the projector or a deliverable. */
  visibility: NoteVisibility,
  position: z.number().int().min(0),
  /** Live evidence only: a deleted note drops out here and comes back if its deletion is undone. */
  evidence: z.array(Evidence),
  deletedAt: z.string().nullable(),
});
export type Finding = z.infer<typeof Finding>;

const Day = z.number().int().min(1, { message: 'Days start at 1.' }).max(MAX_DAYS);

export const FindingFields = z.object({
  title: requiredText('Title', 300),
  body: optionalText('Details', 20_000).default(''),
  area: AuditAreaSchema,
  day: Day,
  kind: FindingKind.default('risk'),
  severity: Severity.default('medium'),
  confidence: Confidence.default('medium'),
  status: FindingStatus.default('open'),
  ownerId: Id.nullable().default(null),
  recommendation: optionalText('Recommendation', 5000).default(''),
  votes: z.number().int().min(0, { message: 'Votes cannot go below zero.' }).max(MAX_VOTES).default(0),
  visibility: NoteVisibility.default('client'),
});

export const FindingCreateInput = FindingFields.extend({ engagementId: Id });
export type FindingCreateInput = z.input<typeof FindingCreateInput>;
export const FindingUpdateInput = patchOf(FindingFields).extend({ id: Id });
export type FindingUpdateInput = z.input<typeof FindingUpdateInput>;

export const FindingMoveInput = z.object({ id: Id, toArea: AuditAreaSchema, toDay: Day, toIndex: z.number().int().min(0) });
export type FindingMoveInput = z.input<typeof FindingMoveInput>;

/** Where a finding sits after a move; a move returns only the findings whose place changed. */
export const FindingPlacement = z.object({ id: Id, area: AuditAreaSchema, day: z.number().int(), position: z.number().int().min(0) });
export type FindingPlacement = z.infer<typeof FindingPlacement>;

/** One change of day or area, kept so the card can tell how the team's view moved during the week. */
export const FindingMove = z.object({
  id: Id,
  findingId: Id,
  fromArea: AuditAreaSchema,
  fromDay: z.number().int(),
  toArea: AuditAreaSchema,
  toDay: z.number().int(),
  movedAt: z.string(),
});
export type FindingMove = z.infer<typeof FindingMove>;

/** A board cell's key: the findings in one area on one day form one ordered group. */
export function cellKey(area: AuditArea, day: number): string {
  return `${area}:${day}`;
}

export function parseCellKey(key: string): { area: AuditArea; day: number } {
  const [area, day] = key.split(':');
  if (!(AUDIT_AREAS as readonly string[]).includes(area ?? '')) throw new Error(`Not a cell key: ${key}`);
  return { area: area as AuditArea, day: Number(day) };
}

/** A note's first sentence, cut at a word to about 120 characters: the title a promoted finding starts with. */
export function titleFromText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(flat)?.[1] ?? flat;
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
