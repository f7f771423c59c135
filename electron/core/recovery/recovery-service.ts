import { renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupSummary, RecoveryReason, RecoveryStatus, RestoreResult } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';
import type { BackupStore } from '../backups/backup-store';
import { discardPartial, snapshotInto } from '../backups/backup-writer';
import { moveAside } from './move-aside';

/** Why start-up did not open the data normally. The detail is for a developer, never shown. */
export type StartProblem =
  | { reason: 'damaged' | 'unreadable' | 'not-a-file'; detail: string }
  | { reason: 'read-only'; detail: string }
  | { reason: 'missing' | 'empty' }
  | { reason: 'from-future'; fileVersion: number; appVersion: number };

export interface RecoveryService {
  status(): RecoveryStatus;
  listBackups(): BackupSummary[];
  restore(id: string): RestoreResult;
  startFresh(): RecoveryStatus;
}

export interface RecoveryDeps {
  dbPath: string;
  store: BackupStore;
  latestSchemaVersion: number;
  now: () => Date;
  /** The problem that put the app in recovery mode, or null in normal mode. */
  problem(): StartProblem | null;
  /** Opens the file now at dbPath as the app's data and switches to normal mode. */
  openNormal(): void;
}

const KEPT =
  'Nothing has been changed or deleted. Restore one of your backups below, or start with an empty workspace; either way';

/** What the recovery screen says for each reason: what happened, in plain words, and what to do. */
const WORDING: Record<Exclude<RecoveryReason, 'from-future'>, { title: string; message: string }> = {
  damaged: {
    title: 'Your data file could not be opened safely',
    message:
      'Audit Workshop checks its data file every time it starts, and this time the check found the file damaged. ' +
      `${KEPT} the damaged file is kept beside your data under another name.`,
  },
  unreadable: {
    title: 'Your data file could not be read',
    message:
      'Audit Workshop was not allowed to read its data file, or the disk would not give it back. ' +
      'If its permissions or owner were changed, give your user back the right to read and write it (Help → About shows where it is), then quit and open the app again. ' +
      `${KEPT} the unreadable file is kept beside your data under another name.`,
  },
  'not-a-file': {
    title: 'Your data file is not a file',
    message:
      'Where Audit Workshop keeps its data file there is a folder, or something else that is not a file, with the same name. ' +
      'If you put it there by mistake, move it away, put your data file back (Help → About shows where), then quit and open the app again. ' +
      `${KEPT} what is there now is kept beside your data under another name.`,
  },
  'read-only': {
    title: 'Audit Workshop cannot save in its data folder',
    message:
      'The data folder or the data file is read-only or locked against changes, so nothing you did could be saved, and no backup or fresh start can be put in its place either. ' +
      'Nothing has been changed. Make the folder and the file writable for your user again (Help → About shows where they are; a "locked" or "immutable" flag has to be cleared as well), then quit and open Audit Workshop again.',
  },
  missing: {
    title: 'Your data file is missing',
    message:
      'There are backups of your data, but the data file itself is not where it should be: it may have been moved, renamed or deleted. ' +
      'If you moved it, put it back (Help → About shows where), then quit and open the app again. ' +
      'Otherwise restore one of your backups below, or start with an empty workspace.',
  },
  empty: {
    title: 'Your data file is empty',
    message:
      'Your data file holds no data at all, although there are backups of it, so it was probably cut short or overwritten. ' +
      `${KEPT} the empty file is kept beside your data under another name.`,
  },
};

export function describeProblem(problem: StartProblem | null): RecoveryStatus {
  if (problem === null) {
    return {
      mode: 'normal',
      reason: null,
      title: 'Your data is in good shape',
      message: 'Your data file opened and passed its check.',
      canRestore: false,
      canStartFresh: false,
    };
  }
  if (problem.reason === 'from-future') {
    return {
      mode: 'recovery',
      reason: 'from-future',
      title: 'Your data was saved by a newer version',
      message:
        `Your data file was saved by a newer version of Audit Workshop (data version ${problem.fileVersion}; this version reads up to ${problem.appVersion}). ` +
        'Nothing has been changed. Quit and install the newer version to carry on where you left off. ' +
        'If you would rather continue here, you can restore one of the backups below; the newer file is then kept beside your data under another name.',
      canRestore: true,
      canStartFresh: false,
    };
  }
  const writable = problem.reason !== 'read-only';
  return { mode: 'recovery', reason: problem.reason, ...WORDING[problem.reason], canRestore: writable, canStartFresh: writable };
}

/** The name the old file is kept under: `audit-workshop.<label>-<time>.sqlite3`. */
const MOVE_ASIDE_LABELS: Record<Exclude<RecoveryReason, 'read-only'>, string> = {
  damaged: 'damaged',
  'from-future': 'newer-version',
  unreadable: 'unreadable',
  'not-a-file': 'unreadable',
  // Nothing to keep, but a -wal or -shm left beside the missing file must not meet the new one.
  missing: 'missing',
  empty: 'empty',
};

function cannotWrite(): AppError {
  return new AppError(
    'conflict',
    'The data folder is read-only, so nothing can be put in place of your data file. Make it writable again, then quit and open the app again.',
  );
}

/** Where a restore makes and checks its copy before it takes the data file's place. */
export function restoreStagingPath(dbPath: string): string {
  return `${dbPath}.restoring`;
}

/** Restore and start-fresh: what the recovery screen offers. Both keep the old file, renamed. */
export function createRecoveryService(deps: RecoveryDeps): RecoveryService {
  /** The problem being recovered from, when something can be put in the data file's place. */
  function requireRecovery(): Exclude<StartProblem, { reason: 'read-only' }> {
    const problem = deps.problem();
    if (!problem) throw new AppError('conflict', 'Your data is open and healthy, so there is nothing to recover.');
    if (problem.reason === 'read-only') throw cannotWrite();
    return problem;
  }

  return {
    status: () => describeProblem(deps.problem()),
    listBackups: () => deps.store.listVerified(deps.latestSchemaVersion),
    restore(id) {
      const problem = requireRecovery();
      const restored = deps.store.listVerified(deps.latestSchemaVersion).find((b) => b.id === id);
      if (!restored) throw new AppError('not_found', 'That backup is no longer available or did not pass its check. Choose another one.');
      const file = deps.store.resolve(id);
      // The copy is made and checked under a temporary name first, so a failed restore moves nothing.
      const staging = restoreStagingPath(deps.dbPath);
      discardPartial(staging);
      const source = new Database(file.path, { readonly: true, fileMustExist: true });
      try {
        snapshotInto(source, staging);
      } catch (error) {
        discardPartial(staging);
        throw new AppError('backup_failed', `The backup could not be restored (${(error as Error).message}). Nothing was changed. Try another backup.`);
      } finally {
        source.close();
      }
      const previousFileKept = moveAside(deps.dbPath, MOVE_ASIDE_LABELS[problem.reason], deps.now()) !== null;
      renameSync(staging, deps.dbPath);
      deps.openNormal();
      return { restored, previousFileKept };
    },
    startFresh() {
      const problem = requireRecovery();
      if (problem.reason === 'from-future') {
        throw new AppError('conflict', 'This file belongs to a newer version of the app; install that version instead of starting over.');
      }
      moveAside(deps.dbPath, MOVE_ASIDE_LABELS[problem.reason], deps.now());
      deps.openNormal();
      return describeProblem(null);
    },
  };
}
