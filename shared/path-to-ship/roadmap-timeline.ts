import type { Phase } from '../domain/path-to-ship';

export interface TimelineBar {
  id: string;
  name: string;
  /** Weeks after the decision; the phase runs from startWeek (exclusive) to endWeek (inclusive). */
  startWeek: number;
  endWeek: number;
  /** The phase's target week is not after the previous phase's, so the order or the week is wrong. */
  outOfOrder: boolean;
}

export interface Timeline {
  bars: TimelineBar[];
  totalWeeks: number;
}

/**
 * Phases run one after another in their order: each starts when the previous one's target week is
 * reached (the first at the decision) and ends at its own target week. A phase whose target is
 * not later than its predecessor's gets a zero-length bar at that point and is flagged.
 */
export function roadmapTimeline(phases: readonly Phase[]): Timeline {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  let previousEnd = 0;
  const bars = ordered.map((phase) => {
    const outOfOrder = phase.targetWeek <= previousEnd;
    const bar = {
      id: phase.id,
      name: phase.name,
      startWeek: previousEnd,
      endWeek: outOfOrder ? previousEnd : phase.targetWeek,
      outOfOrder,
    };
    previousEnd = bar.endWeek;
    return bar;
  });
  return { bars, totalWeeks: Math.max(0, ...ordered.map((p) => p.targetWeek)) };
}
