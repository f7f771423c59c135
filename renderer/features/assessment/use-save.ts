import { useCallback } from 'react';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';

/** Runs a write; a failure becomes an error toast that says what happened. Resolves to success. */
export function useSave(): (write: () => Promise<void>) => Promise<boolean> {
  const notify = useAppState((s) => s.notify);
  return useCallback(
    async (write) => {
      try {
        await write();
        return true;
      } catch (error) {
        notify({ tone: 'error', message: `Not saved: ${errorMessage(error)}` });
        return false;
      }
    },
    [notify],
  );
}
