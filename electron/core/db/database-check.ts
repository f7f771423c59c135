import Database from 'better-sqlite3';
import { readSchemaVersion } from './migrate';

export type DatabaseCheck =
  | { ok: true; fileVersion: number }
  | { ok: false; reason: 'damaged' | 'unreadable'; detail: string }
  | { ok: false; reason: 'from-future'; fileVersion: number; appVersion: number };

/** SQLite's words for a file that is not a database or has broken pages. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** SQLite's words for a file it was not allowed to open or could not read from the disk. */
function isUnreadableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH');
}

/** Damage and unreadability are answers about the file; anything else is a fault of ours and is thrown. */
function problemOf(error: unknown): DatabaseCheck {
  const detail = String((error as Error).message);
  if (isDamageError(error)) return { ok: false, reason: 'damaged', detail };
  if (isUnreadableError(error)) return { ok: false, reason: 'unreadable', detail };
  throw error;
}

/**
 * What is wrong with an open database, or null when nothing is. integrity_check, not quick_check:
 * quick_check does not compare indexes with their tables, so a damaged index page passed it while
 * a day silently showed 299 of its 300 notes. foreign_key_check finds rows whose parent is gone.
 */
export function databaseDamage(db: Database.Database): string | null {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') return String(integrity);
  const orphans = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (orphans.length > 0) return `${orphans.length} row${orphans.length === 1 ? '' : 's'} of ${orphans[0]!.table} point${orphans.length === 1 ? 's' : ''} to a missing ${orphans[0]!.parent} row.`;
  return null;
}

/**
 * Opens an existing file and reads its version, without migrating or writing; with `depth` 'full'
 * it also runs SQLite's full check, which reads every page (left to a background connection for a
 * large file). Damage, a file SQLite cannot open or read, and a newer schema are answers; any other
 * failure is thrown.
 */
export function checkDatabaseFile(filePath: string, latestVersion: number, depth: 'full' | 'version-only'): DatabaseCheck {
  let db: Database.Database;
  try {
    // Read-only, because closing a writable connection would checkpoint and delete a -wal beside
    // the file, which may hold the very data a recovery needs.
    db = new Database(filePath, { readonly: true, fileMustExist: true });
  } catch (error) {
    return problemOf(error);
  }
  try {
    const fileVersion = readSchemaVersion(db);
    if (fileVersion > latestVersion) return { ok: false, reason: 'from-future', fileVersion, appVersion: latestVersion };
    const damage = depth === 'full' ? databaseDamage(db) : null;
    return damage === null ? { ok: true, fileVersion } : { ok: false, reason: 'damaged', detail: damage };
  } catch (error) {
    return problemOf(error);
  } finally {
    db.close();
  }
}
