import type { EngagementStatus } from '../../../shared/domain/engagement';
import type { ChipTone } from '../../components/Chip';

export const STATUS_LABELS: Record<EngagementStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  complete: 'Complete',
};

/** Under way stands out; finished reads as done; planned stays quiet. */
export const STATUS_TONES: Record<EngagementStatus, ChipTone> = {
  planned: 'neutral',
  'in-progress': 'accent',
  complete: 'success',
};
