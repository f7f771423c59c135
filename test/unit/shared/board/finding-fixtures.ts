import type { Finding } from '../../../../shared/domain/finding';

let counter = 0;

/** A finding with sensible defaults; tests override what they are about. */
export function aFinding(change: Partial<Finding> = {}): Finding {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    engagementId: '00000000-0000-4000-8000-aaaaaaaaaaaa',
    ref: `F${counter}`,
    title: `Finding ${counter}`,
    body: '',
    area: 'problem-fit',
    day: 1,
    kind: 'risk',
    severity: 'medium',
    confidence: 'medium',
    status: 'open',
    ownerId: null,
    recommendation: '',
    votes: 0,
    visibility: 'client',
    position: 0,
    evidence: [],
    deletedAt: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    deviceId: 'test',
    ...change,
  };
}
