import type { AuditArea } from '../domain/audit-areas';
import type { Finding } from '../domain/finding';

/** Where a dragged card goes: the cell of `area` on `day`, at `index` among the others there. */
export interface DropSpot {
  area: AuditArea;
  day: number;
  index: number;
}

/**
 * Where `moving` lands when let go in a cell just before its drawn card `beforeId`, or, with null,
 * just after the cell's last drawn card (the end when none is drawn). `drawn` are the cell's cards
 * on screen, in order, perhaps `moving` among them; a collapsed row (`day` null) puts the card on
 * the day of the card it lands next to. Null when the card would stay where it is.
 */
export function dropSpot(moving: Finding, cell: { area: AuditArea; day: number | null; drawn: readonly Finding[] }, beforeId: string | null): DropSpot | null {
  if (beforeId === moving.id) return null;
  const others = cell.drawn.filter((f) => f.id !== moving.id);
  const before = beforeId === null ? undefined : others.find((f) => f.id === beforeId);
  const anchor = before ?? others.at(-1);
  if (!anchor) {
    const day = cell.day ?? moving.day;
    if (cell.drawn.length > 0 && moving.area === cell.area && moving.day === day) return null;
    return { area: cell.area, day, index: Number.MAX_SAFE_INTEGER };
  }
  const sameCell = anchor.area === moving.area && anchor.day === moving.day;
  const position = before ? anchor.position : anchor.position + 1;
  // Positions count the moving card while it is still in its cell; the index counts only the others.
  const index = sameCell && moving.position < position ? position - 1 : position;
  if (sameCell && index === moving.position) return null;
  return { area: anchor.area, day: anchor.day, index };
}
