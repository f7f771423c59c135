import type { EngagementStatus } from '../../../shared/domain/engagement';

export const STATUS_LABELS: Record<EngagementStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  complete: 'Complete',
};
