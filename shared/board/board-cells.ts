import { cellKey, type Finding } from '../domain/finding';
import type { AuditArea } from '../domain/audit-areas';

/** The key of a collapsed row: one cell per area for the whole week. */
export function areaKey(area: AuditArea): string {
  return `${area}:all`;
}

/**
 * Findings grouped into board cells in their stored order. Collapsed, each area is one cell whose
 * findings read day by day, each day in its own order.
 */
export function groupIntoCells(findings: readonly Finding[], collapseDays: boolean): Map<string, Finding[]> {
  const cells = new Map<string, Finding[]>();
  const sorted = [...findings].sort((a, b) => a.day - b.day || a.position - b.position || a.id.localeCompare(b.id));
  for (const finding of sorted) {
    const key = collapseDays ? areaKey(finding.area) : cellKey(finding.area, finding.day);
    const cell = cells.get(key);
    if (cell) cell.push(finding);
    else cells.set(key, [finding]);
  }
  return cells;
}
