import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { createBackupScheduler, type BackupScheduler } from '../core/backups/backup-scheduler';
import type { ArchiveHost } from '../core/archive/archive-service';
import { startAppCore, type AppRuntime } from '../core/start-app-core';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { pushEvent } from '../../shared/ipc/events-contract';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { APP_ORIGIN } from '../../shared/security/csp';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { ARCHIVE_EXTENSION, archivePathFromArgv, createOpenedPathQueue } from './archive-routing';
import { registerIpcHandlers } from './ipc-registration';
import { buildMenuTemplate } from './menu-template';
import { handleOpenedArchive } from './opened-archive';
import { installSessionGuards, installWebContentsGuards } from './security-guards';
import { restoreWindowBounds } from './window-bounds';
import { WINDOW_SIZE_LIMITS, createWindowOptions } from './window-options';
import { readWindowState, rememberWindowState } from './window-state';
import { captureHtmlToPng } from './report-picture';
import { printHtmlToPdf } from './report-printer';
import { closeWindowAfterFlush, closeWindowThroughQuit, createQuitSequence } from './quit-sequence';
import type { DeliverablesHost } from '../core/services/deliverables-service';
import type { FirmHost } from '../core/firm/firm-service';
import { createSafeStorageSecrets } from './safe-storage-secrets';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let runtime: AppRuntime | null = null;
let scheduler: BackupScheduler | null = null;
const openedArchives = createOpenedPathQueue((filePath) => {
  handleOpenedArchive(filePath, { window: () => mainWindow, stage: (file) => runtime?.core()?.archive.stage(file) ?? null }).catch((error: unknown) =>
    console.error('Could not open the archive', error),
  );
});

async function backUpOnQuit(): Promise<void> {
  scheduler?.stop();
  if (runtime?.mode() !== 'normal') return;
  try {
    await runtime.backup('on-quit');
  } catch (error) {
    dialog.showErrorBox('Backup on quit failed', failureText(error));
  }
}

/** How main asks the window to save its capture draft, and waits for the answer. */
const windowFlush = {
  askWindowToFlush() {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    pushEvent(mainWindow.webContents, 'app:before-quit');
    return true;
  },
  after(ms: number, task: () => void) {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
};

const quitSequence = createQuitSequence({ ...windowFlush, backUp: backUpOnQuit, quit: () => app.quit() });
/** macOS only: the main window's close, waiting for its draft. */
let closeFlush: { windowFlushed(): void } | null = null;

const ARCHIVE_FILTERS = [{ name: 'Engagement archive', extensions: [ARCHIVE_EXTENSION] }];

/** Native dialogs for the archive channels (paths stay in main and the core), and their progress for the window. */
const archiveHost: ArchiveHost = {
  async chooseExportPath(suggestedName) {
    const options: SaveDialogOptions = {
      title: 'Export Archive',
      buttonLabel: 'Export',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: ARCHIVE_FILTERS,
    };
    const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  },
  async chooseImportPath() {
    const options: OpenDialogOptions = { title: 'Import Archive', buttonLabel: 'Open', properties: ['openFile'], filters: ARCHIVE_FILTERS };
    const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  },
  onProgress(progress) {
    pushEvent(mainWindow?.webContents, 'archive:progress', progress);
  },
};

function createMainWindow(): BrowserWindow {
  const statePath = path.join(app.getPath('userData'), 'window-state.json');
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
  const workAreas = displays.map((display) => display.workArea);
  const restored = restoreWindowBounds(readWindowState(statePath), workAreas, WINDOW_SIZE_LIMITS);
  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.js'), restored.bounds));
  installWebContentsGuards(window.webContents, (url) => shell.openExternal(url));
  rememberWindowState(window, statePath);
  if (process.platform === 'darwin') closeFlush = closeWindowAfterFlush(window, quitSequence, windowFlush);
  else closeWindowThroughQuit(window, quitSequence, () => app.quit());
  window.once('ready-to-show', () => {
    if (restored.isMaximized) window.maximize();
    if (restored.isFullScreen) window.setFullScreen(true);
    window.show();
  });
  window.on('closed', () => {
    mainWindow = null;
    closeFlush = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  pushEvent(mainWindow?.webContents, 'menu:command', command);
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'About Audit Workshop',
    message: `Audit Workshop ${app.getVersion()}`,
    detail: `Your data is stored in:\n${app.getPath('userData')}`,
  });
}

function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Exports write where the user points the native dialog; the renderer only ever learns file names. */
const deliverablesHost: DeliverablesHost = {
  async chooseFolder() {
    const options: OpenDialogOptions = { title: 'Export Deliverables', buttonLabel: 'Export Here', properties: ['openDirectory', 'createDirectory'] };
    const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  },
  // One report prints at a time; the core awaits each file before starting the next.
  renderPdf: printHtmlToPdf,
  renderPng: captureHtmlToPng,
  onProgress(progress) {
    pushEvent(mainWindow?.webContents, 'deliverables:progress', progress);
  },
};

/** The firm's CA certificate is chosen in a native dialog; the renderer only learns its name. */
const firmHost: FirmHost = {
  async chooseCaFile() {
    const options: OpenDialogOptions = {
      title: 'Choose the firm’s CA certificate',
      buttonLabel: 'Use This Certificate',
      properties: ['openFile'],
      filters: [{ name: 'CA certificate', extensions: ['pem', 'crt', 'cer'] }],
    };
    const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  },
  onPublishProgress(progress) {
    pushEvent(mainWindow?.webContents, 'firm:progress', progress);
  },
};

/**
 * A data file that cannot be opened (damaged, newer, unreadable, read-only, missing or empty with
 * backups) does not land here: startAppCore answers it with recovery mode. What does is a fault
 * of the app's own, such as a failed migration, and that is shown before quitting.
 */
function startRuntime(): AppRuntime | null {
  try {
    return startAppCore({
      userDataDir: app.getPath('userData'),
      appVersion: app.getVersion(),
      deliverablesHost,
      archiveHost,
      roomHost: {
        pagesDir: path.join(__dirname, '..', 'room'),
        onChange: (status) => pushEvent(mainWindow?.webContents, 'room:changed', status),
        onUnexpectedError: (error) => console.error('[room] a request failed', error),
      },
      firmHost,
      secretStore: createSafeStorageSecrets(path.join(app.getPath('userData'), 'secrets'), safeStorage),
      backgroundWorker: path.join(__dirname, 'background-worker.js'),
      onDataCheck: (check) => pushEvent(mainWindow?.webContents, 'recovery:data-checked', check),
      onReadyToQuit: () => {
        closeFlush?.windowFlushed();
        quitSequence.windowFlushed();
      },
    });
  } catch (error) {
    dialog.showErrorBox('Audit Workshop cannot open its data', `The data file could not be opened: ${failureText(error)}`);
    return null;
  }
}

async function backUpToFolder(): Promise<void> {
  if (!runtime) return;
  const options: OpenDialogOptions = { title: 'Back Up to a Folder', buttonLabel: 'Back Up Here', properties: ['openDirectory', 'createDirectory'] };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return;
  try {
    const backup = await runtime.backupToFolder(folder);
    await dialog.showMessageBox({
      type: 'info',
      title: 'Backup saved',
      message: `Backup saved at ${new Date(backup.createdAt).toLocaleString()}.`,
      detail: `It was checked after writing and is in:\n${folder}`,
    });
  } catch (error) {
    await dialog.showMessageBox({ type: 'warning', title: 'Backup not saved', message: 'The backup was not saved.', detail: failureText(error) });
  }
}

/** Scheduled backups run in the background; a failure is shown once until one succeeds again. */
function startScheduler(target: AppRuntime): BackupScheduler {
  let failing = false;
  const scheduled = createBackupScheduler({
    target,
    now: () => new Date(),
    every: (ms, task) => {
      const timer = setInterval(task, ms);
      return () => clearInterval(timer);
    },
    onBackup: () => {
      failing = false;
    },
    onFailure: (error, kind) => {
      console.error(`[backups] ${kind} backup failed`, error);
      if (failing) return;
      failing = true;
      void dialog.showMessageBox({ type: 'warning', title: 'Automatic backup failed', message: `The ${kind} backup was not made.`, detail: failureText(error) });
    },
  });
  scheduled.start();
  return scheduled;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const archivePath = archivePathFromArgv(argv);
    if (archivePath) openedArchives.open(archivePath);
  });

  // macOS reports a double-clicked archive here, possibly before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openedArchives.open(filePath);
  });

  app.on('web-contents-created', (_event, contents) => {
    installWebContentsGuards(contents, (url) => shell.openExternal(url));
  });

  void app.whenReady().then(() => {
    runtime = startRuntime();
    if (!runtime) {
      app.quit();
      return;
    }
    scheduler = startScheduler(runtime);
    installSessionGuards(session.defaultSession);
    registerAppProtocol(protocol, path.join(__dirname, '..', 'renderer'));
    registerIpcHandlers(
      ipcMain,
      createDispatcher({
        handlers: runtime.handlers,
        translateError: runtime.translateError,
        trustedOrigin: APP_ORIGIN,
        onUnexpectedError: (error, channel) => console.error(`[ipc] ${channel} failed`, error),
      }),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, { send: sendMenuCommand, showAbout, backUpToFolder: () => void backUpToFolder() })));
    mainWindow = createMainWindow();
    const launchArchive = archivePathFromArgv(process.argv);
    if (launchArchive) openedArchives.open(launchArchive);
    openedArchives.ready();

    app.on('activate', () => {
      // Not "no window at all": a hidden report window may outlive the main one for a moment after an export.
      if (mainWindow === null) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('before-quit', (event) => quitSequence.onBeforeQuit(event));

  app.on('will-quit', () => {
    scheduler?.stop();
    runtime?.close();
    runtime = null;
  });
}
