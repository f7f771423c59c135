import type { BackupKind, BackupSummary, RecoveryReason } from '../../../shared/domain/backup';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  'pre-migration': 'Before an app update',
  'on-quit': 'When the app was closed',
  hourly: 'Hourly',
  daily: 'Daily',
  manual: 'Made by you',
};

/**
 * How the recovery dialogs name what is kept, renamed, when a backup or a fresh start takes the
 * data file's place; null when there is nothing to keep (or nothing can be put in its place).
 */
export const KEPT_FILE_LABELS: Record<RecoveryReason, string | null> = {
  damaged: 'The damaged file',
  'from-future': 'The newer file',
  unreadable: 'The unreadable file',
  'not-a-file': 'What was in its place',
  'read-only': null,
  missing: null,
  empty: 'The empty file',
};

export function formatBackupTime(createdAt: string): string {
  return new Date(createdAt).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeCounts(backup: BackupSummary): string {
  return `${plural(backup.counts.engagements, 'engagement', 'engagements')}, ${plural(backup.counts.notes, 'note', 'notes')}`;
}
