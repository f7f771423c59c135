import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseSavedWindowState, type Rect, type SavedWindowState } from './window-bounds';

/** The parts of a BrowserWindow whose state is remembered. */
export interface RememberedWindow {
  once(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

/** The window state saved by the last run, or null on a first run or when the file is unusable. */
export function readWindowState(filePath: string): SavedWindowState | null {
  let json: string | null = null;
  try {
    json = readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
  return parseSavedWindowState(json);
}

/** Saves the window's normal bounds and state as it closes, replacing the file in one step. */
export function rememberWindowState(window: RememberedWindow, filePath: string): void {
  window.once('close', () => {
    const state: SavedWindowState = {
      bounds: window.getNormalBounds(),
      isMaximized: window.isMaximized(),
      isFullScreen: window.isFullScreen(),
    };
    try {
      writeFileSync(`${filePath}.tmp`, JSON.stringify(state));
      renameSync(`${filePath}.tmp`, filePath);
    } catch (error) {
      console.error('Could not save the window position', error);
    }
  });
}
