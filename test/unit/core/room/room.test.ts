import net from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/domain/finding';
import type { Note } from '../../../../shared/domain/note';
import type { InboxItem, RoomPublicState, RoomStatus, RunningRoom } from '../../../../shared/domain/room';
import { ROOM_CONTENT_SECURITY_POLICY } from '../../../../shared/security/room-csp';
import { join, newKey, roomBases, roomRequest } from './room-client';
import { useRoom } from './room-setup';

const startRoom = useRoom();

/** Resolves with the error code of a connection attempt: ECONNREFUSED when nothing listens. */
function connectError(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

const portsOf = (room: RunningRoom) => [Number(new URL(room.participantUrl).port), Number(new URL(room.scribeUrl).port)];

describe('Room mode', () => {
  it('listens only while on: both ports refuse connections once it stops', async () => {
    const fixture = await startRoom();
    const ports = portsOf(fixture.room);
    expect(await Promise.all(ports.map(connectError))).toEqual(['connected', 'connected']);
    const stopped = await fixture.call<RoomStatus>('room:stop');
    expect(stopped).toMatchObject({ running: false });
    expect(await Promise.all(ports.map(connectError))).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('stops when its session ends, and when no one uses it for the idle time', async () => {
    const fixture = await startRoom();
    await fixture.call('sessions:set-status', { id: fixture.session.id, status: 'done' });
    expect(await fixture.call<RoomStatus>('room:status')).toEqual({ running: false, stoppedBecause: 'Room mode stopped because its session ended.' });
    expect(await connectError(portsOf(fixture.room)[0]!)).toBe('ECONNREFUSED');

    const idle = await startRoom({ idleMs: 200 });
    const stopped = await idle.told((s) => !s.running);
    expect(stopped).toMatchObject({ running: false, stoppedBecause: expect.stringContaining('no one using it') });
  });

  it('refuses an address that is not the laptop’s, and one the system will not listen on, in plain words', async () => {
    const fixture = await startRoom({ interfaces: () => [{ name: 'lo', address: '127.0.0.1' }, { name: 'gone', address: '192.0.2.1' }] });
    const ask = (address: string) =>
      fixture.dispatch({ url: 'app://workshop/index.html', isMainFrame: true }, 'room:start', { engagementId: fixture.engagementId, sessionId: fixture.session.id, address });
    expect(await ask('10.9.9.9')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'That network address is not one of this laptop’s. Choose one from the list.' } });
    expect(await ask('192.0.2.1')).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Room mode could not listen on 192.0.2.1: EADDRNOTAVAIL') } });
    expect(await fixture.call<RoomStatus>('room:status')).toMatchObject({ running: false });
  });

  it('shows a QR code and a join code, and lets a phone in only with that code', async () => {
    const { room } = await startRoom();
    expect(room.qrSvg).toMatch(/^<svg/);
    expect(room.joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(room.participantUrl).toBe(`http://${room.shortAddress}/#${room.joinCode.replace('-', '')}`);
    const { phone } = roomBases(room);
    const wrong = await roomRequest(`${phone}/api/join`, { body: { code: 'AAAA-AAAA', name: null } });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toEqual({ error: 'That join code is not right. Check the code on the screen and try again.' });
    // Typed in lower case with a space, it still counts.
    const typed = await roomRequest(`${phone}/api/join`, { body: { code: room.joinCode.toLowerCase().replace('-', ' '), name: 'Ana' } });
    expect(typed.status).toBe(200);
  });

  it('serves its pages with a strict Content-Security-Policy, and no other file', async () => {
    const { room } = await startRoom();
    const { phone, scribe } = roomBases(room);
    const page = await roomRequest(`${phone}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(ROOM_CONTENT_SECURITY_POLICY);
    expect(page.headers['content-type']).toContain('text/html');
    expect((await roomRequest(`${scribe}/scribe`)).body).toContain('Scribe seat');
    for (const probe of ['/scribe', '/../participant.html', '/assets/..%2Fparticipant.html', '/assets/%2e%2e/scribe.html']) {
      expect((await roomRequest(`${phone}${probe}`)).status, probe).toBe(404);
    }
  });

  it('sends a phone the session’s guiding question, or the prompt the facilitator typed', async () => {
    const fixture = await startRoom();
    const device = await join(fixture.room);
    const state = async () => JSON.parse((await roomRequest(`${roomBases(fixture.room).phone}/api/state`, { token: device })).body) as RoomPublicState;
    expect((await state()).prompt).toBe(fixture.session.questions[0]!.text);
    await fixture.call('room:set-prompt', { prompt: 'What breaks at month end?' });
    expect((await state()).prompt).toBe('What breaks at month end?');
  });

  it('puts notes from phones in the inbox, named or anonymous as sent, once however often they are resent', async () => {
    const fixture = await startRoom();
    const ana = await join(fixture.room, 'Ana Ruiz');
    const { phone } = roomBases(fixture.room);
    const key = newKey();
    const first = await roomRequest(`${phone}/api/notes`, { token: ana, body: { key, text: 'Month end doubles the volume', anonymous: false } });
    const again = await roomRequest(`${phone}/api/notes`, { token: ana, body: { key, text: 'Month end doubles the volume', anonymous: false } });
    expect([JSON.parse(first.body), JSON.parse(again.body)]).toEqual([{ duplicate: false }, { duplicate: true }]);
    await roomRequest(`${phone}/api/notes`, { token: ana, body: { key: newKey(), text: 'The sponsor never asked us', anonymous: true } });

    const inbox = await fixture.call<InboxItem[]>('room:inbox', { engagementId: fixture.engagementId });
    expect(inbox.map((i) => [i.text, i.senderName])).toEqual([
      ['Month end doubles the volume', 'Ana Ruiz'],
      ['The sponsor never asked us', null],
    ]);
    // Nothing reaches the notes until the facilitator accepts.
    expect(await fixture.call<Note[]>('notes:list', { engagementId: fixture.engagementId, day: fixture.session.day })).toEqual([]);
    expect((await fixture.told((s) => s.running && s.inboxCount === 2)).running).toBe(true);
  });

  it('accepting makes a normal note with the markers applied and removes it from the inbox; discarding removes it', async () => {
    const fixture = await startRoom();
    await fixture.call('participants:create', { engagementId: fixture.engagementId, name: 'Ana Ruiz', function: 'operator' });
    const ana = await join(fixture.room, 'ana ruiz');
    const { phone } = roomBases(fixture.room);
    await roomRequest(`${phone}/api/notes`, { token: ana, body: { key: newKey(), text: 'Month end doubles the volume', anonymous: false } });
    await roomRequest(`${phone}/api/notes`, { token: ana, body: { key: newKey(), text: 'Off topic', anonymous: true } });
    const [named, other] = await fixture.call<InboxItem[]>('room:inbox', { engagementId: fixture.engagementId });

    const note = await fixture.call<Note>('room:accept', { id: named!.id, text: 'Month end doubles the volume !risk #volume', visibility: 'facilitator' });
    expect(note).toMatchObject({ text: 'Month end doubles the volume', kind: 'risk', tags: ['volume'], visibility: 'facilitator', speakerName: 'Ana Ruiz' });
    expect(note.ref).toMatch(/-P\d+$/);
    await fixture.call('room:discard', { id: other!.id });
    expect(await fixture.call<InboxItem[]>('room:inbox', { engagementId: fixture.engagementId })).toEqual([]);
    const notes = await fixture.call<Note[]>('notes:list', { engagementId: fixture.engagementId, day: fixture.session.day });
    expect(notes.map((n) => n.text)).toEqual(['Month end doubles the volume']);
    // A second accept of the same item changes nothing.
    const again = await fixture.dispatch({ url: 'app://workshop/index.html', isMainFrame: true }, 'room:accept', { id: named!.id, text: 'x' });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an accept that cannot be saved leaves the item in the inbox', async () => {
    const fixture = await startRoom();
    const device = await join(fixture.room);
    await roomRequest(`${roomBases(fixture.room).phone}/api/notes`, { token: device, body: { key: newKey(), text: 'Keep me', anonymous: true } });
    const [item] = await fixture.call<InboxItem[]>('room:inbox', { engagementId: fixture.engagementId });
    const refused = await fixture.dispatch({ url: 'app://workshop/index.html', isMainFrame: true }, 'room:accept', { id: item!.id, text: '!risk' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'An empty note is not saved.' } });
    expect(await fixture.call<InboxItem[]>('room:inbox', { engagementId: fixture.engagementId })).toHaveLength(1);
  });

  it('the scribe seat saves notes with markers straight into the session over HTTPS, once per key', async () => {
    const fixture = await startRoom();
    const { scribe, scribeToken } = roomBases(fixture.room);
    const key = newKey();
    const body = { key, text: 'Invoices are re-keyed by hand !risk ^prod', private: true };
    const first = await roomRequest(`${scribe}/scribe/api/notes`, { token: scribeToken, body });
    expect(first.fingerprint).toBe(fixture.room.fingerprint);
    expect(JSON.parse(first.body)).toMatchObject({ duplicate: false, ref: expect.stringMatching(/-P\d+$/) });
    expect(JSON.parse((await roomRequest(`${scribe}/scribe/api/notes`, { token: scribeToken, body })).body)).toEqual({ ref: null, duplicate: true });
    const notes = await fixture.call<Note[]>('notes:list', { engagementId: fixture.engagementId, day: fixture.session.day });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'Invoices are re-keyed by hand', kind: 'risk', area: 'production-requirements', visibility: 'facilitator', sessionId: fixture.session.id });
    expect((await fixture.told((s) => s.running && s.scribeNotes === 1)).running).toBe(true);
  });

  it('tallies dots on client-visible findings opened for voting and readiness per area, never who', async () => {
    const fixture = await startRoom();
    const open = await fixture.call<Finding>('findings:create', { engagementId: fixture.engagementId, title: 'Month end is not covered', area: 'problem-fit', day: 1 });
    const secret = await fixture.call<Finding>('findings:create', {
      engagementId: fixture.engagementId,
      title: 'Sponsor doubts the pilot',
      area: 'problem-fit',
      day: 1,
      visibility: 'facilitator',
    });
    const refused = await fixture.dispatch({ url: 'app://workshop/index.html', isMainFrame: true }, 'room:open-voting', { findingIds: [open.id, secret.id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await fixture.call('room:open-voting', { findingIds: [open.id] });

    const { phone } = roomBases(fixture.room);
    const [a, b] = await Promise.all([join(fixture.room), join(fixture.room)]);
    expect((await roomRequest(`${phone}/api/votes`, { token: a, body: { findingId: open.id, dots: 3 } })).status).toBe(200);
    expect((await roomRequest(`${phone}/api/votes`, { token: b, body: { findingId: open.id, dots: 1 } })).status).toBe(200);
    expect((await roomRequest(`${phone}/api/votes`, { token: b, body: { findingId: secret.id, dots: 1 } })).status).toBe(404);
    expect((await roomRequest(`${phone}/api/votes`, { token: b, body: { findingId: open.id, dots: 4 } })).status).toBe(400);
    await roomRequest(`${phone}/api/ratings`, { token: a, body: { area: 'approach', score: 4 } });
    await roomRequest(`${phone}/api/ratings`, { token: b, body: { area: 'approach', score: 2 } });
    await roomRequest(`${phone}/api/ratings`, { token: b, body: { area: 'approach', score: 4 } });

    const status = (await fixture.call<RoomStatus>('room:status')) as RunningRoom;
    expect(status.votes).toEqual([{ findingId: open.id, title: 'Month end is not covered', dots: 4 }]);
    expect(status.ratings.approach).toEqual([0, 0, 0, 2, 0]);
    expect(status.devices).toBe(2);

    // Made facilitator-only in the window, the finding leaves the phones at once.
    await fixture.call('findings:update', { id: open.id, visibility: 'facilitator' });
    const state = JSON.parse((await roomRequest(`${phone}/api/state`, { token: a })).body) as RoomPublicState;
    expect(state.voting).toEqual([]);
  });
});
