/** An item kept in a dense, 0-based order inside a group (a day of sessions, a board cell, ...). */
export interface Ordered {
  id: string;
  group: string;
  position: number;
}

export interface Placement {
  id: string;
  group: string;
  position: number;
}

/**
 * Where every affected item ends up when `id` moves to `toIndex` in `toGroup`: the source and
 * target groups are renumbered 0..n-1 so positions stay dense and stable. Returns only the
 * placements that changed. `toIndex` beyond the end means "last".
 */
export function planMove(items: readonly Ordered[], id: string, toGroup: string, toIndex: number): Placement[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) throw new Error(`Unknown item ${id}`);
  const sorted = (group: string) =>
    items.filter((item) => item.group === group && item.id !== id).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));

  const target = sorted(toGroup);
  const index = Math.max(0, Math.min(Math.trunc(toIndex), target.length));
  target.splice(index, 0, moving);
  const next: Placement[] = target.map((item, position) => ({ id: item.id, group: toGroup, position }));
  if (moving.group !== toGroup) {
    next.push(...sorted(moving.group).map((item, position) => ({ id: item.id, group: moving.group, position })));
  }
  const before = new Map(items.map((item) => [item.id, item]));
  return next.filter((p) => {
    const old = before.get(p.id)!;
    return old.group !== p.group || old.position !== p.position;
  });
}

/** The dense position a new item takes at the end of its group. */
export function nextPosition(items: readonly Ordered[], group: string): number {
  return items.filter((item) => item.group === group).length;
}
