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

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeCounts(backup: BackupSummary): string {
  return `${plural(backup.counts.engagements, 'engagement', 'engagements')}, ${plural(backup.counts.notes, 'note', 'notes')}`;
}
