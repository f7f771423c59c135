import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu-commands';

export interface MenuActions {
  send(command: MenuCommand): void;
  showAbout(): void;
  /** Asks for a folder natively and writes a verified backup there; the renderer never sees the path. */
  backUpToFolder(): void;
}

interface MenuContext {
  isMac: boolean;
  actions: MenuActions;
}

type MenuItems = MenuItemConstructorOptions[];

const separator: MenuItemConstructorOptions = { type: 'separator' };

// One builder per top-level menu: a feature adds its item to the menu it belongs in, and the test
// checks the whole template for labels, accelerator collisions and wiring.

function appMenu({ actions }: MenuContext): MenuItems {
  return [
    { label: 'About Audit Workshop', click: () => actions.showAbout() },
    separator,
    { role: 'services', label: 'Services' },
    separator,
    { role: 'hide', label: 'Hide Audit Workshop' },
    { role: 'hideOthers', label: 'Hide Others' },
    { role: 'unhide', label: 'Show All' },
    separator,
    { role: 'quit', label: 'Quit Audit Workshop' },
  ];
}

function fileMenu({ isMac, actions }: MenuContext): MenuItems {
  return [
    { label: 'New Engagement…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-engagement') },
    { label: 'All Engagements', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('go-engagements') },
    separator,
    { label: 'Import Archive…', accelerator: 'CmdOrCtrl+O', click: () => actions.send('import-archive') },
    { label: 'Export Archive…', click: () => actions.send('export-archive') },
    separator,
    { label: 'Export Week Pack…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('export-week-pack') },
    separator,
    { label: 'Back Up Now', click: () => actions.send('back-up-now') },
    { label: 'Back Up to a Folder…', click: () => actions.backUpToFolder() },
    separator,
    isMac ? { role: 'close', label: 'Close Window' } : { role: 'quit', label: 'Quit' },
  ];
}

function editMenu({ isMac }: MenuContext): MenuItems {
  return [
    { role: 'undo', label: 'Undo' },
    { role: 'redo', label: 'Redo' },
    separator,
    { role: 'cut', label: 'Cut' },
    { role: 'copy', label: 'Copy' },
    { role: 'paste', label: 'Paste' },
    ...(isMac ? [{ role: 'pasteAndMatchStyle', label: 'Paste and Match Style' } as const] : []),
    { role: 'delete', label: 'Delete' },
    separator,
    { role: 'selectAll', label: 'Select All' },
  ];
}

function viewMenu({ actions }: MenuContext): MenuItems {
  return [
    // F5, as in slide software: the key a presenter reaches for in front of the room.
    { label: 'Presenter Mode', accelerator: 'F5', click: () => actions.send('presenter-mode') },
    separator,
    { role: 'resetZoom', label: 'Actual Size' },
    { role: 'zoomIn', label: 'Zoom In' },
    { role: 'zoomOut', label: 'Zoom Out' },
    separator,
    { role: 'togglefullscreen', label: 'Toggle Full Screen' },
  ];
}

function windowMenu({ isMac }: MenuContext): MenuItems {
  return isMac
    ? [{ role: 'minimize', label: 'Minimize' }, { role: 'zoom', label: 'Zoom' }, separator, { role: 'front', label: 'Bring All to Front' }]
    : [{ role: 'minimize', label: 'Minimize' }, { role: 'close', label: 'Close' }];
}

function helpMenu({ isMac, actions }: MenuContext): MenuItems {
  return [
    { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.send('show-shortcuts') },
    ...(isMac ? [] : [separator, { label: 'About Audit Workshop', click: () => actions.showAbout() }]),
  ];
}

/** The application menu as data, so labels, accelerators and wiring are tested without Electron. */
export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const context: MenuContext = { isMac: platform === 'darwin', actions };
  return [
    ...(context.isMac ? [{ label: 'Audit Workshop', submenu: appMenu(context) }] : []),
    { label: 'File', submenu: fileMenu(context) },
    { label: 'Edit', submenu: editMenu(context) },
    { label: 'View', submenu: viewMenu(context) },
    { label: 'Window', role: 'windowMenu', submenu: windowMenu(context) },
    { label: 'Help', role: 'help', submenu: helpMenu(context) },
  ];
}
