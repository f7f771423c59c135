import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rect, SavedWindowState } from '../../../electron/main/window-bounds';
import { readWindowState, rememberWindowState } from '../../../electron/main/window-state';
import { useTempDir } from '../helpers/temp-dir';

function saved(bounds: Rect, isMaximized: boolean): SavedWindowState {
  return { bounds, isMaximized, isFullScreen: false };
}

class FakeWindow extends EventEmitter {
  constructor(
    private readonly normal: Rect,
    private readonly maximized: boolean,
  ) {
    super();
  }
  getNormalBounds = () => this.normal;
  isMaximized = () => this.maximized;
  isFullScreen = () => false;
}

describe('window state file', () => {
  const tempDir = useTempDir();

  it('saves the normal bounds as the window closes and reads them back next run', () => {
    const file = path.join(tempDir(), 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    const window = new FakeWindow({ x: 40, y: 30, width: 1400, height: 900 }, true);
    rememberWindowState(window, file);
    expect(existsSync(file)).toBe(false);
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved({ x: 40, y: 30, width: 1400, height: 900 }, true));
    expect(readWindowState(file)).toEqual(saved({ x: 40, y: 30, width: 1400, height: 900 }, true));
  });

  it('treats a damaged file as a first run', () => {
    const file = path.join(tempDir(), 'window-state.json');
    writeFileSync(file, 'not json');
    expect(readWindowState(file)).toBeNull();
  });
});
