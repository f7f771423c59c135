import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Bridge } from '../../../shared/ipc/bridge';
import { evidenceDeleteQuestion } from '../../../renderer/features/board/note-evidence';
import { createApiClient } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { hashToRoute, noteLinkHash } from '../../../renderer/store/route';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

async function boardStore() {
  const { dispatch } = newCore();
  let refuseMoves = false;
  const bridge: Bridge = {
    invoke: (channel, payload) =>
      refuseMoves && channel === 'findings:move'
        ? Promise.resolve({ ok: false, error: { code: 'conflict', message: 'Refused for the test.' } })
        : dispatch(TRUSTED, channel, payload),
    on: () => () => undefined,
  };
  const api = createApiClient(bridge);
  const store = createAppStore(api);
  const engagement = (await dispatch(TRUSTED, 'engagements:create', { clientName: 'A', pilotName: 'B', weekStart: '2026-03-02' })) as { ok: true; value: Engagement };
  const id = engagement.value.id;
  await store.getState().loadBoard(id);
  return { store, id, api, refuse: () => (refuseMoves = true) };
}

const cell = (store: Awaited<ReturnType<typeof boardStore>>['store'], area: string, day: number) =>
  store
    .getState()
    .findings.filter((f) => f.area === area && f.day === day)
    .sort((a, b) => a.position - b.position)
    .map((f) => f.title);

describe('board slice', () => {
  it('moves at once on screen, matches the database, and puts a refused move back', async () => {
    const { store, id, refuse } = await boardStore();
    const a = await store.getState().createFinding({ engagementId: id, title: 'A', area: 'approach', day: 1 });
    await store.getState().createFinding({ engagementId: id, title: 'B', area: 'approach', day: 1 });
    const moving = store.getState().moveFinding(a.id, 'path-to-ship', 2, 0);
    expect(cell(store, 'path-to-ship', 2)).toEqual(['A']);
    await moving;
    await store.getState().loadBoard(id);
    expect(cell(store, 'path-to-ship', 2)).toEqual(['A']);
    expect(cell(store, 'approach', 1)).toEqual(['B']);

    refuse();
    await expect(store.getState().moveFinding(a.id, 'approach', 1, 0)).rejects.toThrow('Refused for the test.');
    expect(cell(store, 'path-to-ship', 2)).toEqual(['A']);
    expect(cell(store, 'approach', 1)).toEqual(['B']);
  });

  it('changes only the findings a move renumbers, and the answer from the database, the same, changes nothing more', async () => {
    const { store, id } = await boardStore();
    const a = await store.getState().createFinding({ engagementId: id, title: 'A', area: 'approach', day: 1 });
    await store.getState().createFinding({ engagementId: id, title: 'B', area: 'approach', day: 1 });
    const c = await store.getState().createFinding({ engagementId: id, title: 'C', area: 'problem-fit', day: 3 });
    const elsewhere = store.getState().findings.find((f) => f.id === c.id);
    const moving = store.getState().moveFinding(a.id, 'path-to-ship', 2, 0);
    const shown = store.getState().findings;
    expect(cell(store, 'approach', 1)).toEqual(['B']);
    await moving;
    expect(store.getState().findings).toBe(shown);
    expect(store.getState().findings.find((f) => f.id === c.id)).toBe(elsewhere);
    expect(store.getState().findings.map((f) => [f.title, f.area, f.day, f.position])).toEqual([
      ['A', 'path-to-ship', 2, 0],
      ['B', 'approach', 1, 0],
      ['C', 'problem-fit', 3, 0],
    ]);
  });

  it('deletes and restores, and promotes a note into the open board', async () => {
    const { store, id, api } = await boardStore();
    const b = await store.getState().createFinding({ engagementId: id, title: 'B', area: 'approach', day: 1 });
    await store.getState().deleteFinding(b.id);
    expect(store.getState().findings).toEqual([]);
    await store.getState().restoreFinding(b.id);
    expect(store.getState().findings.map((f) => f.title)).toEqual(['B']);

    const note = await api.invoke('notes:create', { engagementId: id, day: 1, text: 'No labels exist. Nobody owns them.' });
    const promoted = await store.getState().promoteNote(note.id, 'approach');
    expect(store.getState().findings.map((f) => f.title)).toEqual(['B', 'No labels exist.']);
    expect(await store.getState().findingsForNote(note.id)).toEqual([{ id: promoted.id, title: 'No labels exist.' }]);
  });

  it('offers the 30 newest notes, last day first, before anything is typed in a picker', async () => {
    const { store, id, api } = await boardStore();
    for (let i = 1; i <= 35; i++) await api.invoke('notes:create', { engagementId: id, day: i % 2 === 0 ? 2 : 1, text: `note ${i}` });
    const picked = (await store.getState().pickNotes(id, '')).map((hit) => hit.highlighted);
    const dayTwo = Array.from({ length: 17 }, (_, k) => `note ${34 - 2 * k}`);
    const dayOne = Array.from({ length: 13 }, (_, k) => `note ${35 - 2 * k}`);
    expect(picked).toEqual([...dayTwo, ...dayOne]);
  });
});

describe('presenter mode', () => {
  it('opens the board of the engagement from any screen and ends when the route leaves that board', async () => {
    const { store, id } = await boardStore();
    store.getState().navigate({ name: 'workspace', engagementId: id, section: 'capture' });
    store.getState().present(id);
    expect(store.getState().route).toEqual({ name: 'workspace', engagementId: id, section: 'board' });
    expect(store.getState().presentingEngagementId).toBe(id);

    store.getState().navigate({ name: 'workspace', engagementId: id, section: 'board' });
    expect(store.getState().presentingEngagementId).toBe(id);
    store.getState().navigate({ name: 'workspace', engagementId: id, section: 'agenda' });
    expect(store.getState().presentingEngagementId).toBeNull();

    store.getState().present(id);
    store.getState().stopPresenting();
    expect(store.getState().presentingEngagementId).toBeNull();
    expect(store.getState().route).toEqual({ name: 'workspace', engagementId: id, section: 'board' });
  });
});

describe('links to a note', () => {
  it('open the capture route with the note in the hash', () => {
    const hash = noteLinkHash('e1', 'n1');
    expect(hash).toBe('#/engagements/e1/capture?focus=n1');
    expect(hashToRoute(hash)).toEqual({ name: 'workspace', engagementId: 'e1', section: 'capture', focus: 'n1' });
  });

  it('ask before deleting a note that is evidence, naming the findings', () => {
    expect(evidenceDeleteQuestion('D1-001', [])).toBeNull();
    expect(evidenceDeleteQuestion('D1-001', [{ title: 'Re-keying' }])).toBe(
      'Note D1-001 is evidence for the finding “Re-keying”. Delete it and unlink it from that finding?',
    );
    expect(evidenceDeleteQuestion('D1-001', [{ title: 'a' }, { title: 'b' }, { title: 'c' }, { title: 'd' }])).toMatch(
      /^Note D1-001 is evidence for 4 findings “a”, “b”, “c” and 1 more\. .* them\?$/,
    );
  });
});
