import type { Bridge } from '../../shared/ipc/bridge';
import type { EventChannel } from '../../shared/ipc/channels';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/ipc/result';

/** A failed request, carrying the main process's code, its user-facing message and field errors. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

/** Typed requests over the preload bridge; a failure becomes a thrown ApiError. */
export function createApiClient(bridge: Bridge): ApiClient {
  return {
    async invoke(channel, input) {
      const result = await bridge.invoke(channel, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fields);
      return result.value as never;
    },
    on: (channel, listener) => bridge.on(channel, listener),
  };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
