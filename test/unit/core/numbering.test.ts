import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeReport } from '../../../shared/domain/archive';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import { useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();

async function setup() {
  const test = newCore();
  const call = caller(test.dispatch);
  const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
  const note = (day: number, text: string, visibility: 'client' | 'facilitator' = 'client') =>
    call<Note>('notes:create', { engagementId: engagement.id, day, text, visibility });
  const finding = (title: string, visibility: 'client' | 'facilitator' = 'client') =>
    call<Finding>('findings:create', { engagementId: engagement.id, title, area: 'approach', day: 1, visibility });
  const show = <T>(channel: 'notes:update' | 'findings:update', id: string, visibility: 'client' | 'facilitator') => call<T>(channel, { id, visibility });
  const stored = (table: 'notes' | 'findings', id: string) => test.core.db.prepare<[string], string>(`SELECT ref FROM ${table} WHERE id = ?`).pluck().get(id);
  return { ...test, call, engagement, note, finding, show, stored };
}

describe('client numbering of notes', () => {
  it('gives a private note a private reference, so the client notes either side of it are consecutive', async () => {
    const { note, call, engagement } = await setup();
    const refs = [(await note(3, 'a')).ref, (await note(3, 'aside', 'facilitator')).ref, (await note(3, 'b')).ref, (await note(3, 'aside 2', 'facilitator')).ref];
    expect(refs).toEqual(['D3-001', 'D3-P01', 'D3-002', 'D3-P02']);
    expect((await call<Note[]>('notes:list', { engagementId: engagement.id, day: 3 })).map((n) => n.ref)).toEqual(refs);
  });

  it('numbers a private note when it is first made client-visible, on the day it is on then, and keeps that number for good', async () => {
    const { note, show, call, stored } = await setup();
    await note(1, 'a');
    const aside = await note(1, 'aside', 'facilitator');
    await note(1, 'b');
    const published = await show<Note>('notes:update', aside.id, 'client');
    expect(published.ref).toBe('D1-003');
    expect(stored('notes', aside.id)).toBe('D1-003');
    // Capture carries on after it, with no number handed out twice.
    expect((await note(1, 'c')).ref).toBe('D1-004');
    // Withdrawn: it keeps its number, and shown again it is the same. Its private label was only a
    // working label while it had no number; a new private note may take it.
    expect((await show<Note>('notes:update', aside.id, 'facilitator')).ref).toBe('D1-003');
    expect((await note(1, 'aside 2', 'facilitator')).ref).toBe('D1-P01');
    expect((await show<Note>('notes:update', aside.id, 'client')).ref).toBe('D1-003');
    expect((await call<Note>('notes:update', { id: aside.id, text: 'edited', day: 2 })).ref).toBe('D1-003');

    const moved = await note(1, 'moved before it was shown', 'facilitator');
    await call('notes:update', { id: moved.id, day: 2, visibility: 'facilitator' });
    expect((await show<Note>('notes:update', moved.id, 'client')).ref).toBe('D2-001');
  });

  it('counts notes another writer stored behind capture’s back, in their own series only, whether their references parse or not', async () => {
    const { note, core, engagement } = await setup();
    expect((await note(1, 'a')).ref).toBe('D1-001');
    expect((await note(2, 'b')).ref).toBe('D2-001');
    const insertBehind = core.db.prepare(
      `INSERT INTO notes (id, engagement_id, ref, day, kind, text, speaker_name, tags, visibility, pinned, captured_at, created_at, updated_at, device_id)
       VALUES (?, ?, ?, 1, 'observation', 'written elsewhere', '', '[]', 'client', 0, '2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z', 'other')`,
    );
    insertBehind.run('behind-1', engagement.id, 'D1-007');
    insertBehind.run('behind-2', engagement.id, 'D2-012x');
    insertBehind.run('behind-3', engagement.id, 'legacy 42');
    expect((await note(1, 'c')).ref).toBe('D1-008');
    expect((await note(2, 'd')).ref).toBe('D2-013');
    expect((await note(3, 'e')).ref).toBe('D3-001');
  });

  it('keeps a deleted note’s number: the next note never takes it, and an undone deletion brings it back', async () => {
    const { note, call } = await setup();
    await note(1, 'a');
    const b = await note(1, 'b');
    await call('notes:delete', { id: b.id });
    expect((await note(1, 'c')).ref).toBe('D1-003');
    expect((await call<Note>('notes:restore', { id: b.id })).ref).toBe('D1-002');
  });
});

describe('client numbering of findings', () => {
  it('numbers client-visible findings F1, F2, … and private ones P1, P2, …, so a private one leaves no gap', async () => {
    const { finding, call, engagement } = await setup();
    const made = [await finding('A'), await finding('hunch', 'facilitator'), await finding('B'), await finding('hunch 2', 'facilitator')];
    expect(made.map((f) => f.ref)).toEqual(['F1', 'P1', 'F2', 'P2']);
    expect((await call<Finding[]>('findings:list', { engagementId: engagement.id })).map((f) => f.ref).sort()).toEqual(['F1', 'F2', 'P1', 'P2']);
  });

  it('numbers a private finding when it is first made client-visible, and keeps that number through withdrawal, deletion and undo', async () => {
    const { finding, show, call, stored } = await setup();
    await finding('A');
    const hunch = await finding('hunch', 'facilitator');
    await finding('B');
    expect((await show<Finding>('findings:update', hunch.id, 'client')).ref).toBe('F3');
    expect((await finding('C')).ref).toBe('F4');
    expect((await show<Finding>('findings:update', hunch.id, 'facilitator')).ref).toBe('F3');
    // A private reference is a working label while nothing holds a client number: the label P1 is free again.
    expect((await finding('hunch 2', 'facilitator')).ref).toBe('P1');
    expect((await show<Finding>('findings:update', hunch.id, 'client')).ref).toBe('F3');
    await call('findings:delete', { id: hunch.id });
    expect(stored('findings', hunch.id)).toBe('F3');
    expect((await finding('D')).ref).toBe('F5');
    expect((await call<Finding>('findings:restore', { id: hunch.id })).ref).toBe('F3');
  });

  it('gives a finding promoted from a private note a private reference', async () => {
    const { note, call } = await setup();
    const aside = await note(2, 'The sponsor doubts the vendor', 'facilitator');
    const promoted = await call<Finding>('findings:promote-note', { noteId: aside.id, area: 'approach' });
    expect(promoted).toMatchObject({ ref: 'P1', visibility: 'facilitator' });
  });
});

describe('client numbering across laptops', () => {
  it('merges a co-facilitator’s archive with every reference unique, the client series gapless, and capture carrying on after it', async () => {
    const lead = await setup();
    const co = newCore();
    const coCall = caller(co.dispatch);
    const archive = async (from: typeof lead.core, name: string) => {
      const file = path.join(path.dirname(lead.dbPath), name);
      await from.archive.exportTo(lead.engagement.id, file);
      return file;
    };

    await lead.note(1, 'shared');
    const aside = await lead.note(1, 'aside', 'facilitator');
    await lead.finding('Shared finding');
    await co.core.archive.importFile(await archive(lead.core, 'shared.auditweek'));

    // The co-facilitator shows the aside to the client and records a finding of their own …
    expect((await coCall<Note>('notes:update', { id: aside.id, visibility: 'client' })).ref).toBe('D1-002');
    const theirs = await coCall<Finding>('findings:create', { engagementId: lead.engagement.id, title: 'Their finding', area: 'approach', day: 1 });
    await coCall('findings:create', { engagementId: lead.engagement.id, title: 'Their hunch', area: 'approach', day: 1, visibility: 'facilitator' });
    // … while the lead captures on and records one too, taking the same numbers.
    const ours = await lead.note(1, 'ours');
    const ourFinding = await lead.finding('Our finding');
    expect([ours.ref, theirs.ref, ourFinding.ref]).toEqual(['D1-002', 'F2', 'F2']);

    const report = await lead.core.archive.importFile(await archive(co.core, 'co.auditweek'));
    expect(report.renumbered).toEqual<MergeReport['renumbered']>([
      { table: 'notes', id: aside.id, from: 'D1-002', to: 'D1-003' },
      { table: 'findings', id: theirs.id, from: 'F2', to: 'F3' },
    ]);
    const rows = (table: string) =>
      lead.core.db.prepare<[string], { ref: string; visibility: string }>(`SELECT ref, visibility FROM ${table} WHERE engagement_id = ? ORDER BY ref`).all(lead.engagement.id);
    expect(rows('notes')).toEqual([
      { ref: 'D1-001', visibility: 'client' },
      { ref: 'D1-002', visibility: 'client' },
      { ref: 'D1-003', visibility: 'client' },
    ]);
    expect(rows('findings')).toEqual([
      { ref: 'F1', visibility: 'client' },
      { ref: 'F2', visibility: 'client' },
      { ref: 'F3', visibility: 'client' },
      { ref: 'P1', visibility: 'facilitator' },
    ]);
    // The merge changed a reference without adding a row: capture must not hand D1-003 out again.
    expect((await lead.note(1, 'after the merge')).ref).toBe('D1-004');
    expect((await lead.finding('After the merge')).ref).toBe('F4');
  });
});
