import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../../shared/domain/room';
import { call, useTestCore } from '../../helpers/core';

/** The TCP sockets this process listens on, from Linux's /proc: its own socket inodes that are in LISTEN state. */
function listeningSockets(): number {
  const own = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) own.add(inode);
    } catch {
      // A descriptor closed while being listed is not a socket of ours any more.
    }
  }
  let count = 0;
  for (const table of ['/proc/self/net/tcp', '/proc/self/net/tcp6']) {
    const lines = readFileSync(table, 'utf8').trim().split('\n').slice(1);
    // Columns: sl, local, remote, state (0A is LISTEN), ..., inode is the tenth.
    for (const columns of lines.map((line) => line.trim().split(/\s+/))) if (columns[3] === '0A' && own.has(columns[9]!)) count += 1;
  }
  return count;
}

const newCore = useTestCore();

describe.runIf(process.platform === 'linux')('with Room mode off', () => {
  it('the app listens on no socket; on, on exactly two; stopped, on none again', async () => {
    const before = listeningSockets();
    const { dispatch } = newCore();
    expect(listeningSockets()).toBe(before);
    const engagement = await call<{ id: string }>(dispatch, 'engagements:create', { clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    const [session] = await call<{ id: string }[]>(dispatch, 'sessions:list', { engagementId: engagement.id });
    expect(await call<RoomStatus>(dispatch, 'room:status')).toEqual({ running: false, stoppedBecause: null });
    expect(listeningSockets()).toBe(before);
    await call(dispatch, 'room:start', { engagementId: engagement.id, sessionId: session!.id, address: '127.0.0.1' });
    expect(listeningSockets()).toBe(before + 2);
    await call(dispatch, 'room:stop');
    expect(listeningSockets()).toBe(before);
  });
});
