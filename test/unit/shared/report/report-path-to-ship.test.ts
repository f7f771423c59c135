import { describe, expect, it } from 'vitest';
import type { PathToShip } from '../../../../shared/domain/path-to-ship';
import { reportRecommendation } from '../../../../shared/report/report-path-to-ship';

const ID = '00000000-0000-4000-8000-000000000001';
const meta = { id: ID, createdAt: '2026-03-13T10:00:00.000Z', updatedAt: '2026-03-13T10:00:00.000Z', deviceId: 'd' };

describe('the recommendation in the report', () => {
  it('joins conditions into one sentence without doubling the punctuation people type', () => {
    const path: PathToShip = {
      engagementId: ID,
      recommendation: {
        ...meta,
        engagementId: ID,
        decision: 'conditional-go',
        rationale: 'Ready for PDFs.',
        conditions: ['EU endpoint in place.', 'Budget approved'],
        criterionIds: [],
        findingIds: [],
        decidedBy: { kind: 'nobody' },
        decidedOn: null,
      },
      phases: [],
      systems: [],
      raci: [],
    };
    expect(reportRecommendation(path, [], [])?.rationale).toBe('Ready for PDFs.\n\nConditions: (1) EU endpoint in place; (2) Budget approved.');
  });
});
