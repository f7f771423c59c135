import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { IpcResult } from '../../../shared/ipc/result';
import { caller } from '../helpers/seed-engagement';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

async function setup() {
  const { dispatch } = newCore();
  const raw = (channel: string, payload: unknown) => dispatch(TRUSTED, channel, payload) as Promise<IpcResult<unknown>>;
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
  const add = (day: number, text: string) => call<Note>('notes:create', { engagementId: engagement.id, day, text });
  return { call, raw, engagement, add };
}

describe('notes:get', () => {
  it('returns one note with the day it is on now, after it was moved', async () => {
    const { call, add } = await setup();
    const note = await add(1, 'Invoices arrive by fax');
    await call('notes:update', { id: note.id, day: 3 });
    const found = await call<Note>('notes:get', { id: note.id });
    expect([found.ref, found.day, found.text]).toEqual(['D1-001', 3, 'Invoices arrive by fax']);
  });

  it('says a deleted or unknown note no longer exists', async () => {
    const { call, raw, add } = await setup();
    const note = await add(2, 'gone soon');
    await call('notes:delete', { id: note.id });
    for (const id of [note.id, '00000000-0000-4000-8000-000000000000']) {
      const result = await raw('notes:get', { id });
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That note no longer exists. It may have been deleted.' } });
    }
  });
});

describe('notes:latest', () => {
  it('lists the newest notes first, the last day before earlier ones, leaving out deleted notes and other engagements', async () => {
    const { call, engagement, add } = await setup();
    const other = await call<Engagement>('engagements:create', { clientName: 'Contoso', pilotName: 'Claims', weekStart: '2026-03-09' });
    await call('notes:create', { engagementId: other.id, day: 3, text: 'someone else' });
    await add(1, 'd1 first');
    await add(3, 'd3 first');
    await add(2, 'd2 first');
    const doomed = await add(3, 'd3 deleted');
    await add(3, 'd3 second');
    await add(1, 'd1 second');
    await call('notes:delete', { id: doomed.id });
    const latest = await call<Note[]>('notes:latest', { engagementId: engagement.id, limit: 4 });
    expect(latest.map((n) => n.text)).toEqual(['d3 second', 'd3 first', 'd2 first', 'd1 second']);
    expect((await call<Note[]>('notes:latest', { engagementId: engagement.id })).map((n) => n.text)).toEqual([
      'd3 second',
      'd3 first',
      'd2 first',
      'd1 second',
      'd1 first',
    ]);
  });

  it('refuses a limit out of range and an engagement that is gone, changing nothing', async () => {
    const { raw, engagement } = await setup();
    expect(await raw('notes:latest', { engagementId: engagement.id, limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await raw('notes:latest', { engagementId: engagement.id, limit: 201 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await raw('notes:latest', { engagementId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
