import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createAppCore, type AppCore } from '../../electron/core/create-app-core';
import type { EventChannel } from '../../shared/ipc/channels';
import { createDispatcher, type Dispatch } from '../../shared/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeFor } from '../../electron/main/app-protocol';

/** The renderer is served from this made-up origin; every request to it is answered from dist/. */
export const TEST_ORIGIN = 'http://audit-workshop.test';
const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');

/** True for a request to the served renderer; anything else would be a request leaving the machine. */
export function isTestOriginUrl(url: string): boolean {
  return url.startsWith(`${TEST_ORIGIN}/`);
}

export interface Harness {
  dbPath: string;
  /** Every URL the page requested, in order; a request anywhere but the test origin is also blocked. */
  requests: string[];
  core: AppCore;
  dispatch: Dispatch;
  /** Errors the dispatcher saw that were not expected AppErrors. */
  unexpectedErrors: unknown[];
  /** Loads the app at a route (hash), as Electron would load app://workshop/index.html. */
  open(hash?: string): Promise<void>;
  /** Pushes an event to the renderer as the main process would (menu commands). */
  emit(channel: EventChannel, payload: unknown): Promise<void>;
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
    const dbPath = path.join(dir, 'audit-workshop.sqlite3');
    const core = createAppCore({ dbPath, appVersion: '0.0.0-test' });
    const unexpectedErrors: unknown[] = [];
    const dispatch = createDispatcher({
      handlers: core.handlers,
      trustedOrigin: TEST_ORIGIN,
      onUnexpectedError: (error) => unexpectedErrors.push(error),
    });
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await installBridge(page, dispatch);
    const reader = () => new Database(dbPath, { readonly: true, fileMustExist: true });

    await use({
      dbPath,
      requests,
      core,
      dispatch,
      unexpectedErrors,
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

    core.close();
    rmSync(dir, { recursive: true, force: true });
    if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.map((e) => e.message).join('; ')}`);
    if (unexpectedErrors.length > 0) throw new Error(`The core failed unexpectedly: ${unexpectedErrors.map(String).join('; ')}`);
    const offsite = requests.filter((url) => !isTestOriginUrl(url));
    if (offsite.length > 0) throw new Error(`The page made requests that would leave the machine: ${offsite.join(', ')}`);
  },
});

export { expect } from '@playwright/test';
