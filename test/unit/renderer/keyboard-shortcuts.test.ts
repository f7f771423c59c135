import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { keyboardShortcuts } from '../../../renderer/features/shortcuts/keyboard-shortcuts';

function accelerators(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
    ...(Array.isArray(item.submenu) ? accelerators(item.submenu) : []),
  ]);
}

describe('keyboardShortcuts', () => {
  it.each([
    [false, 'Ctrl'],
    [true, '⌘'],
  ])('lists every accelerator the menu defines (mac: %s)', (isMac, mod) => {
    const listed = keyboardShortcuts(isMac).map((s) => s.keys.join('+'));
    const menu = accelerators(buildMenuTemplate(isMac ? 'darwin' : 'linux', { send: () => {}, showAbout: () => {}, backUpToFolder: () => {} }));
    expect(menu.length).toBeGreaterThan(0);
    for (const accelerator of menu) expect(listed).toContain(accelerator.replace('CmdOrCtrl', mod));
  });

  it('describes every shortcut once', () => {
    const does = keyboardShortcuts(false).map((s) => s.does);
    expect(new Set(does).size).toBe(does.length);
  });
});
