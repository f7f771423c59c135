import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding, FindingMove, FindingPlacement } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { IpcResult } from '../../../shared/ipc/result';
import { caller } from '../helpers/seed-engagement';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

async function setup(options: { now?: () => Date } = {}) {
  const { dispatch, core } = newCore(options);
  const raw = (channel: string, payload: unknown) => dispatch(TRUSTED, channel, payload) as Promise<IpcResult<unknown>>;
  const call = caller(dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
  const ana = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Ana Silva', function: 'operator' });
  const add = (title: string, area = 'problem-fit', day = 1) => call<Finding>('findings:create', { engagementId: engagement.id, title, area, day });
  const list = () => call<Finding[]>('findings:list', { engagementId: engagement.id });
  /** Titles of a cell in stored order, read from the database as another program would. */
  const cell = (area: string, day: number) =>
    core.db
      .prepare<[string, string, number], { title: string; position: number }>(
        'SELECT title, position FROM findings WHERE engagement_id = ? AND area = ? AND day = ? AND deleted_at IS NULL ORDER BY position',
      )
      .all(engagement.id, area, day);
  return { call, raw, core, engagement, ana, add, list, cell };
}

const titles = (rows: { title: string; position: number }[]) => {
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
  return rows.map((r) => r.title);
};

describe('findings', () => {
  it('keep each cell densely ordered through moves within and across cells, and record changes of cell', async () => {
    const { call, add, cell } = await setup();
    const a = await add('A');
    const b = await add('B');
    const c = await add('C');
    const x = await add('X', 'approach', 2);
    expect(titles(cell('problem-fit', 1))).toEqual(['A', 'B', 'C']);

    const reordered = await call<FindingPlacement[]>('findings:move', { id: c.id, toArea: 'problem-fit', toDay: 1, toIndex: 0 });
    expect(reordered.map((p) => p.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(titles(cell('problem-fit', 1))).toEqual(['C', 'A', 'B']);

    await call('findings:move', { id: a.id, toArea: 'approach', toDay: 2, toIndex: 0 });
    expect(titles(cell('problem-fit', 1))).toEqual(['C', 'B']);
    expect(titles(cell('approach', 2))).toEqual(['A', 'X']);

    const same = await call<FindingPlacement[]>('findings:move', { id: x.id, toArea: 'approach', toDay: 2, toIndex: 99 });
    expect(same).toEqual([]);

    expect(await call<FindingMove[]>('findings:history', { id: a.id })).toMatchObject([{ fromArea: 'problem-fit', fromDay: 1, toArea: 'approach', toDay: 2 }]);
    expect(await call<FindingMove[]>('findings:history', { id: c.id })).toEqual([]);
  });

  it('refuse a finding without a title or an area, and a move outside the week, changing nothing', async () => {
    const { raw, add, engagement, cell } = await setup();
    expect(await raw('findings:create', { engagementId: engagement.id, title: '  ', area: 'approach', day: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { title: 'Title is required.' } },
    });
    expect(await raw('findings:create', { engagementId: engagement.id, title: 'No area', day: 1 })).toMatchObject({
      ok: false,
      error: { fields: { area: 'Choose one of the four audit areas.' } },
    });
    const a = await add('A');
    expect(await raw('findings:move', { id: a.id, toArea: 'approach', toDay: 6, toIndex: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Day 6 is outside this 5-day engagement. Choose a day between 1 and 5.' },
    });
    expect(titles(cell('problem-fit', 1))).toEqual(['A']);
  });

  it('promote a note with its first sentence, text, area and day, linked as evidence', async () => {
    const { call, raw, engagement } = await setup();
    const note = await call<Note>('notes:create', {
      engagementId: engagement.id,
      day: 2,
      area: 'production-requirements',
      kind: 'risk',
      text: 'Nobody watches the model once it ships. The vendor said drift is "rare".',
    });
    const finding = await call<Finding>('findings:promote-note', { noteId: note.id });
    expect(finding).toMatchObject({
      title: 'Nobody watches the model once it ships.',
      body: note.text,
      area: 'production-requirements',
      day: 2,
      kind: 'risk',
      visibility: 'client',
      evidence: [{ noteId: note.id, ref: 'D2-001', text: note.text }],
    });
    const bare = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'No area on this one' });
    expect(await raw('findings:promote-note', { noteId: bare.id })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { area: 'Choose an area.' } } });
    expect(await call<Finding>('findings:promote-note', { noteId: bare.id, area: 'approach' })).toMatchObject({ area: 'approach', day: 1 });
  });

  it('a facilitator-only note becomes a facilitator-only finding', async () => {
    const { call, engagement } = await setup();
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, area: 'approach', text: 'Sponsor may leave.', visibility: 'facilitator' });
    expect(await call<Finding>('findings:promote-note', { noteId: note.id })).toMatchObject({ visibility: 'facilitator' });
  });

  it('link and unlink notes; a deleted note drops out of the evidence, says which findings cite it first, and returns with undo', async () => {
    const { call, add, engagement } = await setup();
    const finding = await add('Re-keying');
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'They re-key every invoice' });
    const other = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Two hours a day' });
    await call('findings:link-note', { findingId: finding.id, noteId: note.id });
    const linked = await call<Finding>('findings:link-note', { findingId: finding.id, noteId: other.id });
    expect(linked.evidence.map((e) => e.ref)).toEqual(['D1-001', 'D1-002']);
    expect(await call('findings:for-note', { noteId: note.id })).toEqual([{ id: finding.id, title: 'Re-keying' }]);

    await call('notes:delete', { id: note.id });
    const [afterDelete] = await call<Finding[]>('findings:list', { engagementId: engagement.id });
    expect(afterDelete!.evidence.map((e) => e.ref)).toEqual(['D1-002']);
    await call('notes:restore', { id: note.id });
    const [afterUndo] = await call<Finding[]>('findings:list', { engagementId: engagement.id });
    expect(afterUndo!.evidence.map((e) => e.ref)).toEqual(['D1-001', 'D1-002']);

    const unlinked = await call<Finding>('findings:unlink-note', { findingId: finding.id, noteId: other.id });
    expect(unlinked.evidence.map((e) => e.ref)).toEqual(['D1-001']);
    expect(await call('findings:for-note', { noteId: other.id })).toEqual([]);
  });

  it('deleting a finding keeps its notes and closes the gap; undo puts it back where it was', async () => {
    const { call, add, list, cell, engagement } = await setup();
    await add('A');
    const b = await add('B');
    await add('C');
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Evidence' });
    await call('findings:link-note', { findingId: b.id, noteId: note.id });
    await call('findings:delete', { id: b.id });
    expect(titles(cell('problem-fit', 1))).toEqual(['A', 'C']);
    expect((await list()).map((f) => f.title)).toEqual(['A', 'C']);
    expect(await call<Note[]>('notes:list', { engagementId: engagement.id, day: 1 })).toHaveLength(1);
    await call('findings:restore', { id: b.id });
    expect(titles(cell('problem-fit', 1))).toEqual(['A', 'B', 'C']);
  });

  it('number findings F1, F2, … in the order recorded; deleting one renumbers none, and a new one never takes a freed number', async () => {
    const { call, add, list } = await setup();
    const a = await add('A');
    const b = await add('B', 'approach', 2);
    const c = await add('C');
    const refs = async () => Object.fromEntries((await list()).map((f) => [f.title, f.ref]));
    expect([a.ref, b.ref, c.ref]).toEqual(['F1', 'F2', 'F3']);
    await call('findings:delete', { id: a.id });
    expect(await refs()).toEqual({ B: 'F2', C: 'F3' });
    expect((await add('D')).ref).toBe('F4');
    expect((await call<Finding>('findings:restore', { id: a.id })).ref).toBe('F1');
    expect((await call<Finding>('findings:update', { id: c.id, title: 'C, edited', area: 'path-to-ship' })).ref).toBe('F3');
    expect(await refs()).toEqual({ A: 'F1', B: 'F2', 'C, edited': 'F3', D: 'F4' });
  });

  it('number findings recorded in the same millisecond in the order they were written', async () => {
    const { call, engagement } = await setup({ now: () => new Date('2026-03-02T09:00:00.000Z') });
    const made: Finding[] = [];
    for (const title of ['Z first', 'Y second', 'X third', 'W fourth']) made.push(await call<Finding>('findings:create', { engagementId: engagement.id, title, area: 'approach', day: 1 }));
    expect(made.map((f) => f.ref)).toEqual(['F1', 'F2', 'F3', 'F4']);
    const listed = await call<Finding[]>('findings:list', { engagementId: engagement.id });
    expect(listed.map((f) => [f.title, f.ref])).toEqual([['Z first', 'F1'], ['Y second', 'F2'], ['X third', 'F3'], ['W fourth', 'F4']]);
  });

  it('edit every field; a change of day or area goes to the end of the new cell and into the history', async () => {
    const { call, add, cell, ana } = await setup();
    const a = await add('A');
    await add('B', 'path-to-ship', 3);
    const edited = await call<Finding>('findings:update', {
      id: a.id,
      title: 'A, sharper',
      body: 'Details',
      kind: 'gap',
      severity: 'critical',
      confidence: 'high',
      status: 'validated',
      ownerId: ana.id,
      recommendation: 'Fix it',
      votes: 5,
      area: 'path-to-ship',
      day: 3,
    });
    expect(edited).toMatchObject({ title: 'A, sharper', severity: 'critical', ownerId: ana.id, votes: 5, area: 'path-to-ship', day: 3, position: 1 });
    expect(titles(cell('path-to-ship', 3))).toEqual(['B', 'A, sharper']);
    expect(await call<FindingMove[]>('findings:history', { id: a.id })).toHaveLength(1);
    await call('participants:delete', { id: ana.id });
    expect((await call<Finding[]>('findings:list', { engagementId: edited.engagementId }))[0]).toMatchObject({ ownerId: null });
  });

  it('sort a cell by votes, most first, ties keeping their order', async () => {
    const { call, add, cell, engagement } = await setup();
    const a = await add('A');
    const b = await add('B');
    const c = await add('C');
    await call('findings:update', { id: a.id, votes: 1 });
    await call('findings:update', { id: b.id, votes: 3 });
    await call('findings:update', { id: c.id, votes: 1 });
    await call('findings:sort-cell', { engagementId: engagement.id, area: 'problem-fit', day: 1 });
    expect(titles(cell('problem-fit', 1))).toEqual(['B', 'A', 'C']);
  });
});
