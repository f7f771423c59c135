import path from 'node:path';
import Database from 'better-sqlite3';
import type { AppMode, BackupKind, BackupSummary } from '../../shared/domain/backup';
import { REQUEST_CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { ArchiveFilePicker } from './archive/archive-service';
import { BACKUPS_FOLDER_NAME } from './backups/backup-files';
import { createBackupStore } from './backups/backup-store';
import { discardPartial, writeVerifiedBackup } from './backups/backup-writer';
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

/** The one data file, in the app's data folder. */
export const DATABASE_FILE_NAME = 'audit-workshop.sqlite3';

export interface StartAppCoreOptions {
  userDataDir: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  migrations?: readonly Migration[];
  deliverablesHost?: DeliverablesHost;
  archivePicker?: ArchiveFilePicker;
  /** Told when the window has saved its draft after main asked it to before quitting. */
  onReadyToQuit?: () => void;
}

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
  /** A verified, rotated backup into the backups folder. Throws an AppError on failure. */
  backup(kind: BackupKind): BackupSummary;
  /** A verified backup into a folder the user chose; nothing there is rotated. */
  backupToFolder(folder: string): BackupSummary;
  latestBackupAt(kind: BackupKind): Date | null;
  /** Changes whenever the data changes; null while no database is open. */
  changeMarker(): string | null;
  close(): void;
}

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
  // A kill during a backup or a restore leaves its temporary copy behind; nothing else ever would remove it.
  store.removeLeftovers();
  discardPartial(restoreStagingPath(dbPath));

  let core: AppCore | null = null;
  let problem: StartProblem | null = null;
  // The marker restarts with each connection, so it carries which connection it counts.
  let generation = 0;
  let table: Handlers;

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
        archivePicker: options.archivePicker,
        migrations,
        deliverablesHost: options.deliverablesHost,
        beforeMigrate: backupBeforeMigrating,
      }),
    );
    generation += 1;
    problem = null;
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
    backup: (kind) => store.take(requireCore().db, kind, now()),
    backupToFolder: (folder) => writeVerifiedBackup(requireCore().db, folder, 'manual', now(), 'the chosen folder'),
    latestBackupAt: (kind) => store.latestAt(kind),
    changeMarker() {
      if (!core) return null;
      const { written, external } = changeCounts(core.db);
      return `${generation}:${written}:${external}`;
    },
    close() {
      core?.close();
      serve(null);
    },
  };

  const recovery = createRecoveryService({ dbPath, store, latestSchemaVersion, now, problem: () => problem, openNormal });
  const own: Pick<Handlers, RuntimeChannel> = {
    ...createRecoveryHandlers(recovery, () => runtime.backup('manual')),
    ...createQuitHandlers(() => options.onReadyToQuit?.()),
  };

  problem = diagnoseDataFile({ dbPath, latestSchemaVersion, hasBackups: () => store.listVerified(latestSchemaVersion).length > 0 });
  if (problem === null) openNormal();
  else serve(null);
  return runtime;
}

/** In recovery mode every channel that needs the data says so, in the same words. */
function refuseWithoutData(): CoreHandlers {
  const refuse = (): never => {
    throw recoveryModeError();
  };
  return Object.fromEntries(REQUEST_CHANNELS.map((channel) => [channel, refuse])) as Record<keyof CoreHandlers, typeof refuse>;
}
