import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc/channels';
import { contract, type Handlers } from '../../../shared/ipc/contract';
import { createDispatcher, originOf } from '../../../shared/ipc/dispatch';
import { AppError } from '../../../shared/ipc/result';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

describe('dispatch', () => {
  it('creates through a valid request and returns the parsed output', async () => {
    const { dispatch } = newCore();
    const result = await dispatch(TRUSTED, 'engagements:create', { clientName: ' Acme ', pilotName: 'Triage', weekStart: '2026-03-02' });
    expect(result).toMatchObject({ ok: true, value: { clientName: 'Acme', pilotName: 'Triage', dayCount: 5, status: 'planned' } });
  });

  it('answers invalid_input with field messages for a malformed payload, and writes nothing', async () => {
    const { dispatch, core } = newCore();
    for (const payload of [
      { clientName: '', pilotName: 'x', weekStart: '2026-03-02' },
      { clientName: 'x', pilotName: 'x', weekStart: '02/03/2026' },
      { clientName: 42, pilotName: 'x', weekStart: '2026-03-02' },
      'not an object',
      [1, 2, 3],
    ]) {
      const result = await dispatch(TRUSTED, 'engagements:create', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    const bad = await dispatch(TRUSTED, 'engagements:create', { clientName: '', pilotName: 'x', weekStart: '2026-13-40' });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Client name is required. Use a date in the form YYYY-MM-DD.',
        fields: { clientName: 'Client name is required.', weekStart: 'Use a date in the form YYYY-MM-DD.' },
      },
    });
    expect(core.db.prepare('SELECT count(*) FROM engagements').pluck().get()).toBe(0);
  });

  it('refuses an unknown channel', async () => {
    const { dispatch } = newCore();
    const result = await dispatch(TRUSTED, 'engagements:drop-all', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses a sender that is not the app main frame, before touching the payload', async () => {
    const { dispatch, core } = newCore();
    const payload = { clientName: 'Evil', pilotName: 'x', weekStart: '2026-03-02' };
    for (const sender of [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'app://workshop/index.html', isMainFrame: false },
      { url: 'app://workshop.evil/index.html', isMainFrame: true },
      { url: 'file:///etc/passwd', isMainFrame: true },
      { url: undefined, isMainFrame: true },
    ]) {
      expect(await dispatch(sender, 'engagements:create', payload)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(core.db.prepare('SELECT count(*) FROM engagements').pluck().get()).toBe(0);
  });

  it('reports a handler AppError with its code, and an unexpected error as internal without swallowing it', async () => {
    const seen: unknown[] = [];
    const handlers = Object.fromEntries(REQUEST_CHANNELS.map((c) => [c, () => undefined])) as unknown as Handlers;
    handlers['engagements:get'] = () => {
      throw new AppError('not_found', 'Gone.');
    };
    handlers['engagements:list'] = () => {
      throw new TypeError('kaboom');
    };
    handlers['app:info'] = () => ({ wrong: 'shape' }) as never;
    const dispatch = createDispatcher({ handlers, trustedOrigin: 'app://workshop', onUnexpectedError: (e) => seen.push(e) });

    expect(await dispatch(TRUSTED, 'engagements:get', { id: '7b0a9a52-3c1e-4a53-9d55-0d7c4f7a1a11' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Gone.' },
    });
    expect(await dispatch(TRUSTED, 'engagements:list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error: kaboom' } });
    expect(await dispatch(TRUSTED, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(seen).toHaveLength(2);
  });

  it('reads origins of custom and standard schemes alike', () => {
    expect(originOf('app://workshop/index.html#/x')).toBe('app://workshop');
    expect(originOf('http://audit-workshop.test/index.html')).toBe('http://audit-workshop.test');
    expect(originOf('APP://Workshop/')).toBe('app://workshop');
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});

describe('contract', () => {
  it('names the same channels as the preload allow-list', () => {
    expect(Object.keys(contract).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('has a handler for every channel, and every output parses against its schema', async () => {
    const { dispatch, core, unexpected } = newCore();
    expect(Object.keys(core.handlers).sort()).toEqual([...REQUEST_CHANNELS].sort());

    const created = await dispatch(TRUSTED, 'engagements:create', { clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    // The engagement above is deleted before the cost channels run, so they get their own.
    const costEngagement = await dispatch(TRUSTED, 'engagements:create', { clientName: 'E', pilotName: 'F', weekStart: '2026-03-02' });
    if (!costEngagement.ok) throw new Error(costEngagement.error.message);
    const engagementId = (costEngagement.value as { id: string }).id;
    const scenario = await dispatch(TRUSTED, 'cost:create', { engagementId });
    if (!scenario.ok) throw new Error(scenario.error.message);
    const scenarioId = (scenario.value as { id: string }).id;
    const inputs = (scenario.value as { inputs: unknown }).inputs;
    const samples: Record<(typeof REQUEST_CHANNELS)[number], unknown> = {
      'app:info': {},
      'engagements:list': {},
      'engagements:get': { id },
      'engagements:create': { clientName: 'C', pilotName: 'D', weekStart: '2026-03-09' },
      'engagements:rename': { id, clientName: 'A2', pilotName: 'B2' },
      'engagements:archive': { id },
      'engagements:unarchive': { id },
      'engagements:delete': { id },
      'cost:list': { engagementId },
      'cost:create': { engagementId, name: 'Optimistic' },
      'cost:update': { id: scenarioId, inputs },
      'cost:duplicate': { id: scenarioId },
      'cost:rename': { id: scenarioId, name: 'Base case' },
      'cost:delete': { id: scenarioId },
    };
    for (const channel of REQUEST_CHANNELS) {
      const result = await dispatch(TRUSTED, channel, samples[channel]);
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      if (result.ok) expect(contract[channel].output.safeParse(result.value).success).toBe(true);
    }
    expect(unexpected).toEqual([]);
  });
});
