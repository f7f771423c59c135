import type { BackupSummary, DataCheck, RecoveryStatus } from '../../../shared/domain/backup';
import type { Handlers } from '../../../shared/ipc/contract';
import type { backupsContract } from '../../../shared/ipc/backups-contract';
import type { recoveryContract } from '../../../shared/ipc/recovery-contract';
import type { RecoveryService } from '../recovery/recovery-service';

export interface RuntimeActions {
  backUpNow(): Promise<BackupSummary>;
  dataCheck(): DataCheck;
  /** Leaves normal mode first when the background check found the open file damaged. */
  repair(): Promise<RecoveryStatus>;
}

export function createRecoveryHandlers(
  recovery: RecoveryService,
  runtime: RuntimeActions,
): Pick<Handlers, keyof typeof recoveryContract | keyof typeof backupsContract> {
  return {
    'backups:create': () => runtime.backUpNow(),
    'recovery:status': () => recovery.status(),
    'recovery:list-backups': () => recovery.listBackups(),
    'recovery:restore': ({ id }) => recovery.restore(id),
    'recovery:start-fresh': () => recovery.startFresh(),
    'recovery:repair': () => runtime.repair(),
    'recovery:data-check': () => runtime.dataCheck(),
  };
}
