import { describe, expect, it } from 'vitest';
import { renumberLegacyFindings, renumberLegacyNotes } from '../../../shared/domain/legacy-references';
import { compareRefs, findingSeries, formatRef, isClientRef, noteSeries, parseRef } from '../../../shared/domain/references';

describe('references', () => {
  it('read back as the series and number they were written from, client and private apart', () => {
    const written = [
      [noteSeries(3, 'client'), 12, 'D3-012'],
      [noteSeries(3, 'client'), 1001, 'D3-1001'],
      [noteSeries(10, 'facilitator'), 1, 'D10-P01'],
      [findingSeries('client'), 3, 'F3'],
      [findingSeries('facilitator'), 12, 'P12'],
    ] as const;
    for (const [series, sequence, ref] of written) {
      expect(formatRef(series, sequence)).toBe(ref);
      expect(parseRef(ref)).toEqual({ series, sequence });
    }
    expect(['D3-012', 'F3', 'D3-P01', 'P1', 'note', 'D3-', 'F'].map(isClientRef)).toEqual([true, true, false, false, false, false, false]);
  });

  it('sort client references first, each series in number order', () => {
    expect(['P2', 'F10', 'P1', 'F9', 'F1'].sort(compareRefs)).toEqual(['F1', 'F9', 'F10', 'P1', 'P2']);
  });

  it('renumber older data as if private items had never used a client number', () => {
    const notes = renumberLegacyNotes([
      { id: 'a', ref: 'D1-001', day: 1, visibility: 'client' },
      { id: 'b', ref: 'D1-002', day: 1, visibility: 'facilitator' },
      { id: 'd', ref: 'D1-004', day: 2, visibility: 'client' },
      { id: 'c', ref: 'D1-003', day: 1, visibility: 'client' },
      { id: 'e', ref: 'D2-001', day: 2, visibility: 'facilitator' },
    ]);
    expect(Object.fromEntries(notes)).toEqual({ a: 'D1-001', b: 'D1-P01', c: 'D1-002', d: 'D1-003', e: 'D2-P01' });
    const findings = renumberLegacyFindings([
      { id: 'late', visibility: 'client', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: 'hidden', visibility: 'facilitator', createdAt: '2026-03-02T09:00:00.000Z' },
      { id: 'same-ms-1', visibility: 'client', createdAt: '2026-03-02T09:30:00.000Z' },
      { id: 'same-ms-2', visibility: 'client', createdAt: '2026-03-02T09:30:00.000Z' },
    ]);
    expect(Object.fromEntries(findings)).toEqual({ hidden: 'P1', 'same-ms-1': 'F1', 'same-ms-2': 'F2', late: 'F3' });
  });
});
