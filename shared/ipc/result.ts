/** Every failure the contract can report; the renderer shows `message` to the user as it is. */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'forbidden',
  'not_found',
  'conflict',
  'storage_full',
  'storage_busy',
  'storage_corrupt',
  'storage_readonly',
  'backup_failed',
  'recovery_mode',
  'invalid_archive',
  'export_failed',
  'firm_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) to a message, for invalid_input. */
  fields?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * An expected failure a handler reports on purpose, with words meant for the user. `cause` is set
 * when the words stand in for a failure nobody expected (a safety net), which is still reported.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
