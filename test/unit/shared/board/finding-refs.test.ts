import { describe, expect, it } from 'vitest';
import { findingRefs } from '../../../../shared/board/finding-refs';

describe('findingRefs', () => {
  it('numbers findings in the order they were recorded, ties by id, whatever order they come in', () => {
    const refs = findingRefs([
      { id: 'c', createdAt: '2026-03-03T10:00:00.000Z' },
      { id: 'b', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: 'a', createdAt: '2026-03-03T10:00:00.000Z' },
    ]);
    expect([...refs.entries()]).toEqual([
      ['b', 'F1'],
      ['a', 'F2'],
      ['c', 'F3'],
    ]);
  });
});
