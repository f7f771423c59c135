import { useEffect, useMemo } from 'react';
import { useAppState } from '../../app/store-context';
import { chooseTheme } from '../../lib/theme';
import { useArchiveActions } from '../archive/use-archive-actions';
import { useBackUpNow } from '../recovery/use-back-up-now';
import { buildCommands, type PaletteCommand } from './palette-commands';

const isMac = /Mac/.test(navigator.platform);

/** The palette's commands for where the user is now, wired to the store and the app's dialogs. */
export function usePaletteCommands(open: boolean, dialogs: { openNewEngagement(): void; showShortcuts(): void }): PaletteCommand[] {
  const route = useAppState((s) => s.route);
  const engagements = useAppState((s) => s.engagements);
  const engagementsLoad = useAppState((s) => s.engagementsLoad);
  const loadEngagements = useAppState((s) => s.loadEngagements);
  const navigate = useAppState((s) => s.navigate);
  const requestCaptureFocus = useAppState((s) => s.requestCaptureFocus);
  const requestBoard = useAppState((s) => s.requestBoard);
  const present = useAppState((s) => s.present);
  const openRoomPanel = useAppState((s) => s.openRoomPanel);
  const backUp = useBackUpNow();
  const archive = useArchiveActions();
  const { openNewEngagement, showShortcuts } = dialogs;

  // Opening an engagement from a link skips the list, so the palette loads it itself.
  useEffect(() => {
    if (open && engagementsLoad === 'idle') void loadEngagements();
  }, [open, engagementsLoad, loadEngagements]);

  return useMemo(
    () =>
      buildCommands({
        route,
        engagements,
        mod: isMac ? '⌘' : 'Ctrl',
        actions: {
          navigate,
          newEngagement: () => {
            navigate({ name: 'engagements' });
            openNewEngagement();
          },
          newNote: (engagementId) => {
            navigate({ name: 'workspace', engagementId, section: 'capture' });
            requestCaptureFocus();
          },
          newFinding: (engagementId) => {
            requestBoard('new-finding');
            navigate({ name: 'workspace', engagementId, section: 'board' });
          },
          present,
          roomMode: (engagementId) => openRoomPanel(engagementId),
          exportArchive: (engagementId) => void archive.exportEngagement(engagementId),
          importArchive: () => void archive.importArchive(),
          backUp: () => void backUp(),
          showShortcuts,
          setTheme: chooseTheme,
        },
      }),
    [route, engagements, navigate, openNewEngagement, showShortcuts, requestCaptureFocus, requestBoard, present, openRoomPanel, archive, backUp],
  );
}
