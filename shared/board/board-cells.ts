import { cellKey, type Finding } from '../domain/finding';
import type { AuditArea } from '../domain/audit-areas';

/** The key of a collapsed row: one cell per area for the whole week. */
export function areaKey(area: AuditArea): string {
  return `${area}:all`;
}

const inCellOrder = (a: Finding, b: Finding) => a.day - b.day || a.position - b.position || a.id.localeCompare(b.id);

/**
 * Findings grouped into board cells in their stored order. Collapsed, each area is one cell whose
 * findings read day by day, each day in its own order.
 */
export function groupIntoCells(findings: readonly Finding[], collapseDays: boolean): Map<string, Finding[]> {
  const cells = new Map<string, Finding[]>();
  const sorted = [...findings].sort(inCellOrder);
  for (const finding of sorted) {
    const key = collapseDays ? areaKey(finding.area) : cellKey(finding.area, finding.day);
    const cell = cells.get(key);
    if (cell) cell.push(finding);
    else cells.set(key, [finding]);
  }
  return cells;
}

export interface GroupedCells {
  collapseDays: boolean;
  byId: ReadonlyMap<string, Finding>;
  cells: ReadonlyMap<string, Finding[]>;
}

/**
 * `groupIntoCells`, redoing only the cells a finding entered, left or changed in since `previous`
 * (findings are compared as objects): every other cell keeps its very list, so a memoised cell is
 * not drawn again, and a move on a board of thousands sorts two cells instead of the board.
 */
export function regroupCells(previous: GroupedCells | null, findings: readonly Finding[], collapseDays: boolean): GroupedCells {
  const keyOf = (f: Finding) => (collapseDays ? areaKey(f.area) : cellKey(f.area, f.day));
  const byId = new Map<string, Finding>();
  for (const f of findings) byId.set(f.id, f);
  if (!previous || previous.collapseDays !== collapseDays) return { collapseDays, byId, cells: groupIntoCells(findings, collapseDays) };

  const dirty = new Set<string>();
  for (const f of findings) {
    const before = previous.byId.get(f.id);
    if (before === f) continue;
    dirty.add(keyOf(f));
    if (before) dirty.add(keyOf(before));
  }
  for (const [id, before] of previous.byId) if (!byId.has(id)) dirty.add(keyOf(before));
  if (dirty.size === 0 && byId.size === previous.byId.size) return { collapseDays, byId, cells: previous.cells };

  const cells = new Map(previous.cells);
  const redone = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = keyOf(f);
    if (!dirty.has(key)) continue;
    const cell = redone.get(key);
    if (cell) cell.push(f);
    else redone.set(key, [f]);
  }
  for (const key of dirty) {
    const cell = redone.get(key);
    if (cell) cells.set(key, cell.sort(inCellOrder));
    else cells.delete(key);
  }
  return { collapseDays, byId, cells };
}
