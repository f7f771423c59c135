import type { z } from 'zod';
import { contract, type Channel, type Handlers } from './contract';
import { isRequestChannel } from './channels';
import { AppError, isAppError, type IpcError, type IpcResult } from './result';

/** Who sent a request, as the transport reports it (Electron's senderFrame, or the test page). */
export interface Sender {
  url: string | undefined;
  isMainFrame: boolean;
}

export interface DispatcherOptions {
  /** The table in force for this request; the runtime swaps whole tables between normal and recovery mode. */
  handlers: () => Handlers;
  /**
   * Turns a failure the user can act on (a full disk, a locked file) into an AppError, whether the
   * handler threw at once or its promise rejected; anything else comes back unchanged.
   */
  translateError: (error: unknown) => unknown;
  /** scheme://host the app's own page is served from, e.g. app://workshop. */
  trustedOrigin: string;
  /** Told about every failure that was not an expected AppError, so nothing is swallowed. */
  onUnexpectedError: (error: unknown, channel: string) => void;
}

export type Dispatch = (sender: Sender, channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * Origin as scheme://host, read the same way for custom schemes (where URL.origin is "null").
 * Parsed by pattern because shared/ has no URL global of its own.
 */
export function originOf(url: string | undefined): string | null {
  const match = url ? /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url) : null;
  if (!match) return null;
  return `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}`;
}

export function zodIssuesToError(error: z.ZodError): IpcError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  return { code: 'invalid_input', message: messages.join(' '), fields };
}

/**
 * The single entry point for every request: sender check, then input parse, then the handler,
 * then output parse. It never throws; every outcome is an IpcResult.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { handlers, translateError, trustedOrigin, onUnexpectedError } = options;

  return async (sender, channel, payload) => {
    if (!isRequestChannel(channel)) {
      return fail({ code: 'unknown_channel', message: `There is no request named "${String(channel)}".` });
    }
    if (!sender.isMainFrame || originOf(sender.url) !== trustedOrigin) {
      return fail({ code: 'forbidden', message: 'This request did not come from the app window and was refused.' });
    }
    const spec = contract[channel as Channel];
    const parsedInput = spec.input.safeParse(payload ?? {});
    if (!parsedInput.success) return fail(zodIssuesToError(parsedInput.error));

    try {
      const handler = handlers()[channel as Channel] as (input: unknown) => unknown;
      const value = await handler(parsedInput.data);
      const parsedOutput = spec.output.safeParse(value);
      if (!parsedOutput.success) {
        onUnexpectedError(parsedOutput.error, channel);
        return fail({ code: 'internal', message: `The app produced an invalid answer to "${channel}". This is a bug.` });
      }
      return { ok: true, value: parsedOutput.data };
    } catch (thrown) {
      const error = translateError(thrown);
      if (isAppError(error)) {
        if (error.cause !== undefined) onUnexpectedError(error.cause, channel);
        return fail(toIpcError(error));
      }
      onUnexpectedError(error, channel);
      const detail = error instanceof Error ? error.message : String(error);
      return fail({ code: 'internal', message: `Unexpected error: ${detail}` });
    }
  };
}

function toIpcError(error: AppError): IpcError {
  return error.fields ? { code: error.code, message: error.message, fields: error.fields } : { code: error.code, message: error.message };
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
