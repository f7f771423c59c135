import { describe, expect, it } from 'vitest';
import { planMove, type Ordered } from '../../../shared/domain/ordering';

const items: Ordered[] = [
  { id: 'a', group: '1', position: 0 },
  { id: 'b', group: '1', position: 1 },
  { id: 'c', group: '1', position: 2 },
  { id: 'x', group: '2', position: 0 },
  { id: 'y', group: '2', position: 1 },
];

function apply(list: Ordered[], id: string, group: string, index: number): Ordered[] {
  const placements = new Map(planMove(list, id, group, index).map((p) => [p.id, p]));
  return list.map((item) => placements.get(item.id) ?? item);
}

function order(list: Ordered[], group: string): string[] {
  return list.filter((i) => i.group === group).sort((a, b) => a.position - b.position).map((i) => i.id);
}

function isDense(list: Ordered[]): boolean {
  const groups = new Set(list.map((i) => i.group));
  return [...groups].every((g) => {
    const positions = list.filter((i) => i.group === g).map((i) => i.position).sort((a, b) => a - b);
    return positions.every((p, i) => p === i);
  });
}

describe('planMove', () => {
  it('reorders within a group and returns only what changed', () => {
    expect(planMove(items, 'c', '1', 0)).toEqual([
      { id: 'c', group: '1', position: 0 },
      { id: 'a', group: '1', position: 1 },
      { id: 'b', group: '1', position: 2 },
    ]);
    expect(planMove(items, 'a', '1', 0)).toEqual([]);
  });

  it('moves across groups, closing the gap behind and opening one ahead', () => {
    const after = apply(items, 'b', '2', 1);
    expect(order(after, '1')).toEqual(['a', 'c']);
    expect(order(after, '2')).toEqual(['x', 'b', 'y']);
    expect(isDense(after)).toBe(true);
  });

  it('clamps an index past the end to last, and into an empty group', () => {
    expect(order(apply(items, 'a', '2', 99), '2')).toEqual(['x', 'y', 'a']);
    expect(order(apply(items, 'a', '3', 5), '3')).toEqual(['a']);
  });

  it('keeps every group dense over a long random sequence of moves, and a move back restores the order', () => {
    let list = [...items];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 500; i++) {
      const item = list[rand(list.length)]!;
      list = apply(list, item.id, String(1 + rand(3)), rand(6));
      expect(isDense(list)).toBe(true);
    }
    const before = order(list, '1');
    const first = before[0];
    if (first) {
      const moved = apply(list, first, '2', 0);
      expect(order(apply(moved, first, '1', 0), '1')).toEqual(before);
    }
  });

  it('refuses an unknown item', () => {
    expect(() => planMove(items, 'nope', '1', 0)).toThrow('Unknown item');
  });
});
