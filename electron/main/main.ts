import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { createAppCore, type AppCore } from '../core/create-app-core';
import { DatabaseFromFutureError } from '../core/db/migrate';
import { createDispatcher } from '../../shared/ipc/dispatch';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { APP_ORIGIN } from '../../shared/security/csp';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { archivePathFromArgv, createOpenedPathQueue } from './archive-routing';
import { registerIpcHandlers } from './ipc-registration';
import { buildMenuTemplate } from './menu-template';
import { handleOpenedArchive } from './opened-archive';
import { installSessionGuards, installWebContentsGuards } from './security-guards';
import { restoreWindowBounds } from './window-bounds';
import { WINDOW_SIZE_LIMITS, createWindowOptions } from './window-options';
import { readWindowState, rememberWindowState } from './window-state';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: AppCore | null = null;
const openedArchives = createOpenedPathQueue((filePath) => {
  handleOpenedArchive(filePath).catch((error: unknown) => console.error('Could not open the archive', error));
});

function createMainWindow(): BrowserWindow {
  const statePath = path.join(app.getPath('userData'), 'window-state.json');
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)];
  const workAreas = displays.map((display) => display.workArea);
  const restored = restoreWindowBounds(readWindowState(statePath), workAreas, WINDOW_SIZE_LIMITS);
  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.js'), restored.bounds));
  installWebContentsGuards(window.webContents, (url) => shell.openExternal(url));
  rememberWindowState(window, statePath);
  window.once('ready-to-show', () => {
    if (restored.isMaximized) window.maximize();
    if (restored.isFullScreen) window.setFullScreen(true);
    window.show();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', command);
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'About Audit Workshop',
    message: `Audit Workshop ${app.getVersion()}`,
    detail: `Your data is stored in:\n${app.getPath('userData')}`,
  });
}

function openCore(): AppCore | null {
  try {
    return createAppCore({
      dbPath: path.join(app.getPath('userData'), 'audit-workshop.sqlite3'),
      appVersion: app.getVersion(),
    });
  } catch (error) {
    const message =
      error instanceof DatabaseFromFutureError
        ? error.message
        : `The data file could not be opened: ${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox('Audit Workshop cannot open its data', message);
    return null;
  }
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
    core = openCore();
    if (!core) {
      app.quit();
      return;
    }
    installSessionGuards(session.defaultSession);
    registerAppProtocol(protocol, path.join(__dirname, '..', 'renderer'));
    registerIpcHandlers(
      ipcMain,
      createDispatcher({
        handlers: core.handlers,
        trustedOrigin: APP_ORIGIN,
        onUnexpectedError: (error, channel) => console.error(`[ipc] ${channel} failed`, error),
      }),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, { send: sendMenuCommand, showAbout })));
    mainWindow = createMainWindow();
    const launchArchive = archivePathFromArgv(process.argv);
    if (launchArchive) openedArchives.open(launchArchive);
    openedArchives.ready();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
}
