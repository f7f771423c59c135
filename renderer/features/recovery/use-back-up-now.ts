import { useCallback } from 'react';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { describeCounts } from './backup-labels';

/** "Back up now" from a button or the File menu: the result, good or bad, is shown as a toast. */
export function useBackUpNow(): () => Promise<void> {
  const backUpNow = useAppState((s) => s.backUpNow);
  const notify = useAppState((s) => s.notify);
  return useCallback(async () => {
    try {
      const backup = await backUpNow();
      const time = new Date(backup.createdAt).toLocaleTimeString(undefined, { timeStyle: 'short' });
      notify({ tone: 'success', message: `Backup saved at ${time} (${describeCounts(backup)}), checked and ready to restore.` });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }, [backUpNow, notify]);
}
