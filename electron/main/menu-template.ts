import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu-commands';

export interface MenuActions {
  send(command: MenuCommand): void;
  showAbout(): void;
  /** Asks for a folder natively and writes a verified backup there; the renderer never sees the path. */
  backUpToFolder(): void;
}

/** The application menu as data, so labels, accelerators and wiring are tested without Electron. */
export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Audit Workshop',
      submenu: [
        { label: 'About Audit Workshop', click: () => actions.showAbout() },
        { type: 'separator' },
        { role: 'hide', label: 'Hide Audit Workshop' },
        { role: 'hideOthers', label: 'Hide Others' },
        { role: 'unhide', label: 'Show All' },
        { type: 'separator' },
        { role: 'quit', label: 'Quit Audit Workshop' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        { label: 'New Engagement…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-engagement') },
        { label: 'All Engagements', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('go-engagements') },
        { type: 'separator' },
        { label: 'Back Up Now', click: () => actions.send('back-up-now') },
        { label: 'Back Up to a Folder…', click: () => actions.backUpToFolder() },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Close Window' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo', label: 'Undo' },
        { role: 'redo', label: 'Redo' },
        { type: 'separator' },
        { role: 'cut', label: 'Cut' },
        { role: 'copy', label: 'Copy' },
        { role: 'paste', label: 'Paste' },
        { role: 'selectAll', label: 'Select All' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom', label: 'Actual Size' },
        { role: 'zoomIn', label: 'Zoom In' },
        { role: 'zoomOut', label: 'Zoom Out' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toggle Full Screen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.send('show-shortcuts') },
        ...(isMac ? [] : [{ label: 'About Audit Workshop', click: () => actions.showAbout() }]),
      ],
    },
  );
  return template;
}
