import { useEffect, useState } from 'react';
import type { NoteSearchHit } from '../../../shared/domain/note';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';

/**
 * The notes a picker shows for what has been typed, searched a moment after typing stops; only the
 * latest answer is kept. `setError` lets the picker report its own failures in the same place.
 */
export function usePickedNotes(engagementId: string, query: string, open: boolean) {
  const pickNotes = useAppState((s) => s.pickNotes);
  const [hits, setHits] = useState<NoteSearchHit[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      pickNotes(engagementId, query).then(
        (found) => !cancelled && (setHits(found), setError(null)),
        (e: unknown) => !cancelled && setError(errorMessage(e)),
      );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, query, pickNotes, engagementId]);

  return { hits, error, setError };
}
