import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Note } from '../../../shared/domain/note';
import { TRUSTED, useTestCore } from '../helpers/core';
import { hashAllTables } from '../helpers/db-hash';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();

describe('text with a control character', () => {
  it('is refused with a message naming the field, and nothing is written', async () => {
    const { dispatch, core } = newCore();
    const call = caller(dispatch);
    const engagement = await call<Engagement>('engagements:create', { clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02' });
    const note = await call<Note>('notes:create', { engagementId: engagement.id, day: 1, text: 'Month end doubles the load' });
    const before = hashAllTables(core.db);
    const attempts = [
      ['notes:create', { engagementId: engagement.id, day: 1, text: '\u0000hidden' }, /The note contains a control character/],
      ['notes:update', { id: note.id, text: 'Month\u0000 end' }, /The note contains a control character/],
      ['notes:update', { id: note.id, tags: ['ops\u0007'] }, /A tag is one word/],
      ['findings:create', { engagementId: engagement.id, title: '\u0000', area: 'approach', day: 1 }, /Title contains a control character/],
      ['participants:create', { engagementId: engagement.id, name: 'Ana\u001b[31m', function: 'operator' }, /Name contains a control character/],
      ['engagements:rename', { id: engagement.id, clientName: '\u0000Northwind', pilotName: 'Invoices' }, /Client name contains a control character/],
    ] as const;
    for (const [channel, payload, message] of attempts) {
      const result = await dispatch(TRUSTED, channel, payload);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(hashAllTables(core.db)).toEqual(before);
    const kept = await call<Note>('notes:update', { id: note.id, text: 'Month end\tdoubles\r\nthe load\f' });
    expect(kept.text).toBe('Month end\tdoubles\r\nthe load\f');
  });
});
