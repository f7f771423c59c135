import { renameSync } from 'node:fs';
import type { BackupSummary, RecoveryReason, RecoveryStatus, RestoreResult } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';
import type { BackupStore } from '../backups/backup-store';
import type { CopyOptions } from '../backups/backup-writer';
import type { BackgroundRunner } from '../background/background-runner';
import { isDamageError } from '../db/database-check';
import { moveAside } from './move-aside';

/** Why start-up did not open the data normally. The detail is for a developer, never shown. */
export type StartProblem =
  | { reason: 'damaged'; detail: string; repairFailed?: boolean }
  | { reason: 'unreadable' | 'not-a-file'; detail: string }
  | { reason: 'read-only'; detail: string }
  | { reason: 'missing' | 'empty' }
  | { reason: 'from-future'; fileVersion: number; appVersion: number };

export interface RecoveryService {
  status(): RecoveryStatus;
  listBackups(): Promise<BackupSummary[]>;
  restore(id: string): Promise<RestoreResult>;
  repair(): Promise<RecoveryStatus>;
  startFresh(): RecoveryStatus;
}

export interface RecoveryDeps {
  dbPath: string;
  store: BackupStore;
  /** Copies and checks run here, so the window is not left waiting on a whole-file copy. */
  background: BackgroundRunner;
  latestSchemaVersion: number;
  now: () => Date;
  /** The problem that put the app in recovery mode, or null in normal mode. */
  problem(): StartProblem | null;
  /** Remembers that a repair was tried and failed, so the screen stops offering it. */
  repairFailed(): void;
  /** Opens the file now at dbPath as the app's data and switches to normal mode. */
  openNormal(): void;
}

const KEPT =
  'Nothing has been changed or deleted. Restore one of your backups below, or start with an empty workspace; either way';

/** What the recovery screen says for each reason: what happened, in plain words, and what to do. */
const WORDING: Record<Exclude<RecoveryReason, 'from-future'>, { title: string; message: string }> = {
  damaged: {
    title: 'Your data file is damaged',
    message:
      'Audit Workshop checks its data file, and this time the check found it damaged. ' +
      'Repair first: it writes a checked copy of your data with its indexes built afresh, which mends the most common damage without losing anything. ' +
      `If the repair cannot mend it, ${KEPT.charAt(0).toLowerCase()}${KEPT.slice(1)} the damaged file is kept beside your data under another name.`,
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
      canRepair: false,
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
      canRepair: false,
    };
  }
  if (problem.reason === 'damaged' && problem.repairFailed) {
    return {
      mode: 'recovery',
      reason: 'damaged',
      title: WORDING.damaged.title,
      message:
        'Audit Workshop checks its data file, and the check found it damaged. A repair was tried and could not mend it: the damage goes beyond what can be rebuilt. ' +
        `${KEPT} the damaged file is kept beside your data under another name.`,
      canRestore: true,
      canStartFresh: true,
      canRepair: false,
    };
  }
  const writable = problem.reason !== 'read-only';
  return {
    mode: 'recovery',
    reason: problem.reason,
    ...WORDING[problem.reason],
    canRestore: writable,
    canStartFresh: writable,
    canRepair: problem.reason === 'damaged',
  };
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

/** What a failed copy says: a copy that failed its check cannot be made whole; anything else is told as it is. */
function copyFailed(error: unknown): { unmendable: boolean; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return { unmendable: isDamageError(error) || (error instanceof AppError && error.code === 'backup_failed'), detail };
}

/** Restore, repair and start-fresh: what the recovery screen offers. All keep the old file, renamed. */
export function createRecoveryService(deps: RecoveryDeps): RecoveryService {
  // A restore or repair copies a whole file on the background thread; a second one meanwhile is refused.
  let replacing = false;

  /** The problem being recovered from, when something can be put in the data file's place. */
  function requireRecovery(): Exclude<StartProblem, { reason: 'read-only' }> {
    const problem = deps.problem();
    if (!problem) throw new AppError('conflict', 'Your data is open and healthy, so there is nothing to recover.');
    if (problem.reason === 'read-only') throw cannotWrite();
    if (replacing) throw new AppError('conflict', 'A restore or repair is already under way. Wait for it to finish.');
    return problem;
  }

  /**
   * Makes a checked copy of `source` under a temporary name, then moves the data file aside and puts
   * the copy in its place, so a failed copy moves nothing. `failure` words what a failed copy means.
   */
  async function replaceWithCopyOf(
    source: string,
    problem: Exclude<StartProblem, { reason: 'read-only' }>,
    copy: CopyOptions,
    failure: (error: unknown) => Error,
  ): Promise<boolean> {
    const staging = restoreStagingPath(deps.dbPath);
    replacing = true;
    try {
      await deps.background.run('stageCopy', { source, target: staging, ...copy });
    } catch (error) {
      throw failure(error);
    } finally {
      replacing = false;
    }
    const previousFileKept = moveAside(deps.dbPath, MOVE_ASIDE_LABELS[problem.reason], deps.now()) !== null;
    renameSync(staging, deps.dbPath);
    deps.openNormal();
    return previousFileKept;
  }

  const listBackups = () =>
    deps.background.run('listVerifiedBackups', { folder: deps.store.folder, latestSchemaVersion: deps.latestSchemaVersion });

  return {
    status: () => describeProblem(deps.problem()),
    listBackups,
    async restore(id) {
      const problem = requireRecovery();
      const restored = (await listBackups()).find((b) => b.id === id);
      if (!restored) throw new AppError('not_found', 'That backup is no longer available or did not pass its check. Choose another one.');
      const file = deps.store.resolve(id);
      const previousFileKept = await replaceWithCopyOf(file.path, problem, { rebuildIndexes: false }, (error) =>
        new AppError('backup_failed', `The backup could not be restored (${copyFailed(error).detail}). Nothing was changed. Try another backup.`),
      );
      return { restored, previousFileKept };
    },
    async repair() {
      const problem = requireRecovery();
      if (problem.reason !== 'damaged') throw new AppError('conflict', 'Only a damaged data file can be repaired. Restore a backup instead.');
      await replaceWithCopyOf(deps.dbPath, problem, { rebuildIndexes: true }, (error) => {
        const { unmendable, detail } = copyFailed(error);
        if (!unmendable) return new AppError('internal', `The repair could not finish (${detail}). Nothing was changed. Free some disk space if the disk is full, then try again.`);
        deps.repairFailed();
        return new AppError(
          'storage_corrupt',
          'The data file could not be repaired: the damage goes beyond what can be rebuilt. Nothing was changed. Restore one of your backups, or start with an empty workspace.',
        );
      });
      return {
        ...describeProblem(null),
        title: 'Your data file was repaired',
        message: 'A checked copy of your data, with its indexes built afresh, is now in use. The damaged file is kept beside your data under another name.',
      };
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
