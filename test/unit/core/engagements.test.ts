import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import { fakeClock } from '../helpers/clock';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

async function call<T>(dispatch: ReturnType<ReturnType<typeof useTestCore>>['dispatch'], channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(TRUSTED, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('engagements', () => {
  it('are stored with their device, listed newest week first, and archived ones hidden unless asked', async () => {
    const { dispatch, core } = newCore();
    const a = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'A', pilotName: 'P1', weekStart: '2026-03-02' });
    const b = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'B', pilotName: 'P2', weekStart: '2026-05-04' });
    expect(a.deviceId).toBe(core.deviceId);
    expect((await call<Engagement[]>(dispatch, 'engagements:list', {})).map((e) => e.clientName)).toEqual(['B', 'A']);

    await call(dispatch, 'engagements:archive', { id: b.id });
    expect((await call<Engagement[]>(dispatch, 'engagements:list', {})).map((e) => e.clientName)).toEqual(['A']);
    const all = await call<Engagement[]>(dispatch, 'engagements:list', { includeArchived: true });
    expect(all.map((e) => [e.clientName, e.archivedAt !== null])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    await call(dispatch, 'engagements:unarchive', { id: b.id });
    expect(await call<Engagement[]>(dispatch, 'engagements:list', {})).toHaveLength(2);
  });

  it('rename updates the names and the update time, and keeps the rest', async () => {
    const clock = fakeClock();
    const { dispatch } = newCore({ now: clock.now });
    const a = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'A', pilotName: 'P1', weekStart: '2026-03-02' });
    clock.advance(60_000);
    const renamed = await call<Engagement>(dispatch, 'engagements:rename', { id: a.id, clientName: 'Acme', pilotName: 'Claims' });
    expect(renamed).toMatchObject({ id: a.id, clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02', createdAt: a.createdAt });
    expect(renamed.updatedAt > a.updatedAt).toBe(true);
    expect(await call(dispatch, 'engagements:get', { id: a.id })).toEqual(renamed);
  });

  it('delete removes the row; a second delete or a get says it no longer exists', async () => {
    const { dispatch, core } = newCore();
    const a = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'A', pilotName: 'P1', weekStart: '2026-03-02' });
    await call(dispatch, 'engagements:delete', { id: a.id });
    expect(core.db.prepare('SELECT count(*) FROM engagements').pluck().get()).toBe(0);
    expect(await dispatch(TRUSTED, 'engagements:delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(TRUSTED, 'engagements:get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps the same device id across reopenings of the file', async () => {
    const { core } = newCore();
    const row = core.db.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get();
    expect(row).toBe(core.deviceId);
  });

  it('a full disk is reported in plain words and nothing saved before is lost', async () => {
    const { dispatch, core } = newCore();
    await call(dispatch, 'engagements:create', { clientName: 'Saved', pilotName: 'Before', weekStart: '2026-03-02' });
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    let result;
    for (let i = 0; i < 200; i++) {
      result = await dispatch(TRUSTED, 'engagements:create', { clientName: 'x'.repeat(190), pilotName: 'y'.repeat(190), weekStart: '2026-03-02' });
      if (!result.ok) break;
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full', message: expect.stringMatching(/disk is full/) } });
    expect(core.db.prepare("SELECT count(*) FROM engagements WHERE client_name = 'Saved'").pluck().get()).toBe(1);
    expect(core.db.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
