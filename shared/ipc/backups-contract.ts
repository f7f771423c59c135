import { z } from 'zod';
import { BackupSummary } from '../domain/backup';
import type { ContractSection } from './contract-types';

export const backupsContract = {
  'backups:create': { input: z.object({}), output: BackupSummary },
} satisfies ContractSection;
