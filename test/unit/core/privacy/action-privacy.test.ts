import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Note } from '../../../../shared/domain/note';
import type { Participant } from '../../../../shared/domain/participant';
import { useTestCore } from '../../helpers/core';
import { caller } from '../../helpers/seed-engagement';
import { useTempDir } from '../../helpers/temp-dir';
import { clientOutputs, recordingHost } from './client-outputs';

const newCore = useTestCore();
const tempDir = useTempDir();

describe('a private note’s action', () => {
  it('never reaches a client file or the projector, however it is followed up, until the note is made client-visible', async () => {
    let folder = '';
    const { host, pages } = recordingHost(() => folder);
    const { dispatch } = newCore({ deliverablesHost: host });
    const exportFolder = () => (folder = mkdtempSync(path.join(tempDir(), 'pack-')));
    const call = caller(dispatch);
    const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 2 } });
    const ana = await call<Participant>('participants:create', { engagementId: engagement.id, name: 'Ana Silva', function: 'operator' });
    await call('notes:create', { engagementId: engagement.id, day: 1, text: 'Public context so the day has content', kind: 'risk' });
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Chase the sponsor zzfirst', visibility: 'facilitator' });

    const outputs = () => clientOutputs(dispatch, engagement.id, 2, false, exportFolder, pages);
    const texts = async () => (await outputs()).map((o) => `${o.name}: ${o.text}`).join('\n');
    await call('notes:update', { id: note.id, kind: 'action' });
    await call('actions:follow-up', { noteId: note.id, ownerId: ana.id, dueDay: 2 });
    await call('notes:update', { id: note.id, text: 'Chase the sponsor zzsecond' });
    await call('notes:update', { id: note.id, visibility: 'client' });
    await call('notes:update', { id: note.id, visibility: 'facilitator' });
    await call('actions:follow-up', { noteId: note.id, status: 'done' });
    const hidden = await texts();
    expect(hidden).toContain('Public context');
    expect(hidden).not.toMatch(/zzfirst|zzsecond/);

    await call('notes:update', { id: note.id, visibility: 'client' });
    const shown = await outputs();
    const holding = shown.filter((o) => o.text.includes('zzsecond')).map((o) => o.name);
    for (const name of ['Audit report.docx', 'Day 1 readout.md', 'report preview', 'projector day readouts and closing']) expect(holding).toContain(name);
    expect(holding.some((name) => name.endsWith('.pptx'))).toBe(true);
    expect(shown.filter((o) => o.text.includes('zzfirst'))).toEqual([]);
  });
});
