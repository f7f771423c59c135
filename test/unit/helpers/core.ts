import path from 'node:path';
import { afterEach } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/create-app-core';
import { createDispatcher, type Dispatch } from '../../../shared/ipc/dispatch';
import { useTempDir } from './temp-dir';

export const TRUSTED = { url: 'app://workshop/index.html', isMainFrame: true };

export interface TestCore {
  core: AppCore;
  dispatch: Dispatch;
  dbPath: string;
  unexpected: unknown[];
}

/** A real core over a temp SQLite file, with a dispatcher as main registers it. */
export function useTestCore(): () => TestCore {
  const tempDir = useTempDir();
  const cores: AppCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return () => {
    const dbPath = path.join(tempDir(), 'test.sqlite3');
    const core = createAppCore({ dbPath, appVersion: '1.2.3' });
    cores.push(core);
    const unexpected: unknown[] = [];
    const dispatch = createDispatcher({
      handlers: core.handlers,
      trustedOrigin: 'app://workshop',
      onUnexpectedError: (error) => unexpected.push(error),
    });
    return { core, dispatch, dbPath, unexpected };
  };
}
