import path from 'node:path';
import Database from 'better-sqlite3';
import type { AppMode, BackupKind, BackupSummary, DataCheck } from '../../shared/domain/backup';
import { REQUEST_CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { AppError, isAppError } from '../../shared/ipc/result';
import type { ArchiveHost } from './archive/archive-service';
import { createBackgroundRunner } from './background/background-runner';
import { BACKUPS_FOLDER_NAME } from './backups/backup-files';
import { createBackupStore } from './backups/backup-store';
import { discardPartial } from './backups/backup-writer';
import { createAppCore, type AppCore, type CoreHandlers, type RuntimeChannel } from './create-app-core';
import { changeCounts } from './db/snapshot';
import { translateStorageError } from './db/storage-errors';
import type { Migration } from './db/migration-types';
import { MIGRATIONS } from './db/migrations';
import { createQuitHandlers } from './handlers/app-handlers';
import { createRecoveryHandlers } from './handlers/recovery-handlers';
import { diagnoseDataFile } from './recovery/diagnose-data-file';
import { createRecoveryService, restoreStagingPath, type StartProblem } from './recovery/recovery-service';
import type { DeliverablesHost } from './services/deliverables-service';
import type { RoomHost } from './room/room-service';
import type { FirmHost } from './firm/firm-service';
import type { SecretStore } from './firm/secret-store';

/** The one data file, in the app's data folder. */
export const DATABASE_FILE_NAME = 'audit-workshop.sqlite3';

export interface StartAppCoreOptions {
  userDataDir: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  migrations?: readonly Migration[];
  deliverablesHost?: DeliverablesHost;
  archiveHost?: ArchiveHost;
  /** Room mode's pages and where its changes go (see createAppCore). */
  roomHost?: RoomHost;
  secretStore?: SecretStore;
  firmHost?: FirmHost;
  /** Told when the window has saved its draft after main asked it to before quitting. */
  onReadyToQuit?: () => void;
  /** The bundled background thread's script (checks, backups, restores and archives run there). */
  backgroundWorker: string;
  /** A data file up to this size gets SQLite's full check before it opens; a larger one right after, in the background. */
  fullCheckAtStartUpToBytes?: number;
  /** Told when the background check of a large file answers, so the window can say so. */
  onDataCheck?: (check: DataCheck) => void;
}

/**
 * SQLite's full check reads every page: about 100 MB a second on a quiet two-core machine, and two
 * to three times slower on a busy one (docs/performance.md). Up to this size it stays well under a
 * second even then, so it runs before the window opens; a larger file opens at once and is checked
 * on a background connection right after.
 */
export const FULL_CHECK_AT_START_UP_TO_BYTES = 32 * 1024 * 1024;

export interface AppRuntime {
  /** The handler table for the current mode: the open core's in normal mode, refusals in recovery mode. */
  readonly handlers: () => Handlers;
  /** What the dispatcher applies to every failure, so a full disk reads the same on every channel. */
  readonly translateError: (error: unknown) => unknown;
  readonly dbPath: string;
  readonly backupsFolder: string;
  mode(): AppMode;
  /** The open core in normal mode; null in recovery mode. */
  core(): AppCore | null;
  /** A verified, rotated backup into the backups folder, taken on the background thread. Rejects with an AppError on failure. */
  backup(kind: BackupKind): Promise<BackupSummary>;
  /** A verified backup into a folder the user chose; nothing there is rotated. */
  backupToFolder(folder: string): Promise<BackupSummary>;
  /** The full check of the open file: passed, damaged, or still running in the background. */
  dataCheck(): DataCheck;
  /** Settles when the background check, if one is running, has answered. */
  dataCheckSettled(): Promise<DataCheck>;
  latestBackupAt(kind: BackupKind): Date | null;
  /** Changes whenever the data changes; null while no database is open. */
  changeMarker(): string | null;
  /** Closes the data and stops the background thread; a backup under way is cut off and its temporary file removed at the next start. */
  close(): void;
}

const CHECK_PASSED: DataCheck = { state: 'passed', message: 'Your data file passed its full check.' };

function recoveryModeError(): AppError {
  return new AppError(
    'recovery_mode',
    'Your data is not open right now, because the app started on its recovery screen. Restore a backup or start fresh first.',
  );
}

/**
 * Every start goes through here (Electron main and the test harness alike): the data file is
 * diagnosed first (can it be read and written, integrity and foreign keys, its version); any file
 * that cannot be opened normally, and a missing or empty one while backups exist, puts the app in
 * recovery mode instead of opening it, and the handler table then serves the recovery screen.
 */
export function startAppCore(options: StartAppCoreOptions): AppRuntime {
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
  const dbPath = path.join(options.userDataDir, DATABASE_FILE_NAME);
  const backupsFolder = path.join(options.userDataDir, BACKUPS_FOLDER_NAME);
  const store = createBackupStore(backupsFolder);
  const background = createBackgroundRunner(options.backgroundWorker);
  // A kill during a backup or a restore leaves its temporary copy behind; nothing else ever would remove it.
  store.removeLeftovers();
  discardPartial(restoreStagingPath(dbPath));

  let core: AppCore | null = null;
  let problem: StartProblem | null = null;
  // The marker restarts with each connection, so it carries which connection it counts.
  let generation = 0;
  let table: Handlers;
  let check: DataCheck = CHECK_PASSED;
  let checkSettled: Promise<DataCheck> = Promise.resolve(check);

  function backupBeforeMigrating(fromVersion: number): void {
    // A brand-new file has nothing worth keeping yet.
    if (fromVersion === 0) return;
    const source = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      store.take(source, 'pre-migration', now());
    } finally {
      source.close();
    }
  }

  /** The core and the table that serves it change together, so no request sees one without the other. */
  function serve(next: AppCore | null): void {
    core = next;
    table = { ...(next ? next.handlers : refuseWithoutData()), ...own };
  }

  function openNormal(): void {
    serve(
      createAppCore({
        dbPath,
        appVersion: options.appVersion,
        now,
        newId: options.newId,
        archiveHost: options.archiveHost,
        background,
        migrations,
        deliverablesHost: options.deliverablesHost,
        roomHost: options.roomHost,
        secretStore: options.secretStore,
        firmHost: options.firmHost,
        beforeMigrate: backupBeforeMigrating,
      }),
    );
    generation += 1;
    problem = null;
    check = CHECK_PASSED;
    checkSettled = Promise.resolve(check);
  }

  /**
   * The full check of a file opened without it. Capture goes on meanwhile; a damaged file is
   * reported to the window, which offers a repair. An answer about a connection since replaced
   * (a restore, a repair) is stale and dropped.
   */
  function checkInBackground(): void {
    const checked = generation;
    const settle = (next: DataCheck): DataCheck => {
      if (checked !== generation) return check;
      check = next;
      options.onDataCheck?.(next);
      return next;
    };
    check = { state: 'running', message: 'Your data file is being checked in the background. You can keep working.' };
    checkSettled = background.run('checkData', { dbPath }).then(
      ({ damage }) =>
        settle(
          damage === null
            ? CHECK_PASSED
            : {
                state: 'damaged',
                message:
                  'The check of your data file found damage, so some lists may be missing items. What you capture is still saved. Repair the file now: the app writes a checked copy with its indexes built afresh and keeps the damaged file beside it.',
              },
        ),
      (error: unknown) =>
        settle({
          state: 'not-run',
          message: `Your data file could not be checked (${error instanceof Error ? error.message : String(error)}). Your work is saved as usual; the check runs again the next time the app starts.`,
        }),
    );
  }

  /** A damaged file found by the background check leaves normal mode before it is repaired. */
  function closeForRepair(): void {
    if (!core || check.state !== 'damaged') return;
    core.close();
    serve(null);
    problem = { reason: 'damaged', detail: 'found by the background check' };
  }

  function requireCore(): AppCore {
    if (!core) throw recoveryModeError();
    return core;
  }

  const runtime: AppRuntime = {
    handlers: () => table,
    translateError: translateStorageError,
    dbPath,
    backupsFolder,
    mode: () => (core ? 'normal' : 'recovery'),
    core: () => core,
    async backup(kind) {
      requireCore();
      return background.run('takeBackup', { dbPath, folder: backupsFolder, kind, at: now().toISOString() });
    },
    async backupToFolder(folder) {
      requireCore();
      return background.run('backupToFolder', { dbPath, folder, at: now().toISOString() });
    },
    dataCheck: () => check,
    dataCheckSettled: () => checkSettled,
    latestBackupAt: (kind) => store.latestAt(kind),
    changeMarker() {
      if (!core) return null;
      const { written, external } = changeCounts(core.db);
      return `${generation}:${written}:${external}`;
    },
    close() {
      core?.close();
      serve(null);
      void background.close();
    },
  };

  const recovery = createRecoveryService({
    dbPath,
    store,
    background,
    latestSchemaVersion,
    now,
    problem: () => problem,
    repairFailed() {
      if (problem?.reason === 'damaged') problem = { ...problem, repairFailed: true };
    },
    openNormal,
  });
  const own: Pick<Handlers, RuntimeChannel> = {
    ...createRecoveryHandlers(recovery, {
      backUpNow: () => runtime.backup('manual'),
      dataCheck: () => check,
      repair() {
        closeForRepair();
        return recovery.repair();
      },
    }),
    ...createQuitHandlers(() => options.onReadyToQuit?.()),
  };

  const diagnosis = diagnoseDataFile({
    dbPath,
    latestSchemaVersion,
    hasBackups() {
      try {
        return store.listVerified(latestSchemaVersion).length > 0;
      } catch (error) {
        // A backups folder that cannot be read may well hold backups: the recovery screen says so
        // and what to do, where a fresh start would hide them.
        if (isAppError(error)) return true;
        throw error;
      }
    },
    fullCheckUpToBytes: options.fullCheckAtStartUpToBytes ?? FULL_CHECK_AT_START_UP_TO_BYTES,
  });
  problem = diagnosis.problem;
  if (problem === null) {
    openNormal();
    if (diagnosis.checkDeferred) checkInBackground();
  } else {
    serve(null);
  }
  return runtime;
}

/** In recovery mode every channel that needs the data says so, in the same words. */
function refuseWithoutData(): CoreHandlers {
  const refuse = (): never => {
    throw recoveryModeError();
  };
  return Object.fromEntries(REQUEST_CHANNELS.map((channel) => [channel, refuse])) as Record<keyof CoreHandlers, typeof refuse>;
}
