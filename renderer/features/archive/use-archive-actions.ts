import { useCallback } from 'react';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';

/** Export and import as the menu and the buttons run them, with the outcome told in a toast. */
export function useArchiveActions() {
  const exportArchive = useAppState((s) => s.exportArchive);
  const chooseArchive = useAppState((s) => s.chooseArchive);
  const notify = useAppState((s) => s.notify);

  const exportEngagement = useCallback(
    async (engagementId: string) => {
      try {
        const result = await exportArchive(engagementId);
        if (result.saved) notify({ tone: 'success', message: `Archive saved as “${result.fileName}”.` });
      } catch (error) {
        notify({ tone: 'error', message: errorMessage(error) });
      }
    },
    [exportArchive, notify],
  );

  const importArchive = useCallback(async () => {
    try {
      await chooseArchive();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }, [chooseArchive, notify]);

  return { exportEngagement, importArchive };
}
