import { AppError } from '../../../shared/ipc/result';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EEXIST', 'EISDIR']);

/** A failed backup told in the user's words: what happened and what to do about it. */
export function backupFailedError(error: unknown, folderLabel: string): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') {
    return new AppError(
      'backup_failed',
      `No backup was made: the disk holding ${folderLabel} is full. Free some disk space and back up again. Your data itself is unaffected.`,
    );
  }
  if (NOT_WRITABLE.has(code) || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'backup_failed',
      `No backup was made: ${folderLabel} cannot be written to. Choose another folder, or check that the drive is connected and not read-only. Your data itself is unaffected.`,
    );
  }
  return new AppError(
    'backup_failed',
    `No backup was made (${detail}). Nothing half-written was kept. Try again; if it keeps failing, back up to another folder. Your data itself is unaffected.`,
  );
}
