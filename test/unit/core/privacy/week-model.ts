import { STATUSES_OF, isItemKind, type FollowUp } from '../../../../shared/domain/action-item';
import type { Finding } from '../../../../shared/domain/finding';
import type { Note } from '../../../../shared/domain/note';
import type { Dispatch } from '../../../../shared/ipc/dispatch';
import { caller } from '../../helpers/seed-engagement';
import { findingState, noteState, type FacilitatorOp, type FindingState, type NoteState } from './facilitator-ops';

export interface WeekPeople {
  engagementId: string;
  /** Two participants: who speaks a note or owns a finding. */
  people: readonly [string, string];
  /** A session on day 1 a note can be filed under. */
  sessionId: string;
}

/**
 * Runs facilitator operations through the real dispatcher and keeps what each note and finding
 * must then hold: the fields an operation names take the new value, every other field stays.
 */
export function createWeekModel(dispatch: Dispatch, week: WeekPeople, nextToken: () => string) {
  const call = caller(dispatch);
  const notes = new Map<string, NoteState>();
  const findings = new Map<string, FindingState>();
  /** The follow-up each action or decision note must hold; a note whose kind changes loses its own. */
  const followUps = new Map<string, Pick<FollowUp, 'ownerId' | 'dueDay' | 'status'>>();

  const among = <T extends { deleted: boolean }>(items: Map<string, T>, deleted: boolean, n: number): T | undefined => {
    const candidates = [...items.values()].filter((item) => item.deleted === deleted);
    return candidates.length === 0 ? undefined : candidates[n % candidates.length];
  };
  const personOf = (index: number | null) => (index === null ? null : week.people[index]!);
  const seeNote = (state: NoteState, change: Partial<NoteState>) => {
    const next = { ...state, ...change };
    notes.set(state.id, { ...next, everClientVisible: state.everClientVisible || (next.visibility === 'client' && !next.deleted) });
  };
  const seeFinding = (state: FindingState, change: Partial<FindingState>) => {
    const next = { ...state, ...change };
    findings.set(state.id, { ...next, everClientVisible: state.everClientVisible || (next.visibility === 'client' && !next.deleted) });
  };

  async function apply(op: FacilitatorOp): Promise<void> {
    switch (op.op) {
      case 'add-note': {
        const note = await call<Note>('notes:create', {
          engagementId: week.engagementId,
          day: op.day,
          text: `Heard ${nextToken()} about the invoices.`,
          area: op.area,
          kind: op.kind,
          speakerId: personOf(op.speaker),
          visibility: op.visibility,
        });
        notes.set(note.id, noteState(note));
        return;
      }
      case 'edit-note': {
        const target = among(notes, false, op.target);
        if (!target) return;
        const { text, session, speaker, ...plain } = op.edit;
        const change: Partial<NoteState> = { ...plain };
        if (text) change.text = `Then ${nextToken()} came up.`;
        if (session !== undefined) change.sessionId = session ? week.sessionId : null;
        if (speaker !== undefined) change.speakerId = personOf(speaker);
        await call('notes:update', { id: target.id, ...change });
        if (change.kind !== undefined && change.kind !== target.kind) followUps.delete(target.id);
        seeNote(target, change);
        return;
      }
      case 'follow-up': {
        const target = among(notes, false, op.target);
        if (!target || !isItemKind(target.kind) || !STATUSES_OF[target.kind].includes(op.status)) return;
        const change = { ownerId: personOf(op.owner), dueDay: op.dueDay, status: op.status };
        await call('actions:follow-up', { noteId: target.id, ...change });
        followUps.set(target.id, change);
        return;
      }
      case 'pin-note':
      case 'toggle-note': {
        const target = among(notes, false, op.target);
        if (!target) return;
        const change = op.op === 'pin-note' ? { pinned: op.pinned } : { visibility: op.visibility };
        await call('notes:update', { id: target.id, ...change });
        seeNote(target, change);
        return;
      }
      case 'delete-note':
      case 'restore-note': {
        const target = among(notes, op.op === 'restore-note', op.target);
        if (!target) return;
        await call(op.op === 'delete-note' ? 'notes:delete' : 'notes:restore', { id: target.id });
        seeNote(target, { deleted: op.op === 'delete-note' });
        return;
      }
      case 'add-finding': {
        const finding = await call<Finding>('findings:create', {
          engagementId: week.engagementId,
          title: `Finding ${nextToken()}`,
          body: `Because ${nextToken()}.`,
          area: op.area,
          day: op.day,
          visibility: op.visibility,
        });
        findings.set(finding.id, findingState(finding));
        return;
      }
      case 'edit-finding': {
        const target = among(findings, false, op.target);
        if (!target) return;
        const { title, body, recommendation, owner, ...plain } = op.edit;
        const change: Partial<FindingState> = { ...plain };
        if (title) change.title = `Finding ${nextToken()}`;
        if (body) change.body = `Because ${nextToken()}.`;
        if (recommendation) change.recommendation = `Do ${nextToken()}.`;
        if (owner !== undefined) change.ownerId = personOf(owner);
        await call('findings:update', { id: target.id, ...change });
        seeFinding(target, change);
        return;
      }
      case 'toggle-finding': {
        const target = among(findings, false, op.target);
        if (!target) return;
        await call('findings:update', { id: target.id, visibility: op.visibility });
        seeFinding(target, { visibility: op.visibility });
        return;
      }
      case 'promote-note': {
        const target = among(notes, false, op.target);
        if (!target) return;
        const finding = await call<Finding>('findings:promote-note', { noteId: target.id, area: op.area });
        // A promoted finding is private when its note is: the only thing promotion may not choose.
        if (finding.visibility !== target.visibility) throw new Error(`A ${target.visibility} note was promoted to a ${finding.visibility} finding.`);
        findings.set(finding.id, findingState(finding));
        return;
      }
      case 'link-note': {
        const finding = among(findings, false, op.target);
        const note = among(notes, false, op.note);
        if (!finding || !note) return;
        await call('findings:link-note', { findingId: finding.id, noteId: note.id });
        return;
      }
      case 'move-finding': {
        const target = among(findings, false, op.target);
        if (!target) return;
        await call('findings:move', { id: target.id, toArea: op.area, toDay: op.day, toIndex: op.toIndex });
        seeFinding(target, { area: op.area, day: op.day });
        return;
      }
      case 'delete-finding':
      case 'restore-finding': {
        const target = among(findings, op.op === 'restore-finding', op.target);
        if (!target) return;
        await call(op.op === 'delete-finding' ? 'findings:delete' : 'findings:restore', { id: target.id });
        seeFinding(target, { deleted: op.op === 'delete-finding' });
        return;
      }
    }
  }

  return { apply, notes, findings, followUps };
}

export type WeekModel = ReturnType<typeof createWeekModel>;
