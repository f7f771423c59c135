import { closeSync, mkdirSync, openSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { checkDatabaseFile } from '../db/database-check';
import type { StartProblem } from './recovery-service';

export interface DiagnoseOptions {
  dbPath: string;
  latestSchemaVersion: number;
  /** Whether a verified backup exists; asked only when the file is missing or empty. */
  hasBackups(): boolean;
  /** Files up to this size get SQLite's full check before they open; a larger one is checked in the background. */
  fullCheckUpToBytes: number;
}

export interface Diagnosis {
  problem: StartProblem | null;
  /** True when the file opens without its full check, which then has to run in the background. */
  checkDeferred: boolean;
}

/** What the operating system says when it will not let this user read or change something. */
function isRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

function refusalOr(error: unknown, problem: StartProblem): StartProblem {
  if (isRefusal(error)) return problem;
  throw error;
}

/** Opening, never writing: proves the flags let this user do it, as the kernel judges (root included). */
function tryOpen(filePath: string, flags: 'r' | 'r+'): void {
  closeSync(openSync(filePath, flags));
}

/**
 * A new file in the folder is what SQLite needs for its -wal and -shm, and what a restore or a
 * fresh start needs. Permissions alone do not say whether it can be made (an immutable flag, a
 * read-only disk), so one is made and removed.
 */
function folderRefusesWrites(dbPath: string): StartProblem | null {
  const probe = `${dbPath}.write-check`;
  try {
    mkdirSync(path.dirname(dbPath), { recursive: true });
    closeSync(openSync(probe, 'w'));
    rmSync(probe);
    return null;
  } catch (error) {
    return refusalOr(error, { reason: 'read-only', detail: String((error as Error).message) });
  }
}

function statOrNull(filePath: string): Stats | null {
  try {
    return statSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Why the data file cannot be opened normally, or null when it can (or when there is none and no
 * backup either, so a fresh start loses nothing). Never opens it for writing and changes nothing
 * but a probe file it removes at once. A refusal or a bad file is an answer; other faults throw.
 * The window of a large file must not wait for a check that reads every page, so its full check is
 * deferred to the background, and until it answers only what opening the file proves is known.
 */
export function diagnoseDataFile(options: DiagnoseOptions): Diagnosis {
  const { dbPath } = options;
  const stats = statOrNullSafe(dbPath);
  const checkDeferred = stats !== null && stats.isFile() && stats.size > options.fullCheckUpToBytes;
  const problem = findProblem(options, checkDeferred ? 'version-only' : 'full');
  return { problem, checkDeferred: problem === null && checkDeferred };
}

/** The size decides only how deep the check goes; a stat that fails is diagnosed below. */
function statOrNullSafe(filePath: string): Stats | null {
  try {
    return statSync(filePath);
  } catch {
    return null;
  }
}

function findProblem(options: DiagnoseOptions, depth: 'full' | 'version-only'): StartProblem | null {
  const { dbPath } = options;
  const readOnly = folderRefusesWrites(dbPath);
  if (readOnly) return readOnly;

  let stats: Stats | null;
  try {
    stats = statOrNull(dbPath);
  } catch (error) {
    return refusalOr(error, { reason: 'unreadable', detail: String((error as Error).message) });
  }
  if (stats === null) return options.hasBackups() ? { reason: 'missing' } : null;
  if (!stats.isFile()) return { reason: 'not-a-file', detail: stats.isDirectory() ? 'a folder' : 'not a regular file' };

  try {
    tryOpen(dbPath, 'r');
  } catch (error) {
    return refusalOr(error, { reason: 'unreadable', detail: String((error as Error).message) });
  }
  try {
    tryOpen(dbPath, 'r+');
  } catch (error) {
    return refusalOr(error, { reason: 'read-only', detail: String((error as Error).message) });
  }

  const check = checkDatabaseFile(dbPath, options.latestSchemaVersion, depth);
  if (!check.ok) return check;
  // Version 0 holds no data: the first migration commits with its tables. Backups may well hold some.
  if (check.fileVersion === 0 && options.hasBackups()) return { reason: 'empty' };
  return null;
}
