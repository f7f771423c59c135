import type { appContract } from '../../../shared/ipc/app-contract';
import type { Handlers } from '../../../shared/ipc/contract';

export function createAppHandlers(info: {
  name: string;
  version: string;
  schemaVersion: number;
  deviceId: string;
}): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => ({ ...info }),
  };
}

/** Served in recovery mode too: a quit must not wait on a database that is not open. */
export function createQuitHandlers(onReadyToQuit: () => void): Pick<Handlers, Exclude<keyof typeof appContract, 'app:info'>> {
  return {
    'app:ready-to-quit': () => {
      onReadyToQuit();
      return {};
    },
  };
}
