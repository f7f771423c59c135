import { describe, expect, it, vi } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createApiClient } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestCore } from '../helpers/core';

const newCore = useTestCore();

/** A store on a real core whose `notes:list` answers can be held back, to deliver them out of order. */
async function captureStore() {
  const { dispatch } = newCore();
  const held: (() => void)[] = [];
  let holding = false;
  const bridge: Bridge = {
    invoke: async (channel, payload) => {
      const answer = await dispatch(TRUSTED, channel, payload);
      if (holding && channel === 'notes:list') await new Promise<void>((resolve) => held.push(resolve));
      return answer;
    },
    on: () => () => undefined,
  };
  const store = createAppStore(createApiClient(bridge));
  const create = async (clientName: string) =>
    ((await dispatch(TRUSTED, 'engagements:create', { clientName, pilotName: 'Invoices', weekStart: '2026-03-02' })) as { ok: true; value: Engagement }).value;
  const engagement = await create('Northwind');
  const add = async (day: number, text: string, engagementId = engagement.id, tags: string[] = []) =>
    ((await dispatch(TRUSTED, 'notes:create', { engagementId, day, text, tags })) as { ok: true; value: Note }).value;
  const texts = () => store.getState().notes.map((n) => n.text);
  /** Resolves once `count` answers are being held, so the test releases them in the order it chooses. */
  const holdingAnswers = (count: number) => vi.waitFor(() => expect(held).toHaveLength(count));
  return { store, engagement, create, add, texts, hold: () => (holding = true), holdingAnswers, release: (index: number) => held[index]!() };
}

describe('capture slice', () => {
  it('holds the notes of the day asked for, in capture order, and engagement-wide tags', async () => {
    const { store, engagement, add, texts } = await captureStore();
    await add(1, 'first on day one', engagement.id, ['sap']);
    await add(2, 'only on day two', engagement.id, ['ocr']);
    await add(1, 'second on day one');
    await store.getState().loadNotes(engagement.id, 1);
    expect([store.getState().notesDay, texts()]).toEqual([1, ['first on day one', 'second on day one']]);
    expect(store.getState().knownTags).toEqual(['ocr', 'sap']);
    await store.getState().loadNotes(engagement.id, 2);
    expect([store.getState().notesDay, texts()]).toEqual([2, ['only on day two']]);
  });

  it('drops an answer for a day no longer asked for, even when it arrives last', async () => {
    const { store, engagement, add, texts, hold, holdingAnswers, release } = await captureStore();
    await add(1, 'day one');
    await add(2, 'day two');
    hold();
    const first = store.getState().loadNotes(engagement.id, 1);
    const second = store.getState().loadNotes(engagement.id, 2);
    await holdingAnswers(2);
    release(1);
    await second;
    release(0);
    await first;
    expect([store.getState().notesDay, texts()]).toEqual([2, ['day two']]);
  });

  it('drops an answer for an engagement no longer open', async () => {
    const { store, engagement, create, add, texts, hold, holdingAnswers, release } = await captureStore();
    const other = await create('Contoso');
    await add(1, 'Northwind note');
    await add(1, 'Contoso note', other.id);
    hold();
    const first = store.getState().loadNotes(engagement.id, 1);
    const second = store.getState().loadNotes(other.id, 1);
    await holdingAnswers(2);
    release(1);
    await second;
    release(0);
    await first;
    expect([store.getState().notesEngagementId, texts()]).toEqual([other.id, ['Contoso note']]);
  });

  it('shows a saved, edited or restored note only on its own day, and takes a moved note off the day it left', async () => {
    const { store, engagement, texts } = await captureStore();
    const state = () => store.getState();
    await state().loadNotes(engagement.id, 2);
    const onTwo = await state().saveNote({ engagementId: engagement.id, day: 2, text: 'said on day two' });
    const onThree = await state().saveNote({ engagementId: engagement.id, day: 3, text: 'said on day three' });
    expect(texts()).toEqual(['said on day two']);
    await state().updateNote({ id: onThree.id, pinned: true });
    expect(texts()).toEqual(['said on day two']);
    await state().deleteNote(onThree.id);
    await state().restoreNote(onThree.id);
    expect(texts()).toEqual(['said on day two']);
    await state().updateNote({ id: onTwo.id, day: 1 });
    expect(texts()).toEqual([]);
    await state().updateNote({ id: onThree.id, day: 2 });
    expect(texts()).toEqual(['said on day three']);
    expect(state().pendingNotes).toEqual([]);
  });

  it('counts every write on any day, so a search showing results can refresh', async () => {
    const { store, engagement } = await captureStore();
    await store.getState().loadNotes(engagement.id, 1);
    const before = store.getState().notesRevision;
    await store.getState().saveNote({ engagementId: engagement.id, day: 3, text: 'elsewhere' });
    expect(store.getState().notesRevision).toBeGreaterThan(before);
  });

  it('finds a note of a day not held, with the day it is on', async () => {
    const { store, engagement, add } = await captureStore();
    const note = await add(3, 'far away');
    await store.getState().loadNotes(engagement.id, 1);
    expect((await store.getState().getNote(note.id)).day).toBe(3);
  });
});
