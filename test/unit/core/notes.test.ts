import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note, NoteSearchHit } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { IpcResult } from '../../../shared/ipc/result';
import { SEARCH_RANK_LIMIT } from '../../../electron/core/db/repositories/note-search-repository';
import { caller } from '../helpers/seed-engagement';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

async function setup() {
  const { dispatch, core } = newCore();
  const raw = (channel: string, payload: unknown) => dispatch(TRUSTED, channel, payload) as Promise<IpcResult<unknown>>;
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
  const ana = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Ana Silva', function: 'operator' });
  return { call, raw, core, engagement, ana };
}

describe('notes', () => {
  it('get short references per day that are unique and stable, even after a deletion', async () => {
    const { call, engagement } = await setup();
    const add = (day: number, text: string) => call<Note>('notes:create', { engagementId: engagement.id, day, text });
    const refs = [(await add(1, 'a')).ref, (await add(1, 'b')).ref, (await add(2, 'c')).ref];
    expect(refs).toEqual(['D1-001', 'D1-002', 'D2-001']);
    const third = await add(1, 'd');
    await call('notes:delete', { id: third.id });
    expect((await add(1, 'e')).ref).toBe('D1-004');
    const listed = await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 });
    expect(listed.map((n) => [n.ref, n.text])).toEqual([
      ['D1-001', 'a'],
      ['D1-002', 'b'],
      ['D1-004', 'e'],
    ]);
  });

  it('never hand out a reference twice, even after a note moves to another day', async () => {
    const { call, engagement } = await setup();
    const add = (day: number, text: string) => call<Note>('notes:create', { engagementId: engagement.id, day, text });
    await add(2, 'a');
    const moved = await add(2, 'b');
    await call('notes:update', { id: moved.id, day: 3 });
    expect((await add(2, 'c')).ref).toBe('D2-003');
    expect((await add(3, 'd')).ref).toBe('D3-001');
  });

  it('number past 999 on one day in order', async () => {
    const { call, core, engagement } = await setup();
    const insert = core.db.prepare(
      `INSERT INTO notes (id, engagement_id, ref, day, kind, text, captured_at, created_at, updated_at, device_id)
       VALUES (lower(hex(randomblob(16))), ?, ?, 1, 'observation', 'x', '', '', '', 'd')`,
    );
    core.db.transaction(() => {
      for (let i = 1; i <= 1000; i++) insert.run(engagement.id, `D1-${String(i).padStart(3, '0')}`);
    })();
    expect((await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'next' })).ref).toBe('D1-1001');
  });

  it('read the references again after a note arrives from elsewhere (an import or a merge), so none is handed out twice', async () => {
    const { call, core, engagement } = await setup();
    const add = () => call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'x' });
    expect((await add()).ref).toBe('D1-001');
    expect((await add()).ref).toBe('D1-002');
    core.db
      .prepare(
        `INSERT INTO notes (id, engagement_id, ref, day, kind, text, captured_at, created_at, updated_at, device_id)
         VALUES (@id, @engagementId, 'D1-050', 1, 'observation', 'merged', @at, @at, @at, 'other-device')`,
      )
      .run({ id: randomUUID(), engagementId: engagement.id, at: '2026-03-02T09:00:00.000Z' });
    expect((await add()).ref).toBe('D1-051');
    expect((await add()).ref).toBe('D1-052');
  });

  it('keep numbering in order when notes of other days and engagements arrive in between, and start over when rows are removed', async () => {
    const { call, core, engagement } = await setup();
    const other = await call<Engagement>('engagements:create', { clientName: 'Other', pilotName: 'Pilot', weekStart: '2026-03-02' });
    const add = (day: number) => call<Note>('notes:create', { engagementId: engagement.id, day, text: 'x' });
    const insertFromElsewhere = core.db.prepare(
      `INSERT INTO notes (id, engagement_id, ref, day, kind, text, captured_at, created_at, updated_at, device_id)
       VALUES (@id, @engagementId, @ref, @day, 'observation', 'merged', @at, @at, @at, 'other-device')`,
    );
    const elsewhere = (engagementId: string, ref: string, day: number) =>
      insertFromElsewhere.run({ id: randomUUID(), engagementId, ref, day, at: '2026-03-02T09:00:00.000Z' });
    expect((await add(1)).ref).toBe('D1-001');
    expect((await add(2)).ref).toBe('D2-001');
    elsewhere(other.id, 'D1-007', 1);
    elsewhere(engagement.id, 'D2-040', 2);
    expect((await add(1)).ref).toBe('D1-002');
    expect((await add(2)).ref).toBe('D2-041');
    core.db.prepare("DELETE FROM notes WHERE ref = 'D2-041'").run();
    expect((await add(2)).ref).toBe('D2-041');
    expect((await add(1)).ref).toBe('D1-003');
  });

  it('keep the speaker’s name as captured, even after the participant is removed', async () => {
    const { call, engagement, ana } = await setup();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'We re-key every invoice', speakerId: ana.id, kind: 'quote' });
    expect(note).toMatchObject({ speakerName: 'Ana Silva', kind: 'quote', visibility: 'client', pinned: false });
    await call('participants:delete', { id: ana.id });
    const [after] = await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 });
    expect(after).toMatchObject({ speakerId: null, speakerName: 'Ana Silva' });
  });

  it('refuse an empty note, a day outside the week and a speaker from elsewhere, writing nothing', async () => {
    const { call, raw, core, engagement } = await setup();
    const other = await call<Engagement>('engagements:create', { clientName: 'Other', pilotName: 'X', weekStart: '2026-03-02' });
    const stranger = await call<Participant>('participants:create', { engagementId: other.id, name: 'Stranger', function: 'other' });
    expect(await raw('notes:create', { engagementId: engagement.id, day: 1, text: '   \n ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { text: 'An empty note is not saved.' } },
    });
    expect(await raw('notes:create', { engagementId: engagement.id, day: 6, text: 'x' })).toMatchObject({ ok: false, error: { fields: { day: 'Choose a day between 1 and 5.' } } });
    expect(await raw('notes:create', { engagementId: engagement.id, day: 1, text: 'x', speakerId: stranger.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(core.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    // Notes are read a day at a time: asking for a whole engagement at once is refused.
    expect(await raw('notes:list', { engagementId: engagement.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('store any text exactly: a 100 KB note, emoji, right-to-left, combining marks, HTML', async () => {
    const { call, engagement } = await setup();
    const texts = ['x'.repeat(100 * 1024), '👍🏽 café\u0301 — ok', 'הלקוח מרוצה مرحبا', '<img src=x onerror=alert(1)> **bold** =SUM(A1)'];
    for (const text of texts) {
      const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text });
      expect(note.text).toBe(text);
    }
    const listed = await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 });
    expect(listed.map((n) => n.text)).toEqual(texts);
  });

  it('edit, pin, hide from the client, delete and restore', async () => {
    const { call, engagement, ana } = await setup();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'draft' });
    const edited = await call<Note>('notes:update', { id: note.id, text: 'Final wording', speakerId: ana.id, pinned: true, visibility: 'facilitator', area: 'approach' });
    expect(edited).toMatchObject({ text: 'Final wording', speakerName: 'Ana Silva', pinned: true, visibility: 'facilitator', area: 'approach', ref: note.ref });
    await call('notes:delete', { id: note.id });
    expect(await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 })).toEqual([]);
    const restored = await call<Note>('notes:restore', { id: note.id });
    expect(restored).toMatchObject({ deletedAt: null, text: 'Final wording' });
  });
});

describe('full-text search', () => {
  it('is kept in step on insert, edit and delete, finds words mid-note and by prefix, and ranks', async () => {
    const { call, engagement } = await setup();
    const search = (query: string) => call<NoteSearchHit[]>('notes:search', { engagementId: engagement.id, query });
    const a = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'The ERP integration is owned by nobody today' });
    await call<Note>('notes:create', { engagementId: engagement.id, day: 2, text: 'Integration with SAP; integration tests are manual; integration again', tags: ['sap'] });
    expect((await search('owned')).map((h) => h.note.id)).toEqual([a.id]);
    expect((await search('integr')).length).toBe(2);
    expect((await search('integration'))[0]!.note.day).toBe(2);
    expect((await search('owned'))[0]!.highlighted).toBe('The ERP integration is \u0002owned\u0003 by nobody today');
    expect((await search('sap')).length).toBe(1);

    await call('notes:update', { id: a.id, text: 'The CRM link has an owner now' });
    expect(await search('owned')).toEqual([]);
    expect((await search('crm')).map((h) => h.note.id)).toEqual([a.id]);

    await call('notes:delete', { id: a.id });
    expect(await search('crm')).toEqual([]);
    await call('notes:restore', { id: a.id });
    expect((await search('crm')).length).toBe(1);
  });

  it('ignores accents, survives FTS syntax typed by the user, and stays inside the engagement', async () => {
    const { call, engagement } = await setup();
    const other = await call<Engagement>('engagements:create', { clientName: 'Other', pilotName: 'X', weekStart: '2026-03-02' });
    await call('notes:create', { engagementId: engagement.id, day: 1, text: 'Le café coûte cher' });
    await call('notes:create', { engagementId: other.id, day: 1, text: 'cafe elsewhere' });
    expect((await call<NoteSearchHit[]>('notes:search', { engagementId: engagement.id, query: 'cafe' })).length).toBe(1);
    for (const query of ['"unbalanced', 'NEAR(', 'a AND OR', '*', 'col:umn', '']) {
      expect(Array.isArray(await call('notes:search', { engagementId: engagement.id, query }))).toBe(true);
    }
  });

  it('lists a word found in more notes than it ranks newest first, and still ranks a rarer word by relevance', async () => {
    const { call, core, engagement } = await setup();
    const insert = core.db.prepare(
      `INSERT INTO notes (id, engagement_id, ref, day, kind, text, captured_at, created_at, updated_at, device_id)
       VALUES (@id, ?, ?, 1, 'observation', ?, @at, @at, @at, @id)`,
    );
    core.db.transaction(() => {
      // Older notes say "invoice" three times, so relevance alone would put them first.
      for (let i = 1; i <= SEARCH_RANK_LIMIT + 10; i++) {
        insert.run({ id: randomUUID(), at: '2026-03-02T09:00:00.000Z' }, engagement.id, `X-${i}`, i <= 10 ? `invoice invoice invoice ledger old ${i}` : `a long note about one invoice and a new ${i}`);
      }
    })();
    const search = (query: string) => call<NoteSearchHit[]>('notes:search', { engagementId: engagement.id, query, limit: 3 });
    expect((await search('invoice ')).map((h) => h.highlighted)).toEqual([1010, 1009, 1008].map((i) => `a long note about one \u0002invoice\u0003 and a new ${i}`));
    expect((await search('invoi')).map((h) => h.note.text)).toEqual([1010, 1009, 1008].map((i) => `a long note about one invoice and a new ${i}`));
    // Eleven notes have both words: few enough to rank, so the newest (weakest) match is not first.
    await call<Note>('notes:create', { engagementId: engagement.id, day: 2, text: 'one ledger, and an invoice in a long sentence that goes on and on' });
    for (const hit of await search('ledger invoice ')) expect(hit.note.text).toMatch(/^invoice invoice invoice ledger old/);
  });
});

describe('capture draft', () => {
  it('is kept per engagement and cleared when emptied', async () => {
    const { call, engagement } = await setup();
    expect(await call('drafts:get', { engagementId: engagement.id })).toBeNull();
    const draft = { text: 'half a sent', context: { day: 2, sessionId: null, visibility: 'client', keepPrivate: false } };
    await call('drafts:save', { engagementId: engagement.id, draft });
    expect(await call('drafts:get', { engagementId: engagement.id })).toEqual(draft);
    await call('drafts:save', { engagementId: engagement.id, draft: { ...draft, text: '' } });
    expect(await call('drafts:get', { engagementId: engagement.id })).toBeNull();
  });

  it('keeps an empty box that is set to facilitator-only, so a restart does not make it client-visible', async () => {
    const { call, engagement } = await setup();
    const keeping = { text: '', context: { day: null, sessionId: null, visibility: 'facilitator', keepPrivate: true } };
    await call('drafts:save', { engagementId: engagement.id, draft: keeping });
    expect(await call('drafts:get', { engagementId: engagement.id })).toEqual(keeping);
    await call('drafts:save', { engagementId: engagement.id, draft: { text: '', context: { ...keeping.context, visibility: 'client', keepPrivate: false } } });
    expect(await call('drafts:get', { engagementId: engagement.id })).toBeNull();
  });

  it('reads a draft written before "keep private" existed as not keeping private', async () => {
    const { call, core, engagement } = await setup();
    core.db
      .prepare('INSERT INTO capture_drafts (engagement_id, text, context, updated_at) VALUES (?, ?, ?, ?)')
      .run(engagement.id, 'older', JSON.stringify({ day: null, sessionId: null, visibility: 'facilitator' }), '2026-03-02T09:00:00.000Z');
    expect(await call('drafts:get', { engagementId: engagement.id })).toEqual({
      text: 'older',
      context: { day: null, sessionId: null, visibility: 'facilitator', keepPrivate: false },
    });
  });
});

describe('a full disk', () => {
  it('refuses the note in plain words and loses nothing already saved', async () => {
    const { call, raw, core, engagement } = await setup();
    await call('notes:create', { engagementId: engagement.id, day: 1, text: 'saved before' });
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true }) as number}`);
    let result: IpcResult<unknown> | undefined;
    for (let i = 0; i < 100 && (result === undefined || result.ok); i++) {
      result = await raw('notes:create', { engagementId: engagement.id, day: 1, text: `filler ${i} ${'z'.repeat(3000)}` });
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full', message: expect.stringMatching(/disk is full/) } });
    const texts = (await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 })).map((n) => n.text);
    expect(texts[0]).toBe('saved before');
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The refused note's number was never stored, so once there is room the next note takes it: no gap for the client to read.
    const refs = (await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 })).map((n) => n.ref);
    core.db.pragma('max_page_count = 1073741823');
    const next = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'after freeing space' });
    expect(next.ref).toBe(`D1-${String(refs.length + 1).padStart(3, '0')}`);
  });
});
