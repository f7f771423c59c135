import net from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunningRoom } from '../../../../shared/domain/room';
import { REQUEST_CHANNELS } from '../../../../shared/ipc/channels';
import { join, newKey, roomBases, roomRequest, type Answer } from './room-client';
import { useRoom, type RoomFixture } from './room-setup';

const startRoom = useRoom();
/** Limits out of the way, so the fuzzer reaches the routes instead of the rate limiter. */
const OPEN_LIMITS = { perDevicePerMinute: 1e9, overallPer10s: 1e9, joinsPerMinutePerAddress: 1e9 };
const FUZZ_REQUESTS = 10_000;

/** Rows anything sent to the room could write. */
function written(fixture: RoomFixture): number {
  const count = (table: string) => fixture.core.db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  return count('notes') + count('room_inbox') + count('room_note_keys');
}

const PHONE_ROUTES = ['/api/join', '/api/state', '/api/notes', '/api/votes', '/api/ratings', '/api/live', '/', '/assets/room.js'];
const SCRIBE_ROUTES = ['/scribe/api/state', '/scribe/api/notes', '/scribe'];

describe('Room mode under attack', () => {
  it('refuses wrong and missing tokens, and a participant’s token on the scribe seat', async () => {
    const fixture = await startRoom();
    const { phone, scribe, scribeToken } = roomBases(fixture.room);
    const device = await join(fixture.room);
    const note = { key: newKey(), text: 'Let me in', anonymous: true };
    const scribeNote = { key: newKey(), text: 'Let me in', private: false };
    const before = written(fixture);
    const answers: [string, Answer][] = [];
    for (const token of [null, 'wrong', device.slice(0, -1) + (device.endsWith('A') ? 'B' : 'A'), scribeToken]) {
      answers.push([`phone state ${token}`, await roomRequest(`${phone}/api/state`, { token })]);
      answers.push([`phone note ${token}`, await roomRequest(`${phone}/api/notes`, { token, body: note })]);
    }
    for (const token of [null, 'wrong', device]) {
      answers.push([`scribe state ${token}`, await roomRequest(`${scribe}/scribe/api/state`, { token })]);
      answers.push([`scribe note ${token}`, await roomRequest(`${scribe}/scribe/api/notes`, { token, body: scribeNote })]);
    }
    // The phones' server has no scribe route at all, whatever the token.
    answers.push(['scribe route on phone server', await roomRequest(`${phone}/scribe/api/notes`, { token: scribeToken, body: scribeNote })]);
    for (const [what, answer] of answers) expect(answer.status, what).toBe(what.startsWith('scribe route') ? 404 : 401);
    expect(written(fixture)).toBe(before);
  });

  it('reaches none of the app’s own IPC channels, by any path, with any token', async () => {
    const fixture = await startRoom({ limits: OPEN_LIMITS });
    const { phone, scribe, scribeToken } = roomBases(fixture.room);
    const device = await join(fixture.room);
    const before = written(fixture);
    const statuses = new Set<number>();
    for (const channel of REQUEST_CHANNELS) {
      for (const [origin, token] of [[phone, device], [scribe, scribeToken]] as const) {
        for (const route of [`/${channel}`, `/api/${channel}`, `/scribe/api/${channel}`, `/ipc/${encodeURIComponent(channel)}`]) {
          statuses.add((await roomRequest(`${origin}${route}`, { token, body: { engagementId: fixture.engagementId } })).status);
        }
      }
    }
    expect([...statuses]).toEqual([404]);
    expect(written(fixture)).toBe(before);
  });

  it('refuses a request that names another host, as a rebound name would', async () => {
    const fixture = await startRoom();
    const { phone, scribe, scribeToken } = roomBases(fixture.room);
    const device = await join(fixture.room);
    for (const [url, token] of [[`${phone}/api/state`, device], [`${scribe}/scribe/api/state`, scribeToken]] as const) {
      expect((await roomRequest(url, { token })).status).toBe(200);
      const rebound = await roomRequest(url, { token, headers: { host: 'attacker.example' } });
      expect([rebound.status, JSON.parse(rebound.body)]).toEqual([421, { error: 'Open the room by the address the facilitator shows.' }]);
    }
  });

  it('refuses oversized, malformed and unexpected bodies in plain words, writing nothing', async () => {
    const fixture = await startRoom();
    const { phone } = roomBases(fixture.room);
    const device = await join(fixture.room);
    const before = written(fixture);
    const send = (body: unknown, headers?: Record<string, string>) => roomRequest(`${phone}/api/notes`, { token: device, body, headers });
    const oversized = await send({ key: newKey(), text: 'x'.repeat(64 * 1024), anonymous: true });
    expect(oversized.status).toBe(413);
    expect(JSON.parse(oversized.body)).toEqual({ error: 'That is too much to send at once. Send a shorter note.' });
    expect((await send('{"key": "abc', {})).status).toBe(400);
    expect((await send('hello', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send({ key: newKey(), text: 'fine', anonymous: true, admin: true })).status).toBe(400);
    expect((await send({ key: 'short', text: 'fine', anonymous: true })).status).toBe(400);
    expect((await send({ key: newKey(), text: 'a\u0000b', anonymous: true })).status).toBe(400);
    expect((await send({ key: newKey(), text: 'y'.repeat(2001), anonymous: true })).status).toBe(400);
    expect(written(fixture)).toBe(before);
  });

  it('cuts off a client that never finishes its headers, and keeps serving others', async () => {
    const fixture = await startRoom({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const port = Number(new URL(fixture.room.participantUrl).port);
    const socket = net.connect({ host: '127.0.0.1', port });
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    await new Promise((resolve) => socket.once('close', resolve));
    expect(Buffer.concat(received).toString()).toMatch(/^HTTP\/1\.1 408/);
    expect((await roomRequest(`${roomBases(fixture.room).phone}/`)).status).toBe(200);
  });

  it('limits requests per device', async () => {
    const fixture = await startRoom({ limits: { perDevicePerMinute: 5 } });
    const device = await join(fixture.room);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await roomRequest(`${roomBases(fixture.room).phone}/api/state`, { token: device })).status);
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });

  it(`survives ${FUZZ_REQUESTS.toLocaleString('en')} fuzzed requests: no failure, no write, the room still answers`, async () => {
    const fixture = await startRoom({ limits: OPEN_LIMITS });
    const { phone, scribe, scribeToken } = roomBases(fixture.room);
    const device = await join(fixture.room);
    const before = written(fixture);

    const token = fc.constantFrom<string | null>(null, 'wrong', device, scribeToken, '', 'Bearer', '../../etc/passwd');
    const body = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.record({ key: fc.string(), text: fc.string(), anonymous: fc.anything() }).map((v) => JSON.stringify(v)),
      fc.record({ findingId: fc.uuid(), dots: fc.integer() }).map((v) => JSON.stringify(v)),
      fc.record({ area: fc.string(), score: fc.double() }).map((v) => JSON.stringify(v)),
    );
    const request = fc.record({
      server: fc.constantFrom('phone', 'scribe'),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      path: fc.oneof(fc.constantFrom(...PHONE_ROUTES, ...SCRIBE_ROUTES), fc.webPath(), fc.string({ maxLength: 40 }).map((s) => `/${encodeURIComponent(s)}`)),
      token,
      body,
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'),
    });
    const requests = fc.sample(request, { numRuns: FUZZ_REQUESTS, seed: 20_2026 });
    const failures: string[] = [];
    let closed = 0;
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        const origin = r.server === 'phone' ? phone : scribe;
        const method = r.body !== undefined && (r.method === 'GET' || r.method === 'HEAD') ? 'POST' : r.method;
        const send = () =>
          roomRequest(`${origin}${r.path.startsWith('/') ? r.path : `/${r.path}`}`, {
            method,
            token: r.token,
            body: r.body,
            headers: r.body === undefined ? {} : { 'content-type': r.contentType },
          });
        // A kept-alive connection the server has just closed fails at once; a browser sends again, and so does this.
        const answer = await send().catch(() => send().catch(() => null));
        // Node's parser closes a connection whose request it cannot read (a malformed path, a
        // body sent where none is read); that is a refusal, not a failure.
        if (answer === null) closed += 1;
        else if (answer.status >= 500) failures.push(`${method} ${r.path}: ${answer.status} ${answer.body}`);
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    expect(failures).toEqual([]);
    // Nearly every request is read and answered, so the routes themselves were fuzzed.
    expect(closed).toBeLessThan(FUZZ_REQUESTS / 20);
    expect(fixture.unexpected).toEqual([]);
    expect(written(fixture)).toBe(before);
    expect((await roomRequest(`${phone}/api/state`, { token: device })).status).toBe(200);
    expect((fixture.room as RunningRoom).running).toBe(true);
  }, 60_000);
});
