import { AppError } from '../../../shared/ipc/result';

/** SQLite failures a user can act on, told in their words; anything else passes through untouched. */
export function translateStorageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') {
    return new AppError(
      'storage_full',
      'The disk is full, so this change was not saved. Free some disk space and try again; everything saved before is safe.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'storage_busy',
      'The data file is locked by another program, so this change was not saved. Close the other program and try again.',
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('storage_readonly', 'The data file cannot be written (it is read-only), so this change was not saved.');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError(
      'storage_corrupt',
      'The data file is damaged, so this change was not saved. Restart the app to open the recovery screen.',
    );
  }
  // A safety net: every write is checked before it reaches SQLite, so a refused constraint means a
  // check is missing somewhere. The user reads what happened rather than SQLite's words, and the
  // original goes with it as the cause, which dispatch still reports as unexpected.
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError(
      'conflict',
      'This change was not saved: it clashes with what is already stored (a record with the same identity, or a value the data file does not allow). Nothing was changed. Reload the screen and try again.',
      undefined,
      { cause: error },
    );
  }
  return error;
}
