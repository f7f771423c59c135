import type { BrowserWindowConstructorOptions } from 'electron';
import type { RestoredWindow, WindowSizeLimits } from './window-bounds';

/** The window's default size on a first run and the smallest size the screens are laid out for. */
export const WINDOW_SIZE_LIMITS: WindowSizeLimits = { width: 1366, height: 860, minWidth: 1024, minHeight: 640 };

/**
 * The main window's options: an isolated, sandboxed renderer with no Node and no experimental
 * switches. Kept pure so the test can assert every security flag.
 */
export function createWindowOptions(
  preloadPath: string,
  bounds: RestoredWindow['bounds'] = { width: WINDOW_SIZE_LIMITS.width, height: WINDOW_SIZE_LIMITS.height },
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: WINDOW_SIZE_LIMITS.minWidth,
    minHeight: WINDOW_SIZE_LIMITS.minHeight,
    show: false,
    title: 'Audit Workshop',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
