import type { Finding } from '../domain/finding';

/**
 * `next` with each cell's list replaced by the one from `previous` when it holds the same findings
 * (the same objects, in the same order), so a memoised cell whose findings did not change keeps its
 * props and is not drawn again when another cell changes.
 */
export function reuseUnchangedCells(previous: ReadonlyMap<string, Finding[]>, next: Map<string, Finding[]>): Map<string, Finding[]> {
  for (const [key, list] of next) {
    const before = previous.get(key);
    if (before && before.length === list.length && before.every((f, i) => f === list[i])) next.set(key, before);
  }
  return next;
}
