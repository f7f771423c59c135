import Database from 'better-sqlite3';
import { readSchemaVersion } from './migrate';

export type DatabaseCheck =
  | { ok: true }
  | { ok: false; reason: 'damaged'; detail: string }
  | { ok: false; reason: 'from-future'; fileVersion: number; appVersion: number };

/** SQLite's words for a file that is not a database or has broken pages. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * Opens an existing file and runs SQLite's structural check, without migrating or writing. Damage
 * and a newer schema are answers; any other failure (permissions, a locked file) is thrown.
 */
export function checkDatabaseFile(filePath: string, latestVersion: number): DatabaseCheck {
  let db: Database.Database;
  try {
    // Read-only, because closing a writable connection would checkpoint and delete a -wal beside
    // the file, which may hold the very data a recovery needs.
    db = new Database(filePath, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (isDamageError(error)) return { ok: false, reason: 'damaged', detail: String((error as Error).message) };
    throw error;
  }
  try {
    const fileVersion = readSchemaVersion(db);
    if (fileVersion > latestVersion) return { ok: false, reason: 'from-future', fileVersion, appVersion: latestVersion };
    const result = db.pragma('quick_check', { simple: true });
    return result === 'ok' ? { ok: true } : { ok: false, reason: 'damaged', detail: String(result) };
  } catch (error) {
    if (isDamageError(error)) return { ok: false, reason: 'damaged', detail: String((error as Error).message) };
    throw error;
  } finally {
    db.close();
  }
}
