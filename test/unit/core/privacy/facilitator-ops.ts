import fc from 'fast-check';
import { ITEM_STATUSES } from '../../../../shared/domain/action-item';
import { AUDIT_AREAS, type AuditArea } from '../../../../shared/domain/audit-areas';
import { FINDING_KINDS, FINDING_STATUSES, SEVERITIES, type Finding } from '../../../../shared/domain/finding';
import { NOTE_KINDS, type Note, type NoteVisibility } from '../../../../shared/domain/note';

/**
 * What a facilitator does to notes and findings during a week, as data fast-check can generate
 * and shrink. An operation names its target by a number that picks among the live (or deleted)
 * items when it runs, so any sequence stays meaningful whatever came before it.
 */

export const DAYS = 3;
const day = fc.integer({ min: 1, max: DAYS });
const area = fc.constantFrom<AuditArea>(...AUDIT_AREAS);
const visibility = fc.constantFrom<NoteVisibility>('client', 'facilitator');
const pick = fc.nat(40);
/** Which participant speaks or owns: an index into the engagement's people, or nobody. */
const person = fc.option(fc.nat(1), { nil: null });

const noteEdit = fc.record(
  {
    text: fc.constant(true),
    day,
    session: fc.boolean(),
    area: fc.option(area, { nil: null }),
    kind: fc.constantFrom(...NOTE_KINDS),
    speaker: person,
    tags: fc.array(fc.constantFrom('ops', 'sap', 'people', 'month-end'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const findingEdit = fc.record(
  {
    title: fc.constant(true),
    body: fc.constant(true),
    recommendation: fc.constant(true),
    kind: fc.constantFrom(...FINDING_KINDS),
    severity: fc.constantFrom(...SEVERITIES),
    status: fc.constantFrom(...FINDING_STATUSES),
    owner: person,
    votes: fc.nat(9),
  },
  { requiredKeys: [] },
);

export const facilitatorOp = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('add-note' as const), day, area: fc.option(area, { nil: null }), kind: fc.constantFrom(...NOTE_KINDS), speaker: person, visibility }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('edit-note' as const), target: pick, edit: noteEdit }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('pin-note' as const), target: pick, pinned: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('toggle-note' as const), target: pick, visibility }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-note' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore-note' as const), target: pick }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('follow-up' as const), target: pick, owner: person, dueDay: fc.option(day, { nil: null }), status: fc.constantFrom(...ITEM_STATUSES) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add-finding' as const), day, area, visibility }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit-finding' as const), target: pick, edit: findingEdit }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('toggle-finding' as const), target: pick, visibility }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('promote-note' as const), target: pick, area }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('link-note' as const), target: pick, note: pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('move-finding' as const), target: pick, area, day, toIndex: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-finding' as const), target: pick }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore-finding' as const), target: pick }) },
);
export type FacilitatorOp = typeof facilitatorOp extends fc.Arbitrary<infer T> ? T : never;

/** The fields of a note the facilitator controls, as the model expects them to be stored. */
export type NoteState = Pick<Note, 'id' | 'text' | 'day' | 'sessionId' | 'area' | 'kind' | 'speakerId' | 'tags' | 'visibility' | 'pinned'> & {
  deleted: boolean;
  everClientVisible: boolean;
};
export type FindingState = Pick<
  Finding,
  'id' | 'title' | 'body' | 'area' | 'day' | 'kind' | 'severity' | 'confidence' | 'status' | 'ownerId' | 'recommendation' | 'votes' | 'visibility'
> & { deleted: boolean; everClientVisible: boolean };

export const NOTE_FIELDS = ['text', 'day', 'sessionId', 'area', 'kind', 'speakerId', 'tags', 'visibility', 'pinned'] as const;
export const FINDING_FIELDS = ['title', 'body', 'area', 'day', 'kind', 'severity', 'confidence', 'status', 'ownerId', 'recommendation', 'votes', 'visibility'] as const;

export function noteState(note: Note): NoteState {
  const { id, text, day: d, sessionId, area: a, kind, speakerId, tags, visibility: v, pinned } = note;
  return { id, text, day: d, sessionId, area: a, kind, speakerId, tags, visibility: v, pinned, deleted: note.deletedAt !== null, everClientVisible: v === 'client' };
}

export function findingState(finding: Finding): FindingState {
  const state = Object.fromEntries(FINDING_FIELDS.map((field) => [field, finding[field]])) as Omit<FindingState, 'id' | 'deleted' | 'everClientVisible'>;
  return { id: finding.id, ...state, deleted: finding.deletedAt !== null, everClientVisible: finding.visibility === 'client' };
}

/** Words no person writes, each used once, so finding one in an output says exactly where it came from. */
export function tokenMaker(prefix: string) {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(4, '0')}q`;
}

/** Every token in a text. */
export function tokensIn(text: string, prefix: string): string[] {
  return text.match(new RegExp(`${prefix}\\d{4}q`, 'g')) ?? [];
}
