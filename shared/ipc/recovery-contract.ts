import { z } from 'zod';
import { BackupId, BackupSummary, DataCheck, RecoveryStatus, RestoreResult } from '../domain/backup';
import type { ContractSection } from './contract-types';

export const recoveryContract = {
  'recovery:status': { input: z.object({}), output: RecoveryStatus },
  'recovery:list-backups': { input: z.object({}), output: z.array(BackupSummary) },
  'recovery:restore': { input: z.object({ id: BackupId }), output: RestoreResult },
  'recovery:start-fresh': { input: z.object({}), output: RecoveryStatus },
  /** Puts a checked copy, with every index written afresh, in place of a damaged file; the damaged one is kept. */
  'recovery:repair': { input: z.object({}), output: RecoveryStatus },
  'recovery:data-check': { input: z.object({}), output: DataCheck },
} satisfies ContractSection;
