import type { appContract } from '../../../shared/ipc/app-contract';
import type { Handlers } from '../../../shared/ipc/contract';

export function createAppHandlers(info: {
  name: string;
  version: string;
  schemaVersion: number;
  deviceId: string;
}): Pick<Handlers, keyof typeof appContract> {
  return {
    'app:info': () => ({ ...info }),
  };
}
