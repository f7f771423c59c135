import type { EventChannel, RequestChannel } from './channels';
import type { IpcResult } from './result';

/**
 * What the preload exposes as window.api: requests and event subscriptions on the contract's
 * channels only. The harness in test/e2e installs the same shape.
 */
export interface Bridge {
  invoke(channel: RequestChannel, payload: unknown): Promise<IpcResult<unknown>>;
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}
