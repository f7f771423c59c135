import { useEffect, useMemo, useState } from 'react';
import { Toasts } from '../components/Toasts';
import { ArchiveImportDialog } from '../features/archive/ArchiveImportDialog';
import { ArchiveActivity } from '../features/archive/ArchiveProgress';
import { CommandPalette } from '../features/command-palette/CommandPalette';
import { usePaletteCommands } from '../features/command-palette/use-palette-commands';
import { useArchiveActions } from '../features/archive/use-archive-actions';
import { EngagementsScreen } from '../features/engagements/EngagementsScreen';
import { LibraryScreen } from '../features/firm-library/LibraryScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { DataCheckBanner } from '../features/recovery/DataCheckBanner';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { useBackUpNow } from '../features/recovery/use-back-up-now';
import { Button } from '../components/Button';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import type { ApiClient } from '../lib/api-client';
import { WORKSPACE_SECTIONS, hashToRoute, routeToHash } from '../store/route';
import { useAppState, useAppStore } from './store-context';

/** Keeps the route and the location hash in step, so reload and Back both work. */
function useHashRouting() {
  const store = useAppStore();
  useEffect(() => {
    const sync = () => store.getState().navigate(hashToRoute(window.location.hash));
    sync();
    window.addEventListener('hashchange', sync);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.route !== previous.route) {
        const hash = routeToHash(state.route);
        if (window.location.hash !== hash) window.location.hash = hash;
      }
    });
    return () => {
      window.removeEventListener('hashchange', sync);
      unsubscribe();
    };
  }, [store]);
}

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function App(props: { api: ApiClient }) {
  useHashRouting();
  const route = useAppState((s) => s.route);
  const navigate = useAppState((s) => s.navigate);
  const requestCaptureFocus = useAppState((s) => s.requestCaptureFocus);
  const requestSearchFocus = useAppState((s) => s.requestSearchFocus);
  const [newDialogOpen, setNewDialogOpen] = useState(false);
  const appMode = useAppState((s) => s.appMode);
  const recoveryError = useAppState((s) => s.recoveryError);
  const loadRecoveryStatus = useAppState((s) => s.loadRecoveryStatus);
  const loadDataCheck = useAppState((s) => s.loadDataCheck);
  const setDataCheck = useAppState((s) => s.setDataCheck);
  const backUpNow = useBackUpNow();
  const archiveActions = useArchiveActions();
  const showArchivePreview = useAppState((s) => s.showArchivePreview);
  const notify = useAppState((s) => s.notify);
  const flushDrafts = useAppState((s) => s.flushDrafts);
  const present = useAppState((s) => s.present);
  const reviewExport = useAppState((s) => s.reviewExport);
  const exporting = useAppState((s) => s.exporting);
  const watchRoom = useAppState((s) => s.watchRoom);
  const loadRoomStatus = useAppState((s) => s.loadRoomStatus);

  useEffect(() => {
    void loadRecoveryStatus();
  }, [loadRecoveryStatus]);

  // A large data file is checked in the background after start: its answer may come before or after this window asks.
  useEffect(() => props.api.on('recovery:data-checked', setDataCheck), [props.api, setDataCheck]);
  useEffect(() => {
    if (appMode === 'normal') void loadDataCheck();
  }, [appMode, loadDataCheck]);
  // Room mode runs in main; the window follows what it says, and asks once in case it is already on.
  useEffect(() => watchRoom(), [watchRoom]);
  useEffect(() => {
    if (appMode === 'normal') loadRoomStatus().catch((error: unknown) => console.error('Room mode status', error));
  }, [appMode, loadRoomStatus]);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const paletteDialogs = useMemo(() => ({ openNewEngagement: () => setNewDialogOpen(true), showShortcuts: () => setShortcutsOpen(true) }), []);
  const paletteCommands = usePaletteCommands(paletteOpen, paletteDialogs);

  useEffect(() => {
    return props.api.on('menu:command', (command) => {
      if (command === 'back-up-now') {
        void backUpNow();
      } else if (command === 'new-engagement') {
        navigate({ name: 'engagements' });
        setNewDialogOpen(true);
      } else if (command === 'go-engagements') {
        navigate({ name: 'engagements' });
      } else if (command === 'show-shortcuts') {
        setShortcutsOpen(true);
      } else if (command === 'import-archive') {
        void archiveActions.importArchive();
      } else if (command === 'export-archive') {
        if (route.name === 'workspace') void archiveActions.exportEngagement(route.engagementId);
        else notify({ tone: 'info', message: 'Open an engagement first, or use Export on its row in the list.' });
      } else if (command === 'presenter-mode') {
        if (route.name === 'workspace') present(route.engagementId);
        else notify({ tone: 'info', message: 'Open an engagement first, then choose View → Presenter Mode (F5) to show its board.' });
      } else if (command === 'export-week-pack') {
        if (route.name !== 'workspace') {
          notify({ tone: 'info', message: 'Open an engagement first, then choose File → Export Week Pack… to write its files.' });
        } else {
          // On the deliverables screen, which shows what the client receives, then the progress and the files written.
          navigate({ name: 'workspace', engagementId: route.engagementId, section: 'deliverables' });
          if (!exporting) void reviewExport(route.engagementId, { kind: 'week' });
        }
      }
    });
  }, [props.api, navigate, backUpNow, archiveActions, route, notify, present, reviewExport, exporting]);

  // Main holds a quit until the window has saved the draft still waiting for a pause in typing.
  useEffect(() => {
    return props.api.on('app:before-quit', () => {
      void flushDrafts().finally(() => props.api.invoke('app:ready-to-quit', {}).catch(() => undefined));
    });
  }, [props.api, flushDrafts]);

  // A double-clicked archive arrives already read and checked by main, as its preview.
  useEffect(() => {
    return props.api.on('archive:opened', showArchivePreview);
  }, [props.api, showArchivePreview]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (appMode !== 'normal') return;
      const mod = event.ctrlKey || event.metaKey;
      // Another modal owns the keyboard until it closes.
      const modalOpen = document.querySelector('dialog[open]') !== null;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (!modalOpen) setPaletteOpen(true);
        return;
      }
      if (event.key === '?' && !mod && !modalOpen && !isTextEntry(event.target)) {
        event.preventDefault();
        setShortcutsOpen(true);
        return;
      }
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        navigate({ name: 'engagements' });
        setNewDialogOpen(true);
        return;
      }
      if (mod && !event.altKey && route.name === 'workspace') {
        const key = event.key.toLowerCase();
        const wantsCapture = event.shiftKey && key === 'n';
        const wantsSearch = !event.shiftKey && key === 'f';
        if (wantsCapture || wantsSearch) {
          event.preventDefault();
          navigate({ name: 'workspace', engagementId: route.engagementId, section: 'capture' });
          if (wantsCapture) requestCaptureFocus();
          else requestSearchFocus();
          return;
        }
      }
      if (event.altKey && !mod && route.name === 'workspace') {
        const index = Number.parseInt(event.key, 10) - 1;
        const section = WORKSPACE_SECTIONS[index];
        if (section) {
          event.preventDefault();
          navigate({ ...route, section: section.id });
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, route, appMode]);

  if (appMode !== 'normal') {
    return (
      <>
        {appMode === 'recovery' && <RecoveryScreen />}
        {appMode === 'checking' && recoveryError && (
          <main className="screen" aria-labelledby="start-error-title">
            <h1 id="start-error-title">The app could not check its data</h1>
            <div className="banner banner-error" role="alert">
              <p>{recoveryError}</p>
              <Button onClick={() => void loadRecoveryStatus()}>Try again</Button>
            </div>
          </main>
        )}
        <Toasts />
      </>
    );
  }

  return (
    <>
      <DataCheckBanner />
      {route.name === 'engagements' && <EngagementsScreen newDialogOpen={newDialogOpen} setNewDialogOpen={setNewDialogOpen} />}
      {route.name === 'settings' && <SettingsScreen />}
      {route.name === 'library' && <LibraryScreen />}
      {route.name === 'workspace' && <WorkspaceScreen engagementId={route.engagementId} section={route.section} />}
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <CommandPalette open={paletteOpen} commands={paletteCommands} onClose={() => setPaletteOpen(false)} />
      <ArchiveImportDialog />
      <ArchiveActivity />
      <Toasts />
    </>
  );
}
