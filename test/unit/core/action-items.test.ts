import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../shared/domain/action-item';
import type { SessionAttendance } from '../../../shared/domain/attendance';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { IpcResult } from '../../../shared/ipc/result';
import { TRUSTED, useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();

async function setup() {
  const { dispatch, core } = newCore();
  const raw = (channel: string, payload: unknown) => dispatch(TRUSTED, channel, payload) as Promise<IpcResult<unknown>>;
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 3 } });
  const ana = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Ana Silva', function: 'operator' });
  const note = (text: string, kind: string, extra: object = {}) => call<Note>('notes:create', { engagementId: engagement.id, day: 1, text, kind, ...extra });
  const items = () => call<ActionItem[]>('actions:list', { engagementId: engagement.id });
  return { call, raw, core, engagement, ana, note, items };
}

describe('actions and decisions', () => {
  it('are the notes marked !action or !decision, open or taken, with nobody and no day until followed up', async () => {
    const { note, items } = await setup();
    await note('Re-keying costs two people', 'observation');
    const action = await note('Ana sends the exception log', 'action');
    const decision = await note('Pilot stays on one supplier', 'decision');
    expect((await items()).map((i) => [i.noteId, i.kind, i.status, i.ownerId, i.dueDay])).toEqual([
      [action.id, 'action', 'open', null, null],
      [decision.id, 'decision', 'taken', null, null],
    ]);
  });

  it('keep the owner, due day and status set, and change only the one named', async () => {
    const { call, core, note, items, ana } = await setup();
    const action = await note('Ana sends the exception log', 'action');
    await call('actions:follow-up', { noteId: action.id, ownerId: ana.id, dueDay: 2 });
    await call('actions:follow-up', { noteId: action.id, status: 'done' });
    expect(await items()).toMatchObject([{ noteId: action.id, ownerId: ana.id, dueDay: 2, status: 'done' }]);
    expect(core.db.prepare('SELECT owner_id, due_day, status FROM action_items').all()).toEqual([{ owner_id: ana.id, due_day: 2, status: 'done' }]);
  });

  it('follow their note: unmarking removes the item, a delete hides it and undo brings it back as it was', async () => {
    const { call, core, note, items, ana } = await setup();
    const action = await note('Ana sends the exception log', 'action');
    await call('actions:follow-up', { noteId: action.id, ownerId: ana.id, status: 'dropped' });

    await call('notes:delete', { id: action.id });
    expect(await items()).toEqual([]);
    await call('notes:restore', { id: action.id });
    expect(await items()).toMatchObject([{ noteId: action.id, ownerId: ana.id, status: 'dropped' }]);

    await call('notes:update', { id: action.id, kind: 'observation' });
    expect(await items()).toEqual([]);
    expect(core.db.prepare('SELECT count(*) FROM action_items').pluck().get()).toBe(0);
    // Marked again, it starts afresh: the old status meant something about the old mark.
    await call('notes:update', { id: action.id, kind: 'decision' });
    expect(await items()).toMatchObject([{ noteId: action.id, kind: 'decision', ownerId: null, status: 'taken' }]);
  });

  it('refuse a status of the other kind, a day outside the week, an owner from elsewhere and a note that is no item, changing nothing', async () => {
    const { call, raw, note, items, ana } = await setup();
    const decision = await note('Pilot stays on one supplier', 'decision');
    const plain = await note('Just a remark', 'observation');
    const other = await call<Engagement>('engagements:create', { clientName: 'Other', pilotName: 'P', weekStart: '2026-03-02' });
    const stranger = await call<Participant>('participants:create', { engagementId: other.id, name: 'Sam', function: 'finance' });
    const refused = [
      await raw('actions:follow-up', { noteId: decision.id, status: 'done' }),
      await raw('actions:follow-up', { noteId: decision.id, dueDay: 4 }),
      await raw('actions:follow-up', { noteId: decision.id, ownerId: stranger.id }),
      await raw('actions:follow-up', { noteId: plain.id, ownerId: ana.id }),
    ];
    expect(refused.map((r) => (r.ok ? 'saved' : r.error.message))).toEqual([
      'A decision is taken or revisited, not done.',
      'This engagement has 3 days; day 4 is outside it.',
      'The owner must be a participant of this engagement. Add them under Setup first.',
      'Only a note marked as an action or a decision has an owner, a due day and a status. Mark it !action or !decision first.',
    ]);
    expect(await items()).toMatchObject([{ noteId: decision.id, ownerId: null, dueDay: null, status: 'taken' }]);
  });

  it('lose their owner when the participant is removed', async () => {
    const { call, note, items, ana } = await setup();
    const action = await note('Ana sends the exception log', 'action');
    await call('actions:follow-up', { noteId: action.id, ownerId: ana.id, dueDay: 2 });
    await call('participants:delete', { id: ana.id });
    expect(await items()).toMatchObject([{ ownerId: null, dueDay: 2 }]);
  });
});

describe('attendance', () => {
  it('checks participants in to a session and out again, per session', async () => {
    const { call, raw, engagement, ana } = await setup();
    const bo = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Bo Chen', function: 'it-integration' });
    const kickoff = await call('sessions:create', { engagementId: engagement.id, day: 1, title: 'Kickoff', start: '09:00', end: '10:00' });
    await call('attendance:set', { sessionId: kickoff.id, participantId: ana.id, present: true });
    expect(await call('attendance:set', { sessionId: kickoff.id, participantId: bo.id, present: true })).toEqual({ sessionId: kickoff.id, participantIds: [ana.id, bo.id] });
    await call('attendance:set', { sessionId: kickoff.id, participantId: ana.id, present: false });
    expect(await call<SessionAttendance[]>('attendance:list', { engagementId: engagement.id })).toEqual([{ sessionId: kickoff.id, participantIds: [bo.id] }]);
    const other = await call<Engagement>('engagements:create', { clientName: 'Other', pilotName: 'P', weekStart: '2026-03-02' });
    const stranger = await call<Participant>('participants:create', { engagementId: other.id, name: 'Sam', function: 'finance' });
    const refused = await raw('attendance:set', { sessionId: kickoff.id, participantId: stranger.id, present: true });
    expect(refused.ok ? 'saved' : refused.error.message).toBe('Only a participant of this engagement can be checked in. Add them under Setup first.');
  });
});
