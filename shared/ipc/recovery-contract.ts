import { z } from 'zod';
import { BackupId, BackupSummary, RecoveryStatus, RestoreResult } from '../domain/backup';
import type { ContractSection } from './contract-types';

export const recoveryContract = {
  'recovery:status': { input: z.object({}), output: RecoveryStatus },
  'recovery:list-backups': { input: z.object({}), output: z.array(BackupSummary) },
  'recovery:restore': { input: z.object({ id: BackupId }), output: RestoreResult },
  'recovery:start-fresh': { input: z.object({}), output: RecoveryStatus },
} satisfies ContractSection;
