import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Dispatch } from '../../shared/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { mimeTypeFor } from '../../electron/main/app-protocol';

/** The renderer is served from this made-up origin; every request to it is answered from dist/. */
export const TEST_ORIGIN = 'http://audit-workshop.test';

/**
 * Wires window.api to the same dispatcher and handler table the main process registers, and
 * serves the built renderer from `rendererDir`. Shared by the e2e harness and the benchmarks;
 * nothing here ships in the app.
 */
export async function installBridge(page: Page, dispatch: Dispatch, rendererDir: string): Promise<void> {
  // Registered first so it runs last: the renderer route below answers the test origin.
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  // The answer crosses as one JSON string: Playwright's own value serialisation walks objects
  // field by field and took seconds for 5,000 notes, a cost Electron's structured clone does not
  // have, which made the rig (not the app) the slowest part of opening a large engagement.
  await page.exposeBinding('__awInvoke', async ({ frame, page: source }, channel: unknown, payload: unknown) =>
    JSON.stringify(await dispatch({ url: frame.url(), isMainFrame: frame === source.mainFrame() }, channel, payload)),
  );
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const w = window as unknown as Record<string, unknown>;
    w.api = {
      invoke: async (channel: string, payload: unknown) =>
        JSON.parse(await (w.__awInvoke as (c: string, p: unknown) => Promise<string>)(channel, payload)) as unknown,
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
    const filePath = path.resolve(rendererDir, relative);
    if (!filePath.startsWith(rendererDir + path.sep)) return route.fulfill({ status: 404, body: 'Not found' });
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
