import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/ipc/result';

/** What main posts to the background thread: one task by name, with its input. */
export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

/** An error as it crosses the thread: enough to rebuild an AppError, or an Error with its code. */
export interface SentError {
  message: string;
  /** The AppError's code, when it was one. */
  appCode?: ErrorCode;
  /** A system or SQLite code (ENOSPC, SQLITE_CORRUPT…), kept so translations still recognise it. */
  code?: string;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SentError };

/** How far a task has come, posted as often as the task likes before its reply. */
export interface TaskProgress {
  id: number;
  progress: unknown;
}

/** A task is about to write a large file there, which main keeps flushing until the task answers. */
export interface TaskWriting {
  id: number;
  writing: string;
}

export type WorkerMessage = TaskReply | TaskProgress | TaskWriting;

const transfers = new WeakMap<object, ArrayBuffer[]>();

/**
 * Marks a task's answer whose buffers move to main instead of being copied (a planned import's
 * hundreds of megabytes): copying them would hold main's thread while it receives them. The
 * buffers are unusable on the background thread afterwards.
 */
export function transferring<T extends object>(value: T, buffers: ArrayBuffer[]): T {
  transfers.set(value, buffers);
  return value;
}

/** The buffers a task's answer moves rather than copies; none unless the task said so. */
export function transferListOf(value: unknown): ArrayBuffer[] {
  return typeof value === 'object' && value !== null ? (transfers.get(value) ?? []) : [];
}

export function sendableError(error: unknown): SentError {
  if (error instanceof AppError) return { message: error.message, appCode: error.code };
  const code = (error as { code?: unknown } | null)?.code;
  return { message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) };
}

export function reviveError(sent: SentError): Error {
  if (sent.appCode && (ERROR_CODES as readonly string[]).includes(sent.appCode)) return new AppError(sent.appCode, sent.message);
  return Object.assign(new Error(sent.message), sent.code === undefined ? {} : { code: sent.code });
}
