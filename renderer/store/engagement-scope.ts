/**
 * Which engagement a slice holds, and which of its loads is the newest. A slice starts each load
 * with `begin` and stores the answer only while `isLatest()` holds, so neither an engagement left
 * while its answer was on the way nor an older, slower load ever shows on screen. A write stores
 * what the core returned only while `holds` its engagement.
 */
export interface EngagementScope {
  begin(engagementId: string): { switched: boolean; isLatest: () => boolean };
  holds(engagementId: string): boolean;
}

export function createEngagementScope(): EngagementScope {
  let open: string | null = null;
  let loads = 0;
  return {
    begin(engagementId) {
      const switched = open !== engagementId;
      open = engagementId;
      const ticket = ++loads;
      return { switched, isLatest: () => ticket === loads };
    },
    holds: (engagementId) => open === engagementId,
  };
}
