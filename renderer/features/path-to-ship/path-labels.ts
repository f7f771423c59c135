import { criterionById } from '../../../shared/assessment/audit-criteria';
import { PARTICIPANT_FUNCTION_LABELS, type Participant } from '../../../shared/domain/participant';
import type { DecidedBy } from '../../../shared/domain/path-to-ship';

export function participantName(participants: readonly Participant[], id: string | null): string | null {
  if (id === null) return null;
  return participants.find((p) => p.id === id)?.name ?? null;
}

export function participantRole(p: Participant): string {
  return p.title || PARTICIPANT_FUNCTION_LABELS[p.function];
}

export function decidedByText(participants: readonly Participant[], decidedBy: DecidedBy): string | null {
  if (decidedBy.kind === 'name') return decidedBy.name;
  if (decidedBy.kind === 'participant') {
    const p = participants.find((x) => x.id === decidedBy.participantId);
    return p ? `${p.name} (${participantRole(p)})` : null;
  }
  return null;
}

export function criterionTitle(id: string): string {
  return criterionById(id)?.title ?? id;
}

/** Text lists are edited one item per line. */
export const linesOf = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
