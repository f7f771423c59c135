import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { Dispatch } from '../../../shared/ipc/dispatch';
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
