import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  'pre-migration': 'Before an app update',
  'on-quit': 'When the app was closed',
  hourly: 'Hourly',
  daily: 'Daily',
  manual: 'Made by you',
};

export function formatBackupTime(createdAt: string): string {
  return new Date(createdAt).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}

export function describeCounts(backup: BackupSummary): string {
  const n = backup.counts.engagements;
  return n === 1 ? '1 engagement' : `${n} engagements`;
}
