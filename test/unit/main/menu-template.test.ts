import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menu-commands';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** The accelerators Electron gives its roles (lib/browser/api/menu-item-roles.ts). */
function roleAccelerator(role: string, platform: NodeJS.Platform): string | undefined {
  const isMac = platform === 'darwin';
  const table: Record<string, string | undefined> = {
    close: 'CommandOrControl+W',
    copy: 'CommandOrControl+C',
    cut: 'CommandOrControl+X',
    hide: 'Command+H',
    hideOthers: 'Command+Alt+H',
    minimize: 'CommandOrControl+M',
    paste: 'CommandOrControl+V',
    pasteAndMatchStyle: isMac ? 'Shift+Option+Command+V' : 'Shift+CommandOrControl+V',
    quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
    redo: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    resetZoom: 'CommandOrControl+0',
    selectAll: 'CommandOrControl+A',
    togglefullscreen: isMac ? 'Control+Command+F' : 'F11',
    undo: 'CommandOrControl+Z',
    zoomIn: 'CommandOrControl+Plus',
    zoomOut: 'CommandOrControl+-',
  };
  return table[role];
}

/** One spelling per key combination, so "CmdOrCtrl+Shift+Z" and "Shift+CommandOrControl+Z" match. */
function canonical(accelerator: string, platform: NodeJS.Platform): string {
  const isMac = platform === 'darwin';
  const parts = accelerator.split('+').map((part) => {
    const key = part.toLowerCase();
    if (key === 'cmdorctrl' || key === 'commandorcontrol') return isMac ? 'cmd' : 'ctrl';
    if (key === 'command') return 'cmd';
    if (key === 'control') return 'ctrl';
    if (key === 'option') return 'alt';
    return key;
  });
  const key = parts.pop()!;
  return [...parts.sort(), key].join('+');
}

describe.each(['darwin', 'win32', 'linux'] as const)('menu on %s', (platform) => {
  const sent: MenuCommand[] = [];
  let aboutShown = 0;
  let folderBackups = 0;
  const template = buildMenuTemplate(platform, {
    send: (c) => sent.push(c),
    showAbout: () => aboutShown++,
    backUpToFolder: () => folderBackups++,
  });
  const items = flatten(template).filter((i) => i.type !== 'separator');

  it('labels every item', () => {
    for (const item of items) expect(item.label, JSON.stringify(item)).toBeTruthy();
  });

  it('has the standard menus in the standard order', () => {
    const expected = ['File', 'Edit', 'View', 'Window', 'Help'];
    expect(template.map((menu) => menu.label)).toEqual(platform === 'darwin' ? ['Audit Workshop', ...expected] : expected);
  });

  it('has no colliding accelerators, counting the ones Electron gives its roles', () => {
    const accelerators = items
      .map((i) => i.accelerator ?? (i.role ? roleAccelerator(i.role, platform) : undefined))
      .filter((a): a is string => Boolean(a))
      .map((a) => canonical(a, platform));
    expect(accelerators.length).toBeGreaterThan(10);
    expect(accelerators.filter((a, index) => accelerators.indexOf(a) !== index)).toEqual([]);
  });

  it('wires every clickable item to a real command, and every command is reachable', () => {
    for (const item of items) if (item.click) (item.click as () => void)();
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    expect(aboutShown).toBe(1);
    expect(folderBackups).toBe(1);
  });

  it('offers zoom, full screen, quitting and the edit commands text fields need', () => {
    const roles = new Set(items.map((i) => i.role).filter(Boolean));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit', 'minimize']) {
      expect(roles, role).toContain(role);
    }
  });

  it('puts File → New Engagement and Help → Keyboard Shortcuts where people look for them', () => {
    const submenu = (label: string) => (template.find((m) => m.label === label)?.submenu as MenuItemConstructorOptions[]).map((i) => i.label);
    expect(submenu('File')).toEqual(expect.arrayContaining(['New Engagement…', 'All Engagements']));
    expect(submenu('Help')[0]).toBe('Keyboard Shortcuts');
    const aboutMenu = platform === 'darwin' ? 'Audit Workshop' : 'Help';
    expect(submenu(aboutMenu)).toContain('About Audit Workshop');
  });

  it('offers the week pack under File and presenter mode under View, each sending its command', () => {
    const clicked: MenuCommand[] = [];
    const probe = buildMenuTemplate(platform, { send: (c) => clicked.push(c), showAbout: () => {}, backUpToFolder: () => {} });
    const submenu = (label: string) => probe.find((m) => m.label === label)?.submenu as MenuItemConstructorOptions[];
    const item = (menu: string, label: string) => submenu(menu).find((i) => i.label === label);
    expect(submenu('File').map((i) => i.label)).toEqual(
      expect.arrayContaining(['Import Archive…', 'Export Archive…', 'Export Week Pack…', 'Back Up Now', 'Back Up to a Folder…']),
    );
    (item('File', 'Export Week Pack…')?.click as () => void)();
    (item('View', 'Presenter Mode')?.click as () => void)();
    expect(clicked).toEqual(['export-week-pack', 'presenter-mode']);
    expect(item('View', 'Presenter Mode')?.accelerator).toBe('F5');
    expect(item('File', 'Import Archive…')?.accelerator).toBe('CmdOrCtrl+O');
  });
});

describe('canonical accelerators', () => {
  it('treats the same combination spelled differently as one', () => {
    expect(canonical('CmdOrCtrl+Shift+Z', 'linux')).toBe(canonical('Shift+CommandOrControl+Z', 'linux'));
    expect(canonical('CmdOrCtrl+N', 'darwin')).not.toBe(canonical('Control+N', 'darwin'));
  });
});
