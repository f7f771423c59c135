import { useMemo } from 'react';
import type { Finding } from '../../../shared/domain/finding';
import { useAppState } from '../../app/store-context';

export interface LinkableFindings {
  /** The board's live findings, in the order of their references. */
  findings: Finding[];
  refs: ReadonlyMap<string, string>;
}

/** The engagement's findings as the board has them loaded, each with its reference (F3). */
export function useLinkableFindings(engagementId: string): LinkableFindings {
  const boardEngagementId = useAppState((s) => s.boardEngagementId);
  const all = useAppState((s) => s.findings);
  return useMemo(() => {
    const live = boardEngagementId === engagementId ? all.filter((f) => f.deletedAt === null) : [];
    const order = (f: Finding) => Number(f.ref.slice(1));
    return { findings: [...live].sort((a, b) => order(a) - order(b)), refs: new Map(live.map((f) => [f.id, f.ref])) };
  }, [all, boardEngagementId, engagementId]);
}
