import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startAppCore } from '../../electron/core/start-app-core';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { installBridge, TEST_ORIGIN } from '../e2e/renderer-bridge';
import { backgroundWorkerScript } from '../support/background-worker-script';

const RENDERER_DIR = path.resolve('dist/renderer');

export interface WindowImport {
  /** The longest task on the window's main thread from the click on Import to the report shown. */
  longestTaskMs: number;
  /** Tasks over 50 ms in that time, the ones a user can feel. */
  longTasks: number;
  /** Progress events the window received. */
  progressEvents: number;
}

/**
 * Imports `file` on a fresh laptop through the window, as a user does (Import archive…, then
 * Import archive in its preview), with the window's long tasks recorded until the report shows.
 * The core's progress reaches the page as main's events would.
 */
export async function importThroughWindow(browser: Browser, file: string, userDataDir: string): Promise<WindowImport> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  let progressEvents = 0;
  const page = await context.newPage();
  const runtime = startAppCore({
    userDataDir,
    appVersion: '0.0.0-bench',
    backgroundWorker: backgroundWorkerScript(),
    archiveHost: {
      chooseExportPath: () => Promise.resolve(null),
      chooseImportPath: () => Promise.resolve(file),
      onProgress: (progress) => {
        progressEvents += 1;
        void page.evaluate(([c, p]) => (window as unknown as { __awEmit: (c: string, p: unknown) => void }).__awEmit(c, p), ['archive:progress', progress] as const).catch(() => undefined);
      },
    },
  });
  try {
    const dispatch = createDispatcher({
      handlers: runtime.handlers,
      translateError: runtime.translateError,
      trustedOrigin: TEST_ORIGIN,
      onUnexpectedError: (error) => console.error('Unexpected error in the core:', error),
    });
    await installBridge(page, dispatch, RENDERER_DIR);
    await page.goto(`${TEST_ORIGIN}/index.html`);
    await page.getByRole('button', { name: 'Import archive…' }).click();
    const dialog = page.getByRole('dialog', { name: /^(Import “|Archive imported)/ });
    await dialog.getByRole('button', { name: 'Import archive' }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: number[] };
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await dialog.getByRole('button', { name: 'Import archive' }).click();
    await dialog.getByRole('heading', { name: 'Archive imported' }).waitFor({ timeout: 300_000 });
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
    return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, progressEvents };
  } finally {
    await context.close();
    runtime.close();
  }
}
