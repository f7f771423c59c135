import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { startAppCore, type AppRuntime, type StartAppCoreOptions } from '../../electron/core/start-app-core';
import type { DeliverablesHost } from '../../electron/core/services/deliverables-service';
import type { EventChannel } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/events-contract';
import { createDispatcher, type Dispatch } from '../../shared/ipc/dispatch';
import { installBridge, TEST_ORIGIN } from './renderer-bridge';
import { backgroundWorkerScript } from '../support/background-worker-script';

export { TEST_ORIGIN };
const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');
/** Room mode's pages, built beside the renderer by build:renderer, as main serves them. */
const ROOM_PAGES_DIR = path.resolve(__dirname, '../../dist/room');

/** The core's clock, which a test moves in step with Playwright's page.clock. */
export interface HarnessClock {
  now(): Date;
  set(date: Date): void;
  advance(ms: number): void;
}

function createHarnessClock(): HarnessClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    set(date) {
      offsetMs = date.getTime() - Date.now();
    },
    advance(ms) {
      offsetMs += ms;
    },
  };
}

/** True for a request to the served renderer; anything else would be a request leaving the machine. */
export function isTestOriginUrl(url: string): boolean {
  return url.startsWith(`${TEST_ORIGIN}/`);
}

export interface Harness {
  /** The app's data folder: the database and its backups folder live here. */
  userDataDir: string;
  dbPath: string;
  clock: HarnessClock;
  runtime: AppRuntime;
  /** Every URL the page requested, in order; a request anywhere but the test origin is also blocked. */
  requests: string[];
  dispatch: Dispatch;
  /**
   * Closes the app's data and starts it again through startAppCore, as a relaunch would, after
   * `prepare` has changed files in the data folder (for instance damaged the database).
   */
  restart(prepare?: (userDataDir: string) => void, options?: Pick<StartAppCoreOptions, 'fullCheckAtStartUpToBytes'>): void;
  /** Errors the dispatcher saw that were not expected AppErrors. */
  unexpectedErrors: unknown[];
  /** Loads the app at a route (hash), as Electron would load app://workshop/index.html. */
  open(hash?: string): Promise<void>;
  /** Pushes an event to the renderer as the main process would, with its channel's payload type. */
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): Promise<void>;
  /**
   * The folder the export dialog "chooses" (main's native dialog stands here); null cancels, as
   * the user would. Starts as an empty exports/ folder inside the data folder.
   */
  exportFolder: string | null;
  /**
   * What the native file dialogs would answer for the archive channels: a path to save to or open,
   * or null for Cancel. Tests set these before clicking Export or Import.
   */
  archiveFiles: { saveAs: string | null; open: string | null };
  /** How often the window answered 'app:before-quit' with 'app:ready-to-quit' (main would then back up and quit). */
  readonly quitAnswers: number;
  /** Reads the SQLite file through a separate connection, as another program would see it. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
}

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ page }, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-workshop-e2e-'));
    const clock = createHarnessClock();
    const exports = { folder: path.join(dir, 'exports') as string | null };
    mkdirSync(exports.folder!);
    // The same export path as main, with the folder dialog replaced and PDFs printed and pictures
    // photographed by this Chromium in a separate, clean page (main uses a hidden sandboxed window).
    const inCleanPage = async <T>(html: string, viewport: { width: number; height: number } | null, work: (printer: Page) => Promise<T>): Promise<T> => {
      const browser = page.context().browser();
      if (!browser) throw new Error('The harness needs a browser to print PDFs and draw pictures.');
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true, ...(viewport ? { viewport } : {}) });
      try {
        const printer = await context.newPage();
        await printer.setContent(html);
        return await work(printer);
      } finally {
        await context.close();
      }
    };
    const deliverablesHost: DeliverablesHost = {
      chooseFolder: () => Promise.resolve(exports.folder),
      renderPdf: async (html) => new Uint8Array(await inCleanPage(html, null, (printer) => printer.pdf({ preferCSSPageSize: true, printBackground: true }))),
      renderPng: async (html, size) => {
        const photograph = () => inCleanPage(html, size, (printer) => printer.screenshot({ type: 'png' }));
        try {
          return new Uint8Array(await photograph());
        } catch (error) {
          // Headless Chromium sometimes has no frame to capture when two suites share two cores; that is
          // this stand-in's weakness (main photographs with capturePage), so it tries once more, once.
          if (!String(error).includes('Unable to capture screenshot')) throw error;
          return new Uint8Array(await photograph());
        }
      },
      onProgress(progress) {
        // Progress is a courtesy to the screen: a test that ends mid-export has no page to tell.
        void pushToPage('deliverables:progress', progress);
      },
    };
    const archiveFiles: Harness['archiveFiles'] = { saveAs: null, open: null };
    let quitAnswers = 0;
    // Main pushes events to a window that may not have loaded yet; such an event is simply not seen.
    const pushToPage = (channel: EventChannel, payload: unknown) =>
      page
        .evaluate(([c, p]) => (window as unknown as { __awEmit: (c: string, p: unknown) => void }).__awEmit(c, p), [channel, payload] as const)
        .catch(() => undefined);
    const start = (options: Pick<StartAppCoreOptions, 'fullCheckAtStartUpToBytes'> = {}) =>
      startAppCore({
        ...options,
        userDataDir: dir,
        appVersion: '0.0.0-test',
        now: clock.now,
        deliverablesHost,
        archiveHost: {
          chooseExportPath: () => Promise.resolve(archiveFiles.saveAs),
          chooseImportPath: () => Promise.resolve(archiveFiles.open),
          onProgress: (progress) => void pushToPage('archive:progress', progress),
        },
        onReadyToQuit: () => (quitAnswers += 1),
        backgroundWorker: backgroundWorkerScript(),
        onDataCheck: (check) => void pushToPage('recovery:data-checked', check),
        roomHost: {
          pagesDir: ROOM_PAGES_DIR,
          onChange: (status) => void pushToPage('room:changed', status),
          onUnexpectedError: (error) => unexpectedErrors.push(error),
        },
      });
    const unexpectedErrors: unknown[] = [];
    const connect = (started: AppRuntime) =>
      createDispatcher({
        handlers: started.handlers,
        translateError: started.translateError,
        trustedOrigin: TEST_ORIGIN,
        onUnexpectedError: (error) => unexpectedErrors.push(error),
      });
    let runtime = start();
    let current = connect(runtime);
    const dispatch: Dispatch = (sender, channel, payload) => current(sender, channel, payload);
    const dbPath = runtime.dbPath;
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await installBridge(page, dispatch, RENDERER_DIR);
    const reader = () => new Database(dbPath, { readonly: true, fileMustExist: true });

    await use({
      userDataDir: dir,
      dbPath,
      clock,
      get runtime() {
        return runtime;
      },
      requests,
      dispatch,
      get exportFolder() {
        return exports.folder;
      },
      set exportFolder(folder) {
        exports.folder = folder;
      },
      restart(prepare, options) {
        runtime.close();
        prepare?.(dir);
        runtime = start(options);
        current = connect(runtime);
      },
      unexpectedErrors,
      archiveFiles,
      get quitAnswers() {
        return quitAnswers;
      },
      async open(hash = '#/') {
        await page.goto(`${TEST_ORIGIN}/index.html${hash}`);
      },
      async emit(channel, payload) {
        await page.evaluate(
          ([c, p]) => (window as unknown as { __awEmit: (c: string, p: unknown) => void }).__awEmit(c as string, p),
          [channel, payload] as const,
        );
      },
      query(sql, ...params) {
        const db = reader();
        try {
          return db.prepare(sql).all(...params) as never;
        } finally {
          db.close();
        }
      },
    });

    runtime.close();
    rmSync(dir, { recursive: true, force: true });
    if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.map((e) => e.message).join('; ')}`);
    if (unexpectedErrors.length > 0) throw new Error(`The core failed unexpectedly: ${unexpectedErrors.map(String).join('; ')}`);
    const offsite = requests.filter((url) => !isTestOriginUrl(url));
    if (offsite.length > 0) throw new Error(`The page made requests that would leave the machine: ${offsite.join(', ')}`);
  },
});

export { expect } from '@playwright/test';
