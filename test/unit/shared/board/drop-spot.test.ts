import { describe, expect, it } from 'vitest';
import { dropSpot } from '../../../../shared/board/drop-spot';
import { aFinding } from './finding-fixtures';

const cellOf = (area: 'approach' | 'problem-fit', day: number, count: number) =>
  Array.from({ length: count }, (_, position) => aFinding({ area, day, position, title: `${area} ${day} #${position}` }));

describe('dropSpot', () => {
  const [a0, a1, a2] = cellOf('approach', 1, 3) as [ReturnType<typeof aFinding>, ReturnType<typeof aFinding>, ReturnType<typeof aFinding>];
  const approach1 = { area: 'approach' as const, day: 1, drawn: [a0, a1, a2] };
  const p = cellOf('problem-fit', 2, 2);

  it('puts a card from another cell at the place of the card it lands before, or after the last drawn one', () => {
    expect(dropSpot(p[0]!, approach1, a1.id)).toEqual({ area: 'approach', day: 1, index: 1 });
    expect(dropSpot(p[0]!, approach1, a0.id)).toEqual({ area: 'approach', day: 1, index: 0 });
    expect(dropSpot(p[0]!, approach1, null)).toEqual({ area: 'approach', day: 1, index: 3 });
  });

  it('counts a card moving down its own cell out of the places it leaves behind', () => {
    expect(dropSpot(a0, approach1, a2.id)).toEqual({ area: 'approach', day: 1, index: 1 });
    expect(dropSpot(a0, approach1, null)).toEqual({ area: 'approach', day: 1, index: 2 });
    expect(dropSpot(a2, approach1, a0.id)).toEqual({ area: 'approach', day: 1, index: 0 });
  });

  it('is null when the card would land where it already is', () => {
    expect(dropSpot(a1, approach1, a1.id)).toBeNull();
    expect(dropSpot(a1, approach1, a2.id)).toBeNull();
    expect(dropSpot(a2, approach1, null)).toBeNull();
    expect(dropSpot(a0, { area: 'approach', day: 1, drawn: [a0] }, null)).toBeNull();
  });

  it('goes to the end of an empty cell, and to the day of its neighbour in a collapsed row', () => {
    expect(dropSpot(a0, { area: 'problem-fit', day: 4, drawn: [] }, null)).toEqual({ area: 'problem-fit', day: 4, index: Number.MAX_SAFE_INTEGER });
    expect(dropSpot(a0, { area: 'problem-fit', day: null, drawn: [] }, null)).toEqual({ area: 'problem-fit', day: 1, index: Number.MAX_SAFE_INTEGER });
    expect(dropSpot(a0, { area: 'problem-fit', day: null, drawn: p }, p[1]!.id)).toEqual({ area: 'problem-fit', day: 2, index: 1 });
  });

  it('uses stored positions, so cards hidden by filters keep their places', () => {
    const shown = [aFinding({ area: 'approach', day: 3, position: 0 }), aFinding({ area: 'approach', day: 3, position: 4 })];
    expect(dropSpot(p[0]!, { area: 'approach', day: 3, drawn: shown }, shown[1]!.id)).toEqual({ area: 'approach', day: 3, index: 4 });
    expect(dropSpot(p[0]!, { area: 'approach', day: 3, drawn: shown }, null)).toEqual({ area: 'approach', day: 3, index: 5 });
  });
});
