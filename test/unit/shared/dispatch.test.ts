import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc/channels';
import { contract, type Handlers } from '../../../shared/ipc/contract';
import { createDispatcher, originOf } from '../../../shared/ipc/dispatch';
import type { PathToShip } from '../../../shared/domain/path-to-ship';
import { AppError } from '../../../shared/ipc/result';
import { TRUSTED, useTestCore, useTestRuntime } from '../helpers/core';
import { damageAnIndexQuietly } from '../helpers/damage-index';
import type { RunningRoom } from '../../../shared/domain/room';
import { join, newKey, roomBases, roomRequest } from '../core/room/room-client';

/** Two notes in the room's inbox, sent as a phone would, for the accept and discard samples. */
async function sendTwoNotesFromAPhone(room: RunningRoom): Promise<void> {
  const device = await join(room, 'Ana');
  for (const text of ['Month end doubles the volume', 'Off topic']) {
    await roomRequest(`${roomBases(room).phone}/api/notes`, { token: device, body: { key: newKey(), text, anonymous: false } });
  }
}

const newCore = useTestCore();
const startRuntime = useTestRuntime();

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
    const dispatch = createDispatcher({ handlers: () => handlers, translateError: (e) => e, trustedOrigin: 'app://workshop', onUnexpectedError: (e) => seen.push(e) });

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
  /** An index spread over several pages, so one of them can be damaged without breaking the page. */
  function withEnoughIndexToDamage(dbPath: string): string {
    const filled = startRuntime({ userDataDir: path.dirname(dbPath) });
    for (let i = 0; i < 60; i += 1) {
      filled.runtime.handlers()['engagements:create']({ clientName: `Client ${i} ${'x'.repeat(120)}`, pilotName: 'P', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 1 } });
    }
    filled.runtime.close();
    return dbPath;
  }

  it('names the same channels as the preload allow-list', () => {
    expect(Object.keys(contract).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('has a handler for every channel, and every output parses against its schema', async () => {
    // The user cancels the folder choice, so the export sample answers without writing files.
    const deliverablesHost = { chooseFolder: async () => null, renderPdf: async () => new Uint8Array(), renderPng: async () => new Uint8Array(), onProgress: () => {} };
    const { dispatch, runtime, unexpected } = newCore({ deliverablesHost });
    expect(Object.keys(runtime.handlers()).sort()).toEqual([...REQUEST_CHANNELS].sort());

    const call = async (channel: string, payload: unknown) => {
      const result = await dispatch(TRUSTED, channel, payload);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as { id: string } & Record<string, unknown>;
    };
    const engagement = await call('engagements:create', { clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' });
    const id = engagement.id;
    const participant = await call('participants:create', { engagementId: id, name: 'Ana', function: 'operator' });
    const session = await call('sessions:create', { engagementId: id, day: 1, title: 'Extra', start: '16:00', end: '16:30' });
    const doomed = await call('sessions:create', { engagementId: id, day: 2, title: 'Doomed', start: '16:00', end: '16:30' });
    const template = await call('templates:save', { engagementId: id, name: 'Our week' });
    const backupId = (await call('backups:create', {})).id;
    const scenario = await call('cost:create', { engagementId: id });
    const note = await call('notes:create', { engagementId: id, day: 1, text: 'They re-key every invoice', speakerId: participant.id });
    const action = await call('notes:create', { engagementId: id, day: 1, text: 'Ana sends the exception log', kind: 'action' });
    const roadmap = (await call('path:add-phase', { engagementId: id, name: 'Harden', targetWeek: 4 })) as unknown as PathToShip;
    const phase = roadmap.phases[0]!;
    const system = ((await call('path:save-system', { engagementId: id, name: 'SAP' })) as unknown as PathToShip).systems[0]!;
    const finding = await call('findings:create', { engagementId: id, title: 'Invoices re-keyed by hand', area: 'problem-fit', day: 1 });
    const archivePath = path.join(path.dirname(runtime.dbPath), 'sample.auditweek');
    await runtime.core()!.archive.exportTo(id, archivePath);
    const staged = await runtime.core()!.archive.stage(archivePath);
    let deletedSession: unknown;
    let deletedPhase: unknown;
    let addedEvidence: unknown;
    let releaseDigest: unknown;
    let inboxIds: string[] = [];

    /** One valid request per channel; deletes run last, and restore after the delete it undoes. */
    const samples: Record<(typeof REQUEST_CHANNELS)[number], () => unknown> = {
      'app:info': () => ({}),
      'app:ready-to-quit': () => ({}),
      'engagements:list': () => ({}),
      'engagements:get': () => ({ id }),
      'engagements:create': () => ({ clientName: 'C', pilotName: 'D', weekStart: '2026-03-09', template: { kind: 'blank', dayCount: 3 } }),
      'engagements:rename': () => ({ id, clientName: 'A2', pilotName: 'B2' }),
      'engagements:update': () => ({
        id,
        clientName: 'A3',
        pilotName: 'B3',
        pilotDescription: 'Reads invoices',
        facilitators: ['Kim'],
        venue: 'HQ',
        weekStart: '2026-03-02',
        dayCount: 5,
        status: 'in-progress',
        pilot: { accuracyPct: 97, pilotVolumePerDay: 100, productionVolumePerDay: 10000, costPerQuery: 0.02, currency: 'EUR' },
      }),
      'engagements:archive': () => ({ id }),
      'engagements:unarchive': () => ({ id }),
      'participants:list': () => ({ engagementId: id }),
      'participants:create': () => ({ engagementId: id, name: 'Bo', function: 'finance', daysAttended: [4] }),
      'participants:update': () => ({ id: participant.id, name: 'Ana B', function: 'operator', daysAttended: [3] }),
      'sessions:list': () => ({ engagementId: id }),
      'sessions:create': () => ({ engagementId: id, day: 3, title: 'More', start: '17:00', end: '17:15' }),
      'sessions:update': () => ({ id: session.id, title: 'Extra (edited)', start: '16:00', end: '16:45' }),
      'sessions:move': () => ({ id: session.id, toDay: 2, toIndex: 0 }),
      'sessions:set-status': () => ({ id: session.id, status: 'done' }),
      'sessions:timer': () => ({ id: session.id, action: 'extend', minutes: 10 }),
      'templates:list': () => ({}),
      'templates:save': () => ({ engagementId: id, name: 'Another week' }),
      'assessment:get': () => ({ engagementId: id }),
      'assessment:score-criterion': () => ({ engagementId: id, criterionId: 'pf-value-quantified', score: 'partly', comment: 'Sized, not agreed' }),
      'assessment:score-ml-test': () => ({ engagementId: id, testId: 'monitor-7', points: 0.5 }),
      'assessment:rate-cause': () => ({ engagementId: id, causeId: 'wrong-owners', rating: 'major-risk', justification: 'No operators' }),
      'assessment:add-evidence': () => ({ engagementId: id, criterionId: 'pf-value-quantified', kind: 'note', targetId: note.id }),
      'assessment:remove-evidence': () => ({ engagementId: id, evidenceId: addedEvidence }),
      'assessment:finding-from-criterion': () => ({ engagementId: id, criterionId: 'pf-value-quantified', day: 2 }),
      'cost:list': () => ({ engagementId: id }),
      'cost:create': () => ({ engagementId: id, name: 'Optimistic' }),
      'cost:update': () => ({ id: scenario.id, inputs: scenario.inputs }),
      'cost:duplicate': () => ({ id: scenario.id }),
      'cost:rename': () => ({ id: scenario.id, name: 'Base case' }),
      'archive:export': () => ({ engagementId: id }),
      'archive:inspect': () => ({}),
      'archive:import': () => ({ token: staged.token }),
      'sample:load': () => ({}),
      'room:interfaces': () => ({}),
      'room:start': () => ({ engagementId: id, sessionId: session.id, address: '127.0.0.1' }),
      'room:status': () => ({}),
      'room:set-prompt': () => ({ prompt: 'What breaks at month end?' }),
      'room:open-voting': () => ({ findingIds: [finding.id] }),
      'room:inbox': () => ({ engagementId: id }),
      'room:accept': () => ({ id: inboxIds[0], text: 'Month end doubles the volume' }),
      'room:discard': () => ({ id: inboxIds[1] }),
      'room:stop': () => ({}),
      'notes:list': () => ({ engagementId: id, day: 1 }),
      'notes:get': () => ({ id: note.id }),
      'notes:latest': () => ({ engagementId: id, limit: 5 }),
      'notes:create': () => ({ engagementId: id, day: 2, text: 'Second note', kind: 'risk', tags: ['sap'] }),
      'notes:update': () => ({ id: note.id, pinned: true, visibility: 'facilitator' }),
      'notes:search': () => ({ engagementId: id, query: 're-ke' }),
      'notes:tags': () => ({ engagementId: id }),
      'actions:list': () => ({ engagementId: id }),
      'actions:follow-up': () => ({ noteId: action.id, ownerId: participant.id, dueDay: 2, status: 'done' }),
      'attendance:list': () => ({ engagementId: id }),
      'attendance:set': () => ({ sessionId: session.id, participantId: participant.id, present: true }),
      'notes:delete': () => ({ id: note.id }),
      'notes:restore': () => ({ id: note.id }),
      'findings:list': () => ({ engagementId: id }),
      'findings:create': () => ({ engagementId: id, title: 'No drift monitoring', area: 'production-requirements', day: 2, severity: 'high' }),
      'findings:update': () => ({ id: finding.id, votes: 3, ownerId: participant.id, recommendation: 'Measure it' }),
      'findings:move': () => ({ id: finding.id, toArea: 'approach', toDay: 2, toIndex: 0 }),
      'findings:sort-cell': () => ({ engagementId: id, area: 'approach', day: 2 }),
      'findings:promote-note': () => ({ noteId: note.id, area: 'approach' }),
      'findings:link-note': () => ({ findingId: finding.id, noteId: note.id }),
      'findings:for-note': () => ({ noteId: note.id }),
      'findings:unlink-note': () => ({ findingId: finding.id, noteId: note.id }),
      'findings:history': () => ({ id: finding.id }),
      'findings:delete': () => ({ id: finding.id }),
      'findings:restore': () => ({ id: finding.id }),
      'firm:status': () => ({}),
      'firm:save-settings': () => ({ settings: { host: '127.0.0.1', port: 9, database: 'firm', user: 'ana', tls: 'off' }, password: 'secret' }),
      'firm:choose-ca-file': () => ({}),
      'firm:forget-password': () => ({}),
      'firm:test': () => ({}),
      'firm:publish': () => ({ engagementId: id, pilotKind: 'Invoice processing', restricted: false }),
      'firm:publish-pending': () => ({}),
      'firm:publication': () => ({ engagementId: id }),
      'firm:benchmark': () => ({ engagementId: id }),
      'firm:search': () => ({ query: 'invoice' }),
      'firm:recurring-findings': () => ({}),
      'firm:share-template': () => ({ templateId: template.id }),
      'firm:shared-templates': () => ({}),
      'firm:use-shared-template': () => ({ id: '6f1d2c1e-8d2b-4b8a-9d43-3c1f0f6f9a11' }),
      'firm:admin-migrate': () => ({ admin: { user: 'firm_admin', password: 'admin-secret' } }),
      'firm:admin-add-consultant': () => ({ admin: { user: 'firm_admin', password: 'admin-secret' }, consultant: 'ben', password: 'ben-password' }),
      'drafts:save': () => ({ engagementId: id, draft: { text: 'half a thought', context: { day: 1, sessionId: null, visibility: 'client' } } }),
      'drafts:get': () => ({ engagementId: id }),
      'path:get': () => ({ engagementId: id }),
      'path:set-recommendation': () => ({
        engagementId: id,
        decision: 'conditional-go',
        rationale: 'Accuracy holds; monitoring is missing.',
        conditions: ['Name an owner for monitoring'],
        criterionIds: ['pf-value-quantified'],
        decidedBy: { kind: 'participant', participantId: participant.id },
        decidedOn: '2026-03-06',
      }),
      'path:add-phase': () => ({ engagementId: id, name: 'Integrate', targetWeek: 10, ownerId: participant.id, criterionIds: ['pf-success-metrics'] }),
      'path:update-phase': () => ({ id: phase.id, milestones: ['Alerting live'] }),
      'path:move-phase': () => ({ id: phase.id, toIndex: 1 }),
      'path:set-raci': () => ({ engagementId: id, responsibility: 'integration', systemId: system.id, participantId: participant.id, role: 'AR' }),
      'path:save-system': () => ({ engagementId: id, id: system.id, name: 'SAP S/4HANA' }),
      'deliverables:preview': () => ({ engagementId: id, options: { redactNames: true, appendices: ['evidence'] } }),
      'deliverables:presenter': () => ({ engagementId: id }),
      'deliverables:release-check': () => ({ engagementId: id, scope: { kind: 'day', day: 1 } }),
      'deliverables:export': () => ({ engagementId: id, scope: { kind: 'day', day: 1 }, releaseCheck: { confirmedDigest: releaseDigest } }),
      'sessions:delete': () => ({ id: doomed.id }),
      'path:delete-phase': () => ({ id: phase.id }),
      'path:restore-phase': () => deletedPhase,
      'path:delete-system': () => ({ id: system.id }),
      'sessions:restore': () => deletedSession,
      'templates:delete': () => ({ id: template.id }),
      'cost:delete': () => ({ id: scenario.id }),
      'participants:delete': () => ({ id: participant.id }),
      'engagements:delete': () => ({ id }),
      'backups:create': () => ({}),
      'recovery:status': () => ({}),
      'recovery:list-backups': () => ({}),
      'recovery:restore': () => ({ id: backupId }),
      'recovery:start-fresh': () => ({}),
      'recovery:repair': () => ({}),
      'recovery:data-check': () => ({}),
    };
    // These act only on a damaged file, so each runs on a restart over a damaged copy; a repair
    // needs damage it can mend, in an index.
    const needsRecovery = new Set<string>(['recovery:restore', 'recovery:start-fresh', 'recovery:repair']);
    // Nothing listens on the firm library's port here: these are refused in plain words, and
    // test/unit/core/firm checks their answers against a real PostgreSQL server.
    const needsFirmServer = new Set<string>(['firm:test', 'firm:publish', 'firm:benchmark', 'firm:search', 'firm:recurring-findings', 'firm:admin-migrate', 'firm:admin-add-consultant', 'firm:share-template', 'firm:shared-templates', 'firm:use-shared-template']);
    for (const channel of (Object.keys(samples) as (keyof typeof samples)[]).filter((c) => !needsRecovery.has(c))) {
      const result = await dispatch(TRUSTED, channel, samples[channel]());
      if (needsFirmServer.has(channel)) {
        expect(result.ok ? null : result.error.code, channel).toBe('firm_unavailable');
        continue;
      }
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      if (result.ok) expect(contract[channel].output.safeParse(result.value).success).toBe(true);
      if (channel === 'sessions:delete' && result.ok) deletedSession = result.value;
      if (channel === 'path:delete-phase' && result.ok) deletedPhase = result.value;
      if (channel === 'assessment:add-evidence' && result.ok) addedEvidence = (result.value as { id: string }).id;
      if (channel === 'deliverables:release-check' && result.ok) releaseDigest = (result.value as { digest: string }).digest;
      if (channel === 'room:start' && result.ok) await sendTwoNotesFromAPhone(result.value as RunningRoom);
      if (channel === 'room:inbox' && result.ok) inboxIds = (result.value as { id: string }[]).map((item) => item.id);
    }
    for (const channel of needsRecovery) {
      runtime.close();
      if (channel === 'recovery:repair') damageAnIndexQuietly(withEnoughIndexToDamage(runtime.dbPath));
      else writeFileSync(runtime.dbPath, 'not a database at all, just words '.repeat(200));
      const restarted = startRuntime({ userDataDir: path.dirname(runtime.dbPath) });
      const result = await restarted.dispatch(TRUSTED, channel, samples[channel as (typeof REQUEST_CHANNELS)[number]]());
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      if (result.ok) expect(contract[channel as (typeof REQUEST_CHANNELS)[number]].output.safeParse(result.value).success).toBe(true);
      restarted.runtime.close();
    }
    expect(unexpected).toEqual([]);
  });
});
