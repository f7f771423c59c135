import { afterEach } from 'vitest';
import type { AppCore } from '../../../electron/core/create-app-core';
import type { DeliverablesHost } from '../../../electron/core/services/deliverables-service';
import { startAppCore, type AppRuntime, type StartAppCoreOptions } from '../../../electron/core/start-app-core';
import { createDispatcher, type Dispatch } from '../../../shared/ipc/dispatch';
import { solidPng } from './png';
import { useTempDir } from './temp-dir';
import { backgroundWorkerScript } from '../../support/background-worker-script';

export const TRUSTED = { url: 'app://workshop/index.html', isMainFrame: true };

/** One request from the app's own window; a refusal fails the test with its code and words. */
export async function call<T>(dispatch: Dispatch, channel: string, payload: unknown = {}): Promise<T> {
  const result = await dispatch(TRUSTED, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export interface TestCore {
  runtime: AppRuntime;
  /** The open core; these helpers start over a fresh folder, so it is always in normal mode. */
  core: AppCore;
  dispatch: Dispatch;
  dbPath: string;
  unexpected: unknown[];
}

export interface TestRuntime {
  runtime: AppRuntime;
  dispatch: Dispatch;
  unexpected: unknown[];
}

/** Runtimes over real SQLite files as main starts them, closed after each test. */
export function useTestRuntime(): (options: Partial<StartAppCoreOptions> & { userDataDir: string }) => TestRuntime {
  const runtimes: AppRuntime[] = [];
  afterEach(() => {
    for (const runtime of runtimes.splice(0)) runtime.close();
  });
  return (options) => {
    const runtime = startAppCore({ appVersion: '1.2.3', backgroundWorker: backgroundWorkerScript(), ...options });
    runtimes.push(runtime);
    const unexpected: unknown[] = [];
    const dispatch = createDispatcher({
      handlers: runtime.handlers,
      translateError: runtime.translateError,
      trustedOrigin: 'app://workshop',
      onUnexpectedError: (error) => unexpected.push(error),
    });
    return { runtime, dispatch, unexpected };
  };
}

/** Stands in for main's folder dialog and Chromium: files go to `folder`, a PDF holds its HTML, a picture is one colour. */
export function stubDeliverablesHost(folder: string): DeliverablesHost {
  return {
    chooseFolder: async () => folder,
    renderPdf: async (html) => new TextEncoder().encode(html),
    renderPng: async (_html, size) => solidPng(size.width, size.height),
    onProgress: () => undefined,
  };
}

/** A real core over a temp SQLite file, with a dispatcher as main registers it; exports go to a temp folder unless a host is given. */
export function useTestCore(): (options?: Partial<StartAppCoreOptions>) => TestCore {
  const tempDir = useTempDir();
  const start = useTestRuntime();
  return (options = {}) => {
    const { runtime, dispatch, unexpected } = start({ deliverablesHost: stubDeliverablesHost(tempDir()), ...options, userDataDir: tempDir() });
    const core = runtime.core();
    if (!core) throw new Error('A fresh folder should start in normal mode.');
    return { runtime, core, dispatch, dbPath: runtime.dbPath, unexpected };
  };
}
