import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Finding } from '../../../../shared/domain/finding';
import type { RunningRoom } from '../../../../shared/domain/room';
import type { Session } from '../../../../shared/domain/session';
import { call, useTestCore } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';
import { fakePages, join, newKey, roomBases, roomRequest } from './room-client';

const newCore = useTestCore();
const tempDir = useTempDir();
const RUNS = 8;

/** Private text is marked so no public word can contain it by chance. */
const secret = fc.stringMatching(/^[a-z]{8,14}$/).map((s) => `PRIV${s}`);
const publicText = fc.stringMatching(/^[a-z]{4,10}$/).map((s) => `pub ${s}`);

const engagementModel = fc.record({
  participants: fc.array(secret, { minLength: 1, maxLength: 3 }),
  notes: fc.array(fc.record({ text: secret, visibility: fc.constantFrom('client', 'facilitator') }), { maxLength: 6 }),
  // A client-visible finding's title may reach a phone; its body and recommendation never do.
  findings: fc.array(
    fc.oneof(
      fc.record({ title: publicText, body: secret, recommendation: secret, visibility: fc.constant('client') }),
      fc.record({ title: secret, body: secret, recommendation: secret, visibility: fc.constant('facilitator') }),
    ),
    { minLength: 1, maxLength: 5 },
  ),
  inbox: fc.array(fc.record({ text: secret, name: secret }), { maxLength: 3 }),
  goal: secret,
  prompt: fc.option(publicText, { nil: null }),
});

/** The first message a phone's live socket receives once it has sent its token. */
function firstLiveMessage(room: RunningRoom, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${roomBases(room).phone.replace('http', 'ws')}/api/live`);
    socket.on('open', () => socket.send(token));
    socket.on('message', (data: Buffer) => {
      resolve(String(data));
      socket.close();
    });
    socket.on('error', reject);
  });
}

describe('Room mode and privacy', () => {
  it('never sends a phone any note text, anything facilitator-only, another sender’s words or a participant’s name', async () => {
    const unexpected: unknown[] = [];
    const { dispatch } = newCore({ roomHost: { pagesDir: fakePages(tempDir()), onChange: () => undefined, onUnexpectedError: (error) => unexpected.push(error) } });
    const ask = <T>(channel: string, payload: unknown = {}) => call<T>(dispatch, channel, payload);

    await fc.assert(
      fc.asyncProperty(engagementModel, async (model) => {
        const engagement = await ask<{ id: string }>('engagements:create', {
          clientName: 'pub client',
          pilotName: 'pub pilot',
          weekStart: '2026-03-02',
          template: { kind: 'blank', dayCount: 1 },
        });
        const session = await ask<Session>('sessions:create', {
          engagementId: engagement.id,
          day: 1,
          title: 'pub session',
          start: '09:00',
          end: '10:00',
          goal: model.goal,
          questions: [{ text: 'pub question' }],
        });
        for (const name of model.participants) await ask('participants:create', { engagementId: engagement.id, name, function: 'operator' });
        for (const note of model.notes) await ask('notes:create', { engagementId: engagement.id, day: 1, ...note });
        const findings: Finding[] = [];
        for (const f of model.findings) findings.push(await ask<Finding>('findings:create', { engagementId: engagement.id, area: 'approach', day: 1, ...f }));
        const room = await ask<RunningRoom>('room:start', { engagementId: engagement.id, sessionId: session.id, address: '127.0.0.1' });
        if (model.prompt) await ask('room:set-prompt', { prompt: model.prompt });
        await ask('room:open-voting', { findingIds: findings.filter((f) => f.visibility === 'client').map((f) => f.id) });
        const { phone } = roomBases(room);
        for (const item of model.inbox) {
          const sender = await join(room, item.name);
          await roomRequest(`${phone}/api/notes`, { token: sender, body: { key: newKey(), text: item.text, anonymous: false } });
        }

        const device = await join(room, null);
        const bodies: string[] = [
          (await roomRequest(`${phone}/api/join`, { body: { code: room.joinCode, name: null } })).body,
          (await roomRequest(`${phone}/api/join`, { body: { code: 'WRONGCODE', name: null } })).body,
          (await roomRequest(`${phone}/api/state`, { token: device })).body,
          (await roomRequest(`${phone}/api/state`)).body,
          (await roomRequest(`${phone}/api/notes`, { token: device, body: { key: newKey(), text: 'pub mine', anonymous: true } })).body,
          (await roomRequest(`${phone}/api/notes`, { token: device, body: { key: 'x', text: '', anonymous: 1 } })).body,
          (await roomRequest(`${phone}/api/ratings`, { token: device, body: { area: 'approach', score: 3 } })).body,
          await firstLiveMessage(room, device),
          (await roomRequest(`${phone}/`)).body,
          (await roomRequest(`${phone}/nothing`)).body,
          ...(await Promise.all(findings.map(async (f) => (await roomRequest(`${phone}/api/votes`, { token: device, body: { findingId: f.id, dots: 1 } })).body))),
        ];
        const everything = bodies.join('\n');
        // The property is not empty: the open client-visible titles do reach the phone.
        for (const f of findings.filter((x) => x.visibility === 'client')) expect(everything).toContain(JSON.stringify(f.title));
        expect(everything.match(/PRIV[a-z]+/g)).toBeNull();
      }),
      { numRuns: RUNS, seed: 4242 },
    );
    expect(unexpected).toEqual([]);
  }, 60_000);
});
