import { readdirSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type BackupKind } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';

/** Backups live in this folder beside the database file. */
export const BACKUPS_FOLDER_NAME = 'backups';

const NAME_PATTERN = /^audit-workshop-([a-z-]+)-(\d{8}T\d{9}Z)\.sqlite3$/;
/** A backup being written (and SQLite's journal beside it); one still here at start was cut off mid-write. */
const PARTIAL_PATTERN = /^audit-workshop-[a-z-]+-\d{8}T\d{9}Z\.sqlite3\.partial(-journal)?$/;

export interface BackupFile {
  /** Opaque to the renderer: kind and stamp, never a path. */
  id: string;
  kind: BackupKind;
  createdAt: Date;
  path: string;
}

/** UTC, fixed width and most significant first, so names sort in time order. */
export function sortableStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function dateOfStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}

export function backupFileName(kind: BackupKind, at: Date): string {
  return `audit-workshop-${kind}-${sortableStamp(at)}.sqlite3`;
}

function isBackupKind(value: string): value is BackupKind {
  return (BACKUP_KINDS as readonly string[]).includes(value);
}

export function parseBackupFile(folder: string, name: string): BackupFile | null {
  const match = NAME_PATTERN.exec(name);
  if (!match || !isBackupKind(match[1]!)) return null;
  const createdAt = dateOfStamp(match[2]!);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { id: `${match[1]}@${match[2]}`, kind: match[1], createdAt, path: path.join(folder, name) };
}

const UNREADABLE = new Set(['EACCES', 'EPERM', 'ENOTDIR']);

/** A backups folder the app may not read, or a file where it should be, said in the user's words. */
export function unreadableBackupsFolder(error: unknown): AppError {
  return new AppError(
    'backup_failed',
    `The backups folder cannot be read (${(error as Error).message}). Give your user the right to read and write it, or move away whatever is in its place (Help → About shows where your data is), then try again.`,
  );
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    if (code !== undefined && UNREADABLE.has(code)) throw unreadableBackupsFolder(error);
    throw error;
  }
}

/** Every finished backup in the folder (temporary files excluded by their name), newest first. */
export function listBackupFiles(folder: string): BackupFile[] {
  return namesIn(folder)
    .map((name) => parseBackupFile(folder, name))
    .filter((file): file is BackupFile => file !== null)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.path.localeCompare(a.path));
}

/** Paths of half-written backups in the folder: what a kill during a backup leaves behind. */
export function listPartialFiles(folder: string): string[] {
  return namesIn(folder)
    .filter((name) => PARTIAL_PATTERN.test(name))
    .map((name) => path.join(folder, name));
}
