import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../../../shared/domain/audit-areas';
import {
  CONFIDENCE_LABELS,
  CONFIDENCES,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  SEVERITIES,
  SEVERITY_LABELS,
} from '../../../shared/domain/finding';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

export const AREA_OPTIONS = AUDIT_AREAS.map((a) => ({ value: a, label: AUDIT_AREA_INFO[a].label }));
export const KIND_OPTIONS = options(FINDING_KINDS, FINDING_KIND_LABELS);
export const SEVERITY_OPTIONS = options(SEVERITIES, SEVERITY_LABELS);
export const CONFIDENCE_OPTIONS = options(CONFIDENCES, CONFIDENCE_LABELS);
export const STATUS_OPTIONS = options(FINDING_STATUSES, FINDING_STATUS_LABELS);
export const VISIBILITY_OPTIONS = [
  { value: 'client', label: 'Client-visible' },
  { value: 'facilitator', label: 'Facilitator only' },
];

export function dayOptions(dayCount: number) {
  return Array.from({ length: dayCount }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` }));
}
