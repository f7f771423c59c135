import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menu-commands';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
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

  it('has no colliding accelerators', () => {
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('wires every clickable item to a real command, and every command is reachable', () => {
    for (const item of items) if (item.click) (item.click as () => void)();
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    expect(aboutShown).toBe(1);
    expect(folderBackups).toBe(1);
  });
});
