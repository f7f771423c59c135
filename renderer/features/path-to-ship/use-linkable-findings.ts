import { useMemo } from 'react';
import type { Finding } from '../../../shared/domain/finding';
import { compareRefs } from '../../../shared/domain/references';
import { useAppState } from '../../app/store-context';

export interface LinkableFindings {
  /** The board's live findings, in the order of their references: client-visible numbers first, then private ones. */
  findings: Finding[];
  refs: ReadonlyMap<string, string>;
}

/** The engagement's findings as the board has them loaded, each with its reference (F3). */
export function useLinkableFindings(engagementId: string): LinkableFindings {
  const boardEngagementId = useAppState((s) => s.boardEngagementId);
  const all = useAppState((s) => s.findings);
  return useMemo(() => {
    const live = boardEngagementId === engagementId ? all.filter((f) => f.deletedAt === null) : [];
    return { findings: [...live].sort((a, b) => compareRefs(a.ref, b.ref)), refs: new Map(live.map((f) => [f.id, f.ref])) };
  }, [all, boardEngagementId, engagementId]);
}
