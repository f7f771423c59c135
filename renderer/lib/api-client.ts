import type { Bridge } from '../../shared/ipc/bridge';
import type { EventChannel } from '../../shared/ipc/channels';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { eventContract, type EventPayload } from '../../shared/ipc/events-contract';
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
  /** Listens to a push event from main; a payload that does not match its channel's schema is reported, not delivered. */
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Typed requests and events over the preload bridge; a failed request becomes a thrown ApiError. */
export function createApiClient(bridge: Bridge, onMalformedEvent: (channel: EventChannel, problem: string) => void = reportMalformedEvent): ApiClient {
  return {
    async invoke(channel, input) {
      const result = await bridge.invoke(channel, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fields);
      return result.value as never;
    },
    on(channel, listener) {
      return bridge.on(channel, (raw) => {
        const parsed = eventContract[channel].safeParse(raw);
        if (parsed.success) listener(parsed.data as EventPayload<typeof channel>);
        else onMalformedEvent(channel, parsed.error.message);
      });
    },
  };
}

function reportMalformedEvent(channel: EventChannel, problem: string): void {
  console.error(`The app ignored a "${channel}" event from main whose content was not as expected. This is a bug.`, problem);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
