import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { startAppCore, type AppRuntime } from '../../electron/core/start-app-core';
import type { EventChannel } from '../../shared/ipc/channels';
import { createDispatcher, type Dispatch } from '../../shared/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeFor } from '../../electron/main/app-protocol';

/** The renderer is served from this made-up origin; every request to it is answered from dist/. */
export const TEST_ORIGIN = 'http://audit-workshop.test';
const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');

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
  restart(prepare?: (userDataDir: string) => void): void;
  /** Errors the dispatcher saw that were not expected AppErrors. */
  unexpectedErrors: unknown[];
  /** Loads the app at a route (hash), as Electron would load app://workshop/index.html. */
  open(hash?: string): Promise<void>;
  /** Pushes an event to the renderer as the main process would (menu commands). */
  emit(channel: EventChannel, payload: unknown): Promise<void>;
  /**
   * What the native file dialogs would answer for the archive channels: a path to save to or open,
   * or null for Cancel. Tests set these before clicking Export or Import.
   */
  archiveFiles: { saveAs: string | null; open: string | null };
  /** Reads the SQLite file through a separate connection, as another program would see it. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
}

/**
 * Wires window.api to the same dispatcher and handler table the main process registers, over a
 * real SQLite file in a temporary folder. Nothing here ships in the app.
 */
async function installBridge(page: Page, dispatch: Dispatch): Promise<void> {
  // Registered first so it runs last: the renderer route below answers the test origin.
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  await page.exposeBinding('__awInvoke', ({ frame, page: source }, channel: unknown, payload: unknown) =>
    dispatch({ url: frame.url(), isMainFrame: frame === source.mainFrame() }, channel, payload),
  );
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const w = window as unknown as Record<string, unknown>;
    w.api = {
      invoke: (channel: string, payload: unknown) =>
        (w.__awInvoke as (c: string, p: unknown) => Promise<unknown>)(channel, payload),
      on: (channel: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      },
    };
    w.__awEmit = (channel: string, payload: unknown) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    };
  });
  await page.route(`${TEST_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const filePath = path.resolve(RENDERER_DIR, relative);
    if (!filePath.startsWith(RENDERER_DIR + path.sep)) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = readFileSync(filePath);
      return route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': mimeTypeFor(filePath), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
}

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ page }, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-workshop-e2e-'));
    const clock = createHarnessClock();
    const archiveFiles: Harness['archiveFiles'] = { saveAs: null, open: null };
    const start = () =>
      startAppCore({
        userDataDir: dir,
        appVersion: '0.0.0-test',
        now: clock.now,
        archivePicker: {
          chooseExportPath: () => Promise.resolve(archiveFiles.saveAs),
          chooseImportPath: () => Promise.resolve(archiveFiles.open),
        },
      });
    const unexpectedErrors: unknown[] = [];
    const connect = (started: AppRuntime) =>
      createDispatcher({
        handlers: started.handlers,
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
    await installBridge(page, dispatch);
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
      restart(prepare) {
        runtime.close();
        prepare?.(dir);
        runtime = start();
        current = connect(runtime);
      },
      unexpectedErrors,
      archiveFiles,
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
