import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyboardShortcuts } from '../../../renderer/features/shortcuts/keyboard-shortcuts';

const README = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

/** The README's keyboard table, one row per shortcut the app's own sheet lists. */
function shortcutRows(): string[] {
  const mac = keyboardShortcuts(true);
  return keyboardShortcuts(false).map((s, i) => `| ${s.keys.join(' ')} | ${mac[i]!.keys.join(' ')} | ${s.does} |`);
}

describe('the README', () => {
  it('lists exactly the keyboard shortcuts the app’s shortcuts sheet shows', () => {
    const section = README.split('\n## Keyboard\n')[1]!.split('\n## ')[0]!;
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Windows'));
    expect(rows).toEqual(shortcutRows());
  });

  it('shows screenshots that exist', () => {
    const images = [...README.matchAll(/\]\((docs\/screens\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(40);
    for (const image of images) expect(() => readFileSync(path.resolve(__dirname, '../../..', image)), image).not.toThrow();
  });
});
