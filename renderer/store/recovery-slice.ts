import type { StateCreator } from 'zustand/vanilla';
import type { BackupSummary, DataCheck, RecoveryStatus, RestoreResult } from '../../shared/domain/backup';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import type { LoadState } from './engagements-slice';
import { HOME_ROUTE } from './route';

/** 'checking' until the main process has said whether the data opened normally. */
export type AppModeState = 'checking' | 'normal' | 'recovery';

export interface RecoverySlice {
  appMode: AppModeState;
  recoveryStatus: RecoveryStatus | null;
  recoveryError: string | null;
  backups: BackupSummary[];
  backupsLoad: LoadState;
  backupsError: string | null;
  /** The full check of the open data file; a large file's runs in the background after start. */
  dataCheck: DataCheck | null;
  loadRecoveryStatus(): Promise<void>;
  loadDataCheck(): Promise<void>;
  setDataCheck(check: DataCheck): void;
  /** Puts a checked, re-indexed copy in place of the damaged file; a failure leaves the app on the recovery screen. */
  repairData(): Promise<void>;
  loadBackups(): Promise<void>;
  restoreBackup(id: string): Promise<RestoreResult>;
  startFresh(): Promise<void>;
  backUpNow(): Promise<BackupSummary>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Data safety: which mode the app started in, the verified backups, restore, start fresh, back up now. */
export function createRecoverySlice(api: ApiClient): StateCreator<AppState, [], [], RecoverySlice> {
  return (set) => {
    const enterNormalMode = (status: RecoveryStatus) =>
      set({ appMode: 'normal', recoveryStatus: status, engagementsLoad: 'idle', route: HOME_ROUTE });

    return {
      appMode: 'checking',
      recoveryStatus: null,
      recoveryError: null,
      backups: [],
      backupsLoad: 'idle',
      backupsError: null,
      dataCheck: null,
      async loadRecoveryStatus() {
        set({ recoveryError: null });
        try {
          const status = await api.invoke('recovery:status', {});
          set({ recoveryStatus: status, appMode: status.mode });
        } catch (error) {
          set({ recoveryError: message(error) });
        }
      },
      async loadDataCheck() {
        try {
          set({ dataCheck: await api.invoke('recovery:data-check', {}) });
        } catch (error) {
          set({ dataCheck: { state: 'not-run', message: `The app could not tell whether its data file passed its check: ${message(error)}` } });
        }
      },
      setDataCheck: (check) => set({ dataCheck: check }),
      async repairData() {
        try {
          enterNormalMode(await api.invoke('recovery:repair', {}));
          set({ dataCheck: await api.invoke('recovery:data-check', {}) });
        } catch (error) {
          // A repair that could not mend the file leaves the data closed: the recovery screen takes over.
          const status = await api.invoke('recovery:status', {});
          set({ recoveryStatus: status, appMode: status.mode });
          throw error;
        }
      },
      async loadBackups() {
        set({ backupsLoad: 'loading', backupsError: null });
        try {
          set({ backups: await api.invoke('recovery:list-backups', {}), backupsLoad: 'ready' });
        } catch (error) {
          set({ backupsLoad: 'error', backupsError: message(error) });
        }
      },
      async restoreBackup(id) {
        const result = await api.invoke('recovery:restore', { id });
        enterNormalMode(await api.invoke('recovery:status', {}));
        return result;
      },
      async startFresh() {
        enterNormalMode(await api.invoke('recovery:start-fresh', {}));
      },
      backUpNow: () => api.invoke('backups:create', {}),
    };
  };
}
