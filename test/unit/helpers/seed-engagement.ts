import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { Dispatch } from '../../../shared/ipc/dispatch';
import { confirmedExport } from './confirmed-export';
import { TRUSTED } from './core';

/** Calls one channel as the app window would, failing the test on an error. */
export function caller(dispatch: Dispatch) {
  return async <T = { id: string }>(channel: string, payload: unknown): Promise<T> => {
    const result = await dispatch(TRUSTED, channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
}

/** An engagement with a row in every archived table, a deleted note among its notes. */
export async function seedEngagement(dispatch: Dispatch, clientName = 'Northwind') {
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName, pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  const id = engagement.id;
  const ana = await call('participants:create', { engagementId: id, name: 'Ana Silva', function: 'operator', daysAttended: [1, 2] });
  const session = await call('sessions:create', { engagementId: id, day: 1, title: 'Walkthrough', start: '16:00', end: '16:30' });
  const notes: Note[] = [];
  for (const [day, text] of [[1, 'They re-key every invoice'], [1, 'Month end doubles the load'], [2, 'No owner for the model']] as const) {
    notes.push(await call<Note>('notes:create', { engagementId: id, day, text, speakerId: ana.id, sessionId: day === 1 ? session.id : null, tags: ['ops'] }));
  }
  await call('notes:delete', { id: notes[1]!.id });
  await call('assessment:score-criterion', { engagementId: id, criterionId: 'pf-value-quantified', score: 'partly', comment: 'Sized' });
  await call('assessment:score-ml-test', { engagementId: id, testId: 'monitor-7', points: 0.5 });
  await call('assessment:rate-cause', { engagementId: id, causeId: 'wrong-owners', rating: 'major-risk', justification: 'No operators' });
  await call('cost:create', { engagementId: id, name: 'Base case' });
  return { engagement, notes, call };
}

/**
 * seedEngagement plus a row in every other table an archive carries, through the services: a
 * finding with evidence and a move, criterion evidence, the path to ship with links, systems and
 * RACI letters, a note and a finding made facilitator-only and client-visible again, one
 * confirmed export (the board picture, into the test core's export folder), and a deleted
 * session, participant, cost scenario, finding, phase, system and one link of each kind as
 * tombstones.
 */
export async function seedEveryTable(dispatch: Dispatch, clientName = 'Northwind') {
  const seeded = await seedEngagement(dispatch, clientName);
  const { engagement, notes, call } = seeded;
  const id = engagement.id;
  const bo = await call('participants:create', { engagementId: id, name: 'Bo Chen', function: 'data-ml' });
  await call('participants:delete', { id: (await call('participants:create', { engagementId: id, name: 'Left early', function: 'other' })).id });
  await call('sessions:delete', { id: (await call('sessions:create', { engagementId: id, day: 2, title: 'Cancelled', start: '10:00', end: '11:00' })).id });
  await call('cost:delete', { id: (await call('cost:create', { engagementId: id, name: 'Smaller model' })).id });

  const finding = await call('findings:create', { engagementId: id, title: 'Nobody owns the model', area: 'production-requirements', day: 2, ownerId: bo.id });
  await call('findings:link-note', { findingId: finding.id, noteId: notes[0]!.id });
  await call('findings:move', { id: finding.id, toArea: 'path-to-ship', toDay: 3, toIndex: 0 });
  await call('findings:delete', { id: (await call('findings:create', { engagementId: id, title: 'A worry that passed', area: 'approach', day: 1 })).id });
  await call('assessment:add-evidence', { engagementId: id, criterionId: 'pf-value-quantified', kind: 'note', targetId: notes[0]!.id });
  await call('assessment:add-evidence', { engagementId: id, criterionId: 'pf-value-quantified', kind: 'finding', targetId: finding.id });

  await call('path:set-recommendation', {
    engagementId: id,
    decision: 'conditional-go',
    rationale: 'Ship once someone owns the model.',
    conditions: ['Name a model owner'],
    criterionIds: ['pf-value-quantified'],
    findingIds: [finding.id],
    decidedBy: { kind: 'participant', participantId: bo.id },
    decidedOn: '2026-03-06',
  });
  await call('path:add-phase', { engagementId: id, name: 'Harden', targetWeek: 4, ownerId: bo.id, criterionIds: ['pf-success-metrics'], findingIds: [finding.id] });
  const sap = await call<{ systems: { id: string }[] }>('path:save-system', { engagementId: id, name: 'SAP' });
  await call('path:set-raci', { engagementId: id, responsibility: 'monitoring', systemId: null, participantId: bo.id, role: 'A' });
  await call('path:set-raci', { engagementId: id, responsibility: 'integration', systemId: sap.systems[0]!.id, participantId: bo.id, role: 'R' });

  // One removed row of each kind that keeps tombstones: a phase, a system, and each kind of link.
  await call('findings:link-note', { findingId: finding.id, noteId: notes[2]!.id });
  await call('findings:unlink-note', { findingId: finding.id, noteId: notes[2]!.id });
  const dropped = await call('assessment:add-evidence', { engagementId: id, criterionId: 'pf-value-quantified', kind: 'note', targetId: notes[2]!.id });
  await call('assessment:remove-evidence', { engagementId: id, evidenceId: dropped.id });
  const draft = await call<{ phases: { id: string; name: string }[] }>('path:add-phase', { engagementId: id, name: 'Dropped', targetWeek: 2, ownerId: null, criterionIds: [], findingIds: [] });
  await call('path:delete-phase', { id: draft.phases.find((p) => p.name === 'Dropped')!.id });
  const crm = await call<{ systems: { id: string; name: string }[] }>('path:save-system', { engagementId: id, name: 'Legacy CRM' });
  await call('path:delete-system', { id: crm.systems.find((s) => s.name === 'Legacy CRM')!.id });
  await call('path:set-raci', { engagementId: id, responsibility: 'budget', systemId: null, participantId: bo.id, role: 'C' });
  await call('path:set-raci', { engagementId: id, responsibility: 'budget', systemId: null, participantId: bo.id, role: null });
  await call('path:update-phase', { id: draft.phases.find((p) => p.name === 'Harden')!.id, name: 'Harden', targetWeek: 4, ownerId: bo.id, criterionIds: [], findingIds: [finding.id] });

  for (const visibility of ['facilitator', 'client']) {
    await call('notes:update', { id: notes[2]!.id, visibility });
    await call('findings:update', { id: finding.id, visibility });
  }
  // An action followed up, and a check-in with one participant checked out again as the tombstone.
  const action = await call<Note>('notes:create', { engagementId: id, day: 2, text: 'Bo names a model owner', kind: 'action' });
  await call('actions:follow-up', { noteId: action.id, ownerId: bo.id, dueDay: 3, status: 'open' });
  const walkthrough = notes[0]!.sessionId!;
  await call('attendance:set', { sessionId: walkthrough, participantId: bo.id, present: true });
  await call('attendance:set', { sessionId: walkthrough, participantId: notes[0]!.speakerId!, present: true });
  await call('attendance:set', { sessionId: walkthrough, participantId: bo.id, present: false });
  const exported = await confirmedExport(dispatch, { engagementId: id, scope: { kind: 'board' } });
  if (!exported.ok) throw new Error(`deliverables:export: ${exported.error.message}`);
  return { ...seeded, finding, bo };
}
