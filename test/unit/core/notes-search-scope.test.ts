import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note, NoteSearchHit } from '../../../shared/domain/note';
import type { Dispatch } from '../../../shared/ipc/dispatch';
import { useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();

/** Words shared by every engagement, several starting alike, so prefixes of one to three letters are told apart. */
const WORDS = ['invoice', 'invoices', 'inbox', 'approval', 'apex', 'ledger', 'late', 'owner'] as const;
const TAGS = ['ops', 'open', 'audit'] as const;

/** What a search must find, by a route that shares nothing with the index: the note's words, lower-cased. */
function naiveMatches(notes: readonly Note[], query: string): string[] {
  const terms = query.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const prefixLast = !query.endsWith(' ');
  return notes
    .filter((note) => {
      const words = `${note.text} ${note.speakerName} ${note.tags.join(' ')}`.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      return terms.every((term, i) => words.some((w) => (prefixLast && i === terms.length - 1 ? w.startsWith(term) : w === term)));
    })
    .map((n) => n.id)
    .sort();
}

/**
 * Every query the checks ask: each word whole, and as every prefix from one letter to the whole word
 * (past three letters the index is asked for three and the notes found are checked), and two words together.
 */
const QUERIES = [
  ...WORDS.map((w) => `${w} `),
  ...new Set(WORDS.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)))),
  ...TAGS.map((t) => `${t} `),
  'invoice a',
  'ledger owner ',
  'late in',
  'owner invoic',
];

function searcher(dispatch: Dispatch) {
  const call = caller(dispatch);
  return async (engagementId: string, query: string) =>
    (await call<NoteSearchHit[]>('notes:search', { engagementId, query, limit: 200 })).map((h) => h.note.id).sort();
}

describe('search within an engagement', () => {
  it('finds exactly the engagement’s own notes, from the first letter, among engagements sharing every word', async () => {
    const { dispatch } = newCore();
    const call = caller(dispatch);
    const search = searcher(dispatch);
    const engagements = await Promise.all(
      ['Old', 'Middle', 'New'].map((clientName) => call<Engagement>('engagements:create', { clientName, pilotName: 'Invoices', weekStart: '2026-03-02' })),
    );
    const notesOf = new Map<string, Note[]>(engagements.map((e) => [e.id, []]));
    for (const [i, text] of ['invoice late', 'approval owner', 'ledger inbox', 'invoices apex', 'late approval', 'owner ledger invoice'].entries()) {
      for (const engagement of engagements.slice(i % 2)) {
        notesOf.get(engagement.id)!.push(await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text, tags: i === 2 ? ['ops'] : [] }));
      }
    }
    for (const engagement of engagements) {
      for (const query of QUERIES) expect(await search(engagement.id, query), `${engagement.clientName}: "${query}"`).toEqual(naiveMatches(notesOf.get(engagement.id)!, query));
    }
    // The one-letter search is not empty by accident: two of the oldest engagement’s three notes have a word starting with i.
    expect(await search(engagements[0]!.id, 'i')).toHaveLength(2);
  });

  it('follows edits: changed text, tags, a deleted and a restored note, a visibility change', async () => {
    const { dispatch } = newCore();
    const call = caller(dispatch);
    const search = searcher(dispatch);
    const [mine, theirs] = await Promise.all(
      ['Mine', 'Theirs'].map((clientName) => call<Engagement>('engagements:create', { clientName, pilotName: 'Invoices', weekStart: '2026-03-02' })),
    );
    const note = await call<Note>('notes:create', { engagementId: mine!.id, day: 1, text: 'The ledger is late' });
    const twin = await call<Note>('notes:create', { engagementId: theirs!.id, day: 1, text: 'The ledger is late' });
    expect(await search(mine!.id, 'l')).toEqual([note.id]);

    await call('notes:update', { id: note.id, text: 'The inbox overflows', tags: ['audit'] });
    expect(await search(mine!.id, 'ledger ')).toEqual([]);
    expect(await search(mine!.id, 'inb')).toEqual([note.id]);
    expect(await search(mine!.id, 'aud')).toEqual([note.id]);
    expect(await search(theirs!.id, 'ledger ')).toEqual([twin.id]);
    expect(await search(theirs!.id, 'i')).toEqual([twin.id]);

    await call('notes:update', { id: note.id, visibility: 'facilitator' });
    expect(await search(mine!.id, 'i')).toEqual([note.id]);
    await call('notes:update', { id: note.id, visibility: 'client', pinned: true });
    expect(await search(mine!.id, 'o')).toEqual([note.id]);

    await call('notes:delete', { id: note.id });
    expect(await search(mine!.id, 'i')).toEqual([]);
    expect(await search(theirs!.id, 'i')).toEqual([twin.id]);
    await call('notes:restore', { id: note.id });
    expect(await search(mine!.id, 'i')).toEqual([note.id]);
  });

  it('finds notes an archive brought in, new or merged, and forgets a deleted engagement’s notes', async () => {
    const laptopA = newCore();
    const laptopB = newCore();
    const callA = caller(laptopA.dispatch);
    const callB = caller(laptopB.dispatch);
    const searchB = searcher(laptopB.dispatch);
    const week = await callA<Engagement>('engagements:create', { clientName: 'Shared week', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const edited = await callA<Note>('notes:create', { engagementId: week.id, day: 1, text: 'invoice backlog' });
    const dropped = await callA<Note>('notes:create', { engagementId: week.id, day: 1, text: 'invoice owner' });
    const file = path.join(path.dirname(laptopA.dbPath), 'week.auditweek');
    await laptopA.core.archive.exportTo(week.id, file);

    const local = await callB<Engagement>('engagements:create', { clientName: 'Local', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const localNote = await callB<Note>('notes:create', { engagementId: local.id, day: 1, text: 'invoice here too' });
    expect(await laptopB.core.archive.importFile(file)).toMatchObject({ created: true });
    expect(await searchB(week.id, 'invoice ')).toEqual([edited.id, dropped.id].sort());
    expect(await searchB(local.id, 'invoice ')).toEqual([localNote.id]);

    // Laptop B captures in the shared week while A edits, deletes and adds; then B merges A's archive.
    const fromB = await callB<Note>('notes:create', { engagementId: week.id, day: 2, text: 'invoice approval' });
    await callA('notes:update', { id: edited.id, text: 'ledger backlog' });
    await callA('notes:delete', { id: dropped.id });
    const added = await callA<Note>('notes:create', { engagementId: week.id, day: 2, text: 'invoice inbox' });
    await laptopA.core.archive.exportTo(week.id, file);
    expect(await laptopB.core.archive.importFile(file)).toMatchObject({ created: false, conflicts: [] });
    expect(await searchB(week.id, 'invoice ')).toEqual([fromB.id, added.id].sort());
    expect(await searchB(week.id, 'l')).toEqual([edited.id]);
    expect(await searchB(week.id, 'i')).toEqual([fromB.id, added.id].sort());
    expect(await searchB(local.id, 'i')).toEqual([localNote.id]);

    await callB('engagements:delete', { id: week.id });
    expect(await searchB(local.id, 'i')).toEqual([localNote.id]);
    expect(laptopB.core.db.prepare('SELECT count(*) FROM notes_fts').pluck().get()).toBe(1);
    // Brought back from the archive, it is found again.
    expect(await laptopB.core.archive.importFile(file)).toMatchObject({ created: true });
    expect(await searchB(week.id, 'i')).toEqual([added.id]);
    expect(await searchB(week.id, 'l')).toEqual([edited.id]);
  });

  it('agrees with a plain filter of the engagement’s notes after any sequence of writes in several engagements', async () => {
    const { dispatch, core } = newCore();
    // Thousands of commits: durability is not what this test is about, and fsync would dominate it.
    core.db.pragma('synchronous = OFF');
    const call = caller(dispatch);
    const search = searcher(dispatch);
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    const tags = fc.subarray([...TAGS], { maxLength: 2 });
    const op = fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('create' as const), engagement: fc.nat(), text, tags, facilitator: fc.boolean() }) },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), note: fc.nat(), text, tags }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), note: fc.nat() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), note: fc.nat() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('visibility' as const), note: fc.nat() }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('new-engagement' as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-engagement' as const), engagement: fc.nat() }) },
    );
    const liveFts = core.db.prepare<[], number>('SELECT rowid FROM notes_fts ORDER BY rowid').pluck();
    const expectedFts = core.db
      .prepare<[], number>('SELECT (s.key << 32) + n.rowid FROM notes n JOIN notes_fts_scopes s ON s.engagement_id = n.engagement_id WHERE n.deleted_at IS NULL ORDER BY 1')
      .pluck();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
        runs += 1;
        const engagements: string[] = [];
        const notes = new Map<string, Note>();
        const newEngagement = async () =>
          engagements.push((await call<Engagement>('engagements:create', { clientName: `E${runs}`, pilotName: 'P', weekStart: '2026-03-02' })).id);
        for (let i = 0; i < 3; i++) await newEngagement();
        const anyNote = (n: number) => [...notes.values()][n % Math.max(1, notes.size)];
        for (const o of ops) {
          if (o.kind === 'create' && engagements.length > 0) {
            const engagementId = engagements[o.engagement % engagements.length]!;
            const note = await call<Note>('notes:create', { engagementId, day: 1, text: o.text, tags: o.tags, visibility: o.facilitator ? 'facilitator' : 'client' });
            notes.set(note.id, note);
          }
          const target = 'note' in o ? anyNote(o.note) : undefined;
          if (o.kind === 'edit' && target && !target.deletedAt) notes.set(target.id, await call<Note>('notes:update', { id: target.id, text: o.text, tags: o.tags }));
          if (o.kind === 'delete' && target) notes.set(target.id, await call<Note>('notes:delete', { id: target.id }));
          if (o.kind === 'restore' && target) notes.set(target.id, await call<Note>('notes:restore', { id: target.id }));
          if (o.kind === 'visibility' && target && !target.deletedAt) {
            notes.set(target.id, await call<Note>('notes:update', { id: target.id, visibility: target.visibility === 'client' ? 'facilitator' : 'client' }));
          }
          if (o.kind === 'new-engagement') await newEngagement();
          if (o.kind === 'delete-engagement' && engagements.length > 0) {
            const [gone] = engagements.splice(o.engagement % engagements.length, 1);
            await call('engagements:delete', { id: gone });
            for (const note of [...notes.values()]) if (note.engagementId === gone) notes.delete(note.id);
          }
        }
        for (const engagementId of engagements) {
          const live = [...notes.values()].filter((n) => n.engagementId === engagementId && !n.deletedAt);
          for (const query of QUERIES) expect(await search(engagementId, query), query).toEqual(naiveMatches(live, query));
        }
        expect(liveFts.all()).toEqual(expectedFts.all());
        for (const engagementId of engagements) await call('engagements:delete', { id: engagementId });
      }),
      { seed: 160, numRuns: 60 },
    );
    expect(liveFts.all()).toEqual([]);
    expect(() => core.db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 0)")).not.toThrow();
  }, 60_000);
});
