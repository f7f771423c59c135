import { describe, expect, it } from 'vitest';
import { groupIntoCells } from '../../../../shared/board/board-cells';
import { reuseUnchangedCells } from '../../../../shared/board/stable-cells';
import { aFinding } from './finding-fixtures';

describe('reuseUnchangedCells', () => {
  it('keeps the previous list of a cell whose findings did not change, and takes the new list of one that did', () => {
    const a = aFinding({ id: 'a', area: 'approach', day: 1, position: 0 });
    const b = aFinding({ id: 'b', area: 'approach', day: 1, position: 1 });
    const c = aFinding({ id: 'c', area: 'problem-fit', day: 2, position: 0 });
    const before = groupIntoCells([a, b, c], false);
    const movedB = { ...b, area: 'problem-fit' as const, day: 2, position: 1 };
    const after = reuseUnchangedCells(before, groupIntoCells([a, c, movedB], false));
    expect(after.get('problem-fit:2')).toEqual([c, movedB]);
    expect(after.get('problem-fit:2')).not.toBe(before.get('problem-fit:2'));
    expect(after.get('approach:1')).toEqual([a]);

    const again = reuseUnchangedCells(after, groupIntoCells([a, c, movedB], false));
    expect(again.get('approach:1')).toBe(after.get('approach:1'));
    expect(again.get('problem-fit:2')).toBe(after.get('problem-fit:2'));
  });
});
