import { describe, expect, it } from 'vitest';
import { Note } from '../../../shared/domain/note';
import { notesContract } from '../../../shared/ipc/notes-contract';
import { sampleIndexes } from '../../../shared/ipc/trusted-rows';

const at = '2026-03-02T10:00:00.000Z';
function note(i: number): Note {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    engagementId: '00000000-0000-4000-8000-000000000000',
    ref: `D1-${i}`,
    day: 1,
    sessionId: null,
    area: null,
    kind: 'observation',
    text: `Note ${i}`,
    speakerId: null,
    speakerName: '',
    tags: [],
    visibility: 'client',
    pinned: false,
    capturedAt: at,
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
    deviceId: 'device',
  };
}

const output = notesContract['notes:list'].output;

describe('notes:list output (a sample of trusted rows)', () => {
  it('passes 5,000 well-formed notes on as they are', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => note(i));
    expect(Note.safeParse(rows[0]).success).toBe(true);
    const parsed = output.safeParse(rows);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe(rows);
  });

  it('refuses a list whose rows have the wrong shape, naming the row and field', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ ...note(i), pinned: 0 }));
    const parsed = output.safeParse(rows);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([0, 'pinned']);
  });

  it('refuses a field the schema does not know, rather than passing it to the window', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ ...note(i), filePath: '/home/me/secret' }));
    const parsed = output.safeParse(rows);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/Unexpected field "filePath"/);
  });

  it('refuses something that is not a list of rows', () => {
    expect(output.safeParse({ notes: [] }).success).toBe(false);
    expect(output.safeParse([note(1), null]).success).toBe(false);
    expect(output.safeParse([]).success).toBe(true);
  });

  it('checks the first and last rows and spreads the rest evenly', () => {
    expect(sampleIndexes(3, 32)).toEqual([0, 1, 2]);
    const picked = sampleIndexes(5_000, 32);
    expect(picked).toHaveLength(32);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(4_999);
    expect(new Set(picked).size).toBe(32);
  });
});
