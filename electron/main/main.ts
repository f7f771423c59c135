import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { createAppCore, type AppCore } from '../core/create-app-core';
import { DatabaseFromFutureError } from '../core/db/migrate';
import { createDispatcher } from '../../shared/ipc/dispatch';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { APP_ORIGIN } from '../../shared/security/csp';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { registerIpcHandlers } from './ipc-registration';
import { buildMenuTemplate } from './menu-template';
import { installSessionGuards, installWebContentsGuards } from './security-guards';
import { createWindowOptions } from './window-options';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: AppCore | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(path.join(__dirname, 'preload.js')));
  installWebContentsGuards(window.webContents, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
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
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
