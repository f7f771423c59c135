import { describe, expect, it } from 'vitest';
import { STANDARD_WEEK } from '../../../shared/agenda/standard-week';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Participant } from '../../../shared/domain/participant';
import type { Session } from '../../../shared/domain/session';
import type { IpcResult } from '../../../shared/ipc/result';
import { caller } from '../helpers/seed-engagement';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

function startCore() {
  const { dispatch, core } = newCore();
  const raw = (channel: string, payload: unknown) => dispatch(TRUSTED, channel, payload) as Promise<IpcResult<unknown>>;
  const call = caller(dispatch);
  return { call, raw, core };
}

const NEW = { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' };

function byDay(sessions: Session[]): Record<number, string[]> {
  const days: Record<number, string[]> = {};
  for (const s of [...sessions].sort((a, b) => a.day - b.day || a.position - b.position)) (days[s.day] ??= []).push(s.title);
  return days;
}

describe('template application', () => {
  it('creates the standard week: every day and session, in order, with questions', async () => {
    const { call } = startCore();
    const engagement = await call<Engagement>('engagements:create', NEW);
    expect(engagement.dayCount).toBe(STANDARD_WEEK.days.length);
    const sessions = await call<Session[]>('sessions:list', { engagementId: engagement.id });
    expect(byDay(sessions)).toEqual(Object.fromEntries(STANDARD_WEEK.days.map((d, i) => [i + 1, d.sessions.map((s) => s.title)])));
    const firstWorking = STANDARD_WEEK.days[0]!.sessions.find((s) => s.kind === 'session')!;
    const stored = sessions.find((s) => s.title === firstWorking.title)!;
    expect(stored).toMatchObject({ start: firstWorking.start, end: firstWorking.end, questions: firstWorking.questions, status: 'planned' });
  });

  it('a blank week has the chosen number of days and no sessions', async () => {
    const { call } = startCore();
    const engagement = await call<Engagement>('engagements:create', { ...NEW, template: { kind: 'blank', dayCount: 3 } });
    expect(engagement.dayCount).toBe(3);
    expect(await call<Session[]>('sessions:list', { engagementId: engagement.id })).toEqual([]);
  });

  it('an agenda saved as a template is applied to a new engagement, edits included', async () => {
    const { call, raw } = startCore();
    const first = await call<Engagement>('engagements:create', NEW);
    const sessions = await call<Session[]>('sessions:list', { engagementId: first.id });
    await call('sessions:update', { id: sessions[0]!.id, title: 'Kickoff with the CFO', start: '08:30', end: '09:15', questions: [{ text: 'What would make this week a success for you?' }] });
    await call('sessions:delete', { id: sessions[1]!.id });
    const saved = await call<{ id: string; sessionCount: number }>('templates:save', { engagementId: first.id, name: 'Finance week' });
    expect(saved.sessionCount).toBe(sessions.length - 1);

    const duplicate = await raw('templates:save', { engagementId: first.id, name: 'finance WEEK' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', fields: { name: 'This name is taken.' } } });

    const second = await call<Engagement>('engagements:create', { ...NEW, clientName: 'Contoso', template: { kind: 'template', id: saved.id } });
    const copied = await call<Session[]>('sessions:list', { engagementId: second.id });
    expect(copied).toHaveLength(sessions.length - 1);
    expect(copied[0]).toMatchObject({ title: 'Kickoff with the CFO', start: '08:30', questions: [{ text: 'What would make this week a success for you?' }] });
    const list = await call<{ name: string; builtIn: boolean }[]>('templates:list', {});
    expect(list.map((t) => [t.name, t.builtIn])).toEqual([
      [STANDARD_WEEK.name, true],
      ['Finance week', false],
    ]);
  });

  it('the built-in template cannot be deleted; a saved one can', async () => {
    const { call, raw } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const saved = await call<{ id: string }>('templates:save', { engagementId: e.id, name: 'Mine' });
    expect(await raw('templates:delete', { id: 'standard-week' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call('templates:delete', { id: saved.id });
    expect((await call<unknown[]>('templates:list', {})).length).toBe(1);
  });
});

describe('sessions', () => {
  it('move between days and reorder within a day, keeping positions dense', async () => {
    const { call } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const before = await call<Session[]>('sessions:list', { engagementId: e.id });
    const day1 = before.filter((s) => s.day === 1);
    const moved = day1[2]!;
    const after = await call<Session[]>('sessions:move', { id: moved.id, toDay: 2, toIndex: 0 });
    const dense = (day: number) => after.filter((s) => s.day === day).map((s) => s.position);
    for (let day = 1; day <= 5; day++) expect(dense(day)).toEqual([...dense(day).keys()]);
    expect(after.find((s) => s.day === 2 && s.position === 0)?.id).toBe(moved.id);
    expect(after.filter((s) => s.day === 1)).toHaveLength(day1.length - 1);

    const back = await call<Session[]>('sessions:move', { id: moved.id, toDay: 1, toIndex: 2 });
    expect(back.filter((s) => s.day === 1).map((s) => s.id)).toEqual(day1.map((s) => s.id));
  });

  it('a move to a day outside the engagement is refused with a message and changes nothing', async () => {
    const { call, raw } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const before = await call<Session[]>('sessions:list', { engagementId: e.id });
    const result = await raw('sessions:move', { id: before[0]!.id, toDay: 7, toIndex: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Day 7 is outside this 5-day engagement.' } });
    expect(await call<Session[]>('sessions:list', { engagementId: e.id })).toEqual(before);
  });

  it('delete renumbers the day, and restore puts the session back where it was', async () => {
    const { call } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const before = await call<Session[]>('sessions:list', { engagementId: e.id });
    const victim = before.filter((s) => s.day === 2)[1]!;
    const deleted = await call<Session>('sessions:delete', { id: victim.id });
    const during = await call<Session[]>('sessions:list', { engagementId: e.id });
    expect(during.filter((s) => s.day === 2).map((s) => s.position)).toEqual([...Array(during.filter((s) => s.day === 2).length).keys()]);
    const restored = await call<Session[]>('sessions:restore', deleted);
    expect(restored.filter((s) => s.day === 2).map((s) => s.id)).toEqual(before.filter((s) => s.day === 2).map((s) => s.id));
  });

  it('invalid sessions are refused with field-level messages', async () => {
    const { call, raw } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    expect(await raw('sessions:create', { engagementId: e.id, day: 1, title: '', start: '9:00', end: '08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { title: 'Title is required.', start: 'Use a time in the form HH:MM (24-hour).' } },
    });
    expect(await raw('sessions:create', { engagementId: e.id, day: 1, title: 'Late', start: '10:00', end: '09:00' })).toMatchObject({
      ok: false,
      error: { fields: { end: 'The session must end after it starts.' } },
    });
    expect(await raw('sessions:create', { engagementId: e.id, day: 6, title: 'Extra', start: '10:00', end: '11:00' })).toMatchObject({
      ok: false,
      error: { fields: { day: 'Choose a day between 1 and 5.' } },
    });
  });

  it('the timer starts, pauses and extends, is stored, and marks the session in progress', async () => {
    const { call } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const [first] = await call<Session[]>('sessions:list', { engagementId: e.id });
    const started = await call<Session>('sessions:timer', { id: first!.id, action: 'start' });
    expect(started.status).toBe('in-progress');
    expect(started.timer.startedAt).not.toBeNull();
    const paused = await call<Session>('sessions:timer', { id: first!.id, action: 'pause' });
    expect(paused.timer.startedAt).toBeNull();
    const extended = await call<Session>('sessions:timer', { id: first!.id, action: 'extend', minutes: 15 });
    expect(extended.timer.extensionMinutes).toBe(15);
    const done = await call<Session>('sessions:set-status', { id: first!.id, status: 'done' });
    expect(done.status).toBe('done');
  });

  it('starting any session, early or late, pauses the one still running', async () => {
    const { call } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const [first, second] = await call<Session[]>('sessions:list', { engagementId: e.id });
    await call('sessions:timer', { id: first!.id, action: 'start' });
    await call('sessions:timer', { id: second!.id, action: 'start' });
    const after = await call<Session[]>('sessions:list', { engagementId: e.id });
    expect(after.filter((s) => s.timer.startedAt !== null).map((s) => s.id)).toEqual([second!.id]);
    expect(after.find((s) => s.id === first!.id)!.status).toBe('in-progress');
  });
});

describe('engagement setup', () => {
  const setup = (id: string, patch: Record<string, unknown> = {}) => ({
    id,
    clientName: 'Northwind Logistics',
    pilotName: 'Invoice extraction',
    pilotDescription: 'Reads supplier invoices and posts them to the ERP.',
    facilitators: ['Kim Lee', 'Sam Roy'],
    venue: 'Rotterdam HQ',
    weekStart: '2026-03-02',
    dayCount: 5,
    status: 'in-progress',
    pilot: { accuracyPct: 96.5, pilotVolumePerDay: 120, productionVolumePerDay: 9000, costPerQuery: 0.03, currency: 'EUR' },
    ...patch,
  });

  it('saves every setup field', async () => {
    const { call } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    await call('engagements:update', setup(e.id));
    expect(await call<Engagement>('engagements:get', { id: e.id })).toMatchObject({
      clientName: 'Northwind Logistics',
      facilitators: ['Kim Lee', 'Sam Roy'],
      venue: 'Rotterdam HQ',
      status: 'in-progress',
      pilot: { accuracyPct: 96.5, productionVolumePerDay: 9000, costPerQuery: 0.03 },
    });
  });

  it('refuses a bad week start, a negative volume and an accuracy above 100 %, with field messages', async () => {
    const { call, raw } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const result = await raw(
      'engagements:update',
      setup(e.id, {
        weekStart: '03/02/2026',
        pilot: { accuracyPct: 120, pilotVolumePerDay: -5, productionVolumePerDay: 10, costPerQuery: 0.1, currency: 'eur' },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          weekStart: 'Use a date in the form YYYY-MM-DD.',
          'pilot.accuracyPct': 'Accuracy cannot be above 100 %.',
          'pilot.pilotVolumePerDay': 'Pilot volume per day cannot be negative.',
          'pilot.currency': 'Currency must be a three-letter code such as EUR or USD.',
        },
      },
    });
    expect((await call<Engagement>('engagements:get', { id: e.id })).weekStart).toBe('2026-03-02');
  });

  it('refuses to shorten the week while sessions are planned on the days it would drop', async () => {
    const { call, raw } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const result = await raw('engagements:update', setup(e.id, { dayCount: 3 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/planned after day 3/) } });
    expect((await call<Engagement>('engagements:get', { id: e.id })).dayCount).toBe(5);
  });
});

describe('participants', () => {
  it('are added, edited and removed, and deleting the engagement removes them', async () => {
    const { call, core } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    const ana = await call<Participant>('participants:create', { engagementId: e.id, name: 'Ana Silva', title: 'AP lead', function: 'operator', daysAttended: [3, 1, 3] });
    expect(ana.daysAttended).toEqual([1, 3]);
    await call('participants:update', { id: ana.id, name: 'Ana Silva', title: 'AP manager', function: 'operator', daysAttended: [1, 2, 3] });
    expect((await call<Participant[]>('participants:list', { engagementId: e.id }))[0]).toMatchObject({ title: 'AP manager', daysAttended: [1, 2, 3] });
    await call('participants:delete', { id: ana.id });
    expect(await call<Participant[]>('participants:list', { engagementId: e.id })).toEqual([]);
    await call('participants:create', { engagementId: e.id, name: 'Bo', function: 'finance' });
    await call('engagements:delete', { id: e.id });
    expect(core.db.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('refuse a missing name, an unknown function and days outside the week', async () => {
    const { call, raw } = startCore();
    const e = await call<Engagement>('engagements:create', NEW);
    expect(await raw('participants:create', { engagementId: e.id, name: ' ', function: 'wizard' })).toMatchObject({
      ok: false,
      error: { fields: { name: 'Name is required.', function: 'Choose the participant’s function.' } },
    });
    expect(await raw('participants:create', { engagementId: e.id, name: 'Al', function: 'other', daysAttended: [6] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { daysAttended: 'Choose days between 1 and 5.' } },
    });
  });
});
