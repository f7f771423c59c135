import { AUDIT_AREA_INFO, type AuditArea } from '../../../shared/domain/audit-areas';
import type { Session } from '../../../shared/domain/session';

export const KIND_LABELS: Record<Session['kind'], string> = { session: 'Session', readout: 'Readout', break: 'Break' };

export function areaLabel(area: AuditArea | null): string {
  return area ? AUDIT_AREA_INFO[area].label : 'General';
}
