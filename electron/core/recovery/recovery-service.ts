import { renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupSummary, RecoveryStatus, RestoreResult } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';
import type { BackupStore } from '../backups/backup-store';
import { discardPartial, snapshotInto } from '../backups/backup-writer';
import { moveAside } from './move-aside';

/** Why start-up did not open the data normally. */
export type StartProblem =
  | { reason: 'damaged'; detail: string }
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

export function describeProblem(problem: StartProblem | null): RecoveryStatus {
  if (problem === null) {
    return {
      mode: 'normal',
      reason: null,
      title: 'Your data is in good shape',
      message: 'Your data file opened and passed its check.',
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
      canStartFresh: false,
    };
  }
  return {
    mode: 'recovery',
    reason: 'damaged',
    title: 'Your data file could not be opened safely',
    message:
      'Audit Workshop checks its data file every time it starts, and this time the check found the file damaged or unreadable. ' +
      'Nothing has been changed or deleted. Restore one of your backups below, or start with an empty workspace. ' +
      'Either way, the damaged file is kept beside your data under another name.',
    canStartFresh: true,
  };
}

function moveAsideLabel(problem: StartProblem | null): string {
  return problem?.reason === 'from-future' ? 'newer-version' : 'damaged';
}

/** Where a restore makes and checks its copy before it takes the data file's place. */
export function restoreStagingPath(dbPath: string): string {
  return `${dbPath}.restoring`;
}

/** Restore and start-fresh: what the recovery screen offers. Both keep the old file, renamed. */
export function createRecoveryService(deps: RecoveryDeps): RecoveryService {
  function requireRecovery(): StartProblem {
    const problem = deps.problem();
    if (!problem) throw new AppError('conflict', 'Your data is open and healthy, so there is nothing to recover.');
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
      const previousFileKept = moveAside(deps.dbPath, moveAsideLabel(problem), deps.now()) !== null;
      renameSync(staging, deps.dbPath);
      deps.openNormal();
      return { restored, previousFileKept };
    },
    startFresh() {
      const problem = requireRecovery();
      if (problem.reason === 'from-future') {
        throw new AppError('conflict', 'This file belongs to a newer version of the app; install that version instead of starting over.');
      }
      moveAside(deps.dbPath, moveAsideLabel(problem), deps.now());
      deps.openNormal();
      return describeProblem(null);
    },
  };
}
