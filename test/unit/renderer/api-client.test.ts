import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { EVENT_CHANNELS, type EventChannel } from '../../../shared/ipc/channels';
import { eventContract, pushEvent } from '../../../shared/ipc/events-contract';
import { createApiClient } from '../../../renderer/lib/api-client';

/** A bridge whose events the test pushes by hand, as main would over IPC. */
function fakeBridge() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: Bridge = {
    invoke: () => Promise.reject(new Error('no requests in this test')),
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  const push = (channel: EventChannel, payload?: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  return { bridge, push };
}

describe('push events', () => {
  it('the event contract names exactly the channels the preload lets through', () => {
    expect(Object.keys(eventContract).sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('a listener receives each payload that matches its channel, and never one that does not', () => {
    const { bridge, push } = fakeBridge();
    const malformed: string[] = [];
    const api = createApiClient(bridge, (channel) => malformed.push(channel));
    const progress: unknown[] = [];
    const commands: string[] = [];
    const off = api.on('deliverables:progress', (p) => progress.push(p));
    api.on('menu:command', (command) => commands.push(command));

    push('deliverables:progress', { done: 1, total: 9, file: 'Audit report.pdf' });
    push('deliverables:progress', { done: 'one', total: 9, file: null });
    push('menu:command', 'presenter-mode');
    push('menu:command', 'format-disk');
    off();
    push('deliverables:progress', { done: 2, total: 9, file: null });

    expect(progress).toEqual([{ done: 1, total: 9, file: 'Audit report.pdf' }]);
    expect(commands).toEqual(['presenter-mode']);
    expect(malformed).toEqual(['deliverables:progress', 'menu:command']);
  });

  it('main pushes through one typed function; a question without payload sends none', () => {
    const sent: unknown[][] = [];
    const target = { send: (...args: unknown[]) => sent.push(args) };
    pushEvent(target, 'app:before-quit');
    pushEvent(target, 'menu:command', 'export-week-pack');
    pushEvent(null, 'menu:command', 'export-week-pack');
    expect(sent).toEqual([['app:before-quit'], ['menu:command', 'export-week-pack']]);
  });
});
