import type { Finding, FindingKind, FindingStatus, Severity } from '../domain/finding';

/** What the board shows: an empty list means "any". Owner is a participant id, 'none', or null for anyone. */
export interface BoardFilters {
  severities: Severity[];
  kinds: FindingKind[];
  statuses: FindingStatus[];
  owner: string | null;
}

export const NO_FILTERS: BoardFilters = { severities: [], kinds: [], statuses: [], owner: null };
export const UNOWNED = 'none';

export function isFiltering(filters: BoardFilters): boolean {
  return filters.severities.length + filters.kinds.length + filters.statuses.length > 0 || filters.owner !== null;
}

export function matchesFilters(finding: Finding, filters: BoardFilters): boolean {
  const any = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);
  const owner = filters.owner === null || (filters.owner === UNOWNED ? finding.ownerId === null : finding.ownerId === filters.owner);
  return any(filters.severities, finding.severity) && any(filters.kinds, finding.kind) && any(filters.statuses, finding.status) && owner;
}

/** Adds a value to a filter list, or takes it out if it is there. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
