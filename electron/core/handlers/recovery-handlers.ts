import type { BackupSummary } from '../../../shared/domain/backup';
import type { Handlers } from '../../../shared/ipc/contract';
import type { backupsContract } from '../../../shared/ipc/backups-contract';
import type { recoveryContract } from '../../../shared/ipc/recovery-contract';
import type { RecoveryService } from '../recovery/recovery-service';

export function createRecoveryHandlers(
  recovery: RecoveryService,
  backUpNow: () => BackupSummary,
): Pick<Handlers, keyof typeof recoveryContract | keyof typeof backupsContract> {
  return {
    'backups:create': () => backUpNow(),
    'recovery:status': () => recovery.status(),
    'recovery:list-backups': () => recovery.listBackups(),
    'recovery:restore': ({ id }) => recovery.restore(id),
    'recovery:start-fresh': () => recovery.startFresh(),
  };
}
