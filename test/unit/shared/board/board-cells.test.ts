import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIntoCells, regroupCells } from '../../../../shared/board/board-cells';
import { AUDIT_AREAS } from '../../../../shared/domain/audit-areas';
import type { Finding } from '../../../../shared/domain/finding';
import { aFinding } from './finding-fixtures';

const sortedEntries = (cells: ReadonlyMap<string, Finding[]>) => [...cells].sort(([a], [b]) => a.localeCompare(b));

describe('regroupCells', () => {
  it('keeps the very list of a cell nothing entered, left or changed in, and redoes the two cells a move touched', () => {
    const a = aFinding({ area: 'approach', day: 1, position: 0 });
    const b = aFinding({ area: 'approach', day: 1, position: 1 });
    const c = aFinding({ area: 'problem-fit', day: 2, position: 0 });
    const d = aFinding({ area: 'path-to-ship', day: 3, position: 0 });
    const before = regroupCells(null, [a, b, c, d], false);
    const movedB = { ...b, area: 'problem-fit' as const, day: 2, position: 0 };
    const shiftedC = { ...c, position: 1 };
    const after = regroupCells(before, [a, movedB, shiftedC, d], false);
    expect(after.cells.get('problem-fit:2')).toEqual([movedB, shiftedC]);
    expect(after.cells.get('approach:1')).toEqual([a]);
    expect(after.cells.get('approach:1')).not.toBe(before.cells.get('approach:1'));
    expect(after.cells.get('path-to-ship:3')).toBe(before.cells.get('path-to-ship:3'));
    expect(after.byId.get(b.id)).toBe(movedB);

    const again = regroupCells(after, [a, movedB, shiftedC, d], false);
    expect(again.cells).toBe(after.cells);
  });

  it('drops a cell whose last finding left it, and starts over when the days are collapsed', () => {
    const a = aFinding({ area: 'approach', day: 1 });
    const b = aFinding({ area: 'approach', day: 2 });
    const before = regroupCells(null, [a, b], false);
    const after = regroupCells(before, [b], false);
    expect(sortedEntries(after.cells)).toEqual([['approach:2', [b]]]);
    expect(sortedEntries(regroupCells(after, [a, b], true).cells)).toEqual([['approach:all', [a, b]]]);
  });

  it('always groups as groupIntoCells does, whatever changed since the previous grouping', () => {
    const arbitraryFinding = fc.record({ n: fc.integer({ min: 0, max: 7 }), area: fc.constantFrom(...AUDIT_AREAS), day: fc.integer({ min: 1, max: 3 }), position: fc.nat(4) });
    const pool = Array.from({ length: 8 }, () => aFinding());
    const board = fc.array(arbitraryFinding, { maxLength: 12 }).map((specs) => {
      const seen = new Map<string, Finding>();
      for (const s of specs) seen.set(pool[s.n]!.id, { ...pool[s.n]!, area: s.area, day: s.day, position: s.position });
      return [...seen.values()];
    });
    fc.assert(
      fc.property(board, fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 4 }), board, fc.boolean(), (first, kept, second, collapse) => {
        // Some findings carry over as the same objects, as the store keeps those it did not change.
        const carried = kept.map((i) => first[i]).filter((f): f is Finding => f !== undefined);
        const next = [...new Map([...second, ...carried].map((f) => [f.id, f])).values()];
        const previous = regroupCells(null, first, collapse);
        expect(sortedEntries(regroupCells(previous, next, collapse).cells)).toEqual(sortedEntries(groupIntoCells(next, collapse)));
      }),
    );
  });
});
