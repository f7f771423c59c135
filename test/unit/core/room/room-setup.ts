import type { RoomStatus, RunningRoom } from '../../../../shared/domain/room';
import type { Session } from '../../../../shared/domain/session';
import type { RoomHost } from '../../../../electron/core/room/room-service';
import { call, useTestCore, type TestCore } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';
import { fakePages } from './room-client';

export interface RoomFixture extends TestCore {
  engagementId: string;
  session: Session;
  room: RunningRoom;
  /** Every status the window was told, in order. */
  changes: RoomStatus[];
  /** Resolves with the first status told to the window (already or from now on) that passes the check. */
  told(check: (status: RoomStatus) => boolean): Promise<RoomStatus>;
  call<T>(channel: string, payload?: unknown): Promise<T>;
}

/** A core with an engagement of the standard week and Room mode on for its first session, on loopback. */
export function useRoom(): (host?: Partial<RoomHost>) => Promise<RoomFixture> {
  const newCore = useTestCore();
  const tempDir = useTempDir();
  return async (host = {}) => {
    const changes: RoomStatus[] = [];
    const waiting: { check: (s: RoomStatus) => boolean; resolve: (s: RoomStatus) => void }[] = [];
    const test = newCore({
      roomHost: {
        pagesDir: fakePages(tempDir()),
        onChange(status) {
          changes.push(status);
          for (const w of waiting.splice(0)) {
            if (w.check(status)) w.resolve(status);
            else waiting.push(w);
          }
        },
        onUnexpectedError: (error) => test.unexpected.push(error),
        ...host,
      },
    });
    const ask = <T>(channel: string, payload: unknown = {}) => call<T>(test.dispatch, channel, payload);
    const engagement = await ask<{ id: string }>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoice matching', weekStart: '2026-03-02' });
    const sessions = await ask<Session[]>('sessions:list', { engagementId: engagement.id });
    const session = sessions.find((s) => s.questions.length > 0)!;
    const room = await ask<RunningRoom>('room:start', { engagementId: engagement.id, sessionId: session.id, address: '127.0.0.1' });
    return {
      ...test,
      engagementId: engagement.id,
      session,
      room,
      changes,
      told: (check) =>
        new Promise((resolve) => {
          const already = changes.find(check);
          if (already) resolve(already);
          else waiting.push({ check, resolve });
        }),
      call: ask,
    };
  };
}
