import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../../shared/domain/path-to-ship';
import { roadmapTimeline } from '../../../../shared/path-to-ship/roadmap-timeline';

const phase = (name: string, position: number, targetWeek: number): Phase => ({
  id: `00000000-0000-4000-8000-00000000000${position}`,
  engagementId: '00000000-0000-4000-8000-0000000000ee',
  position,
  name,
  milestones: [],
  ownerId: null,
  targetWeek,
  exitCriteria: [],
  criterionIds: [],
  findingIds: [],
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
  deviceId: 'd',
});

describe('roadmap timeline', () => {
  it('runs phases one after another in their order, each ending at its target week', () => {
    const timeline = roadmapTimeline([phase('Integrate', 1, 10), phase('Harden', 0, 4), phase('Pilot', 2, 16)]);
    expect(timeline.bars.map((b) => [b.name, b.startWeek, b.endWeek, b.outOfOrder])).toEqual([
      ['Harden', 0, 4, false],
      ['Integrate', 4, 10, false],
      ['Pilot', 10, 16, false],
    ]);
    expect(timeline.totalWeeks).toBe(16);
  });

  it('flags a phase whose target week is not after the previous one, and the next starts from the last good end', () => {
    const timeline = roadmapTimeline([phase('Integrate', 0, 10), phase('Harden', 1, 4), phase('Scale', 2, 20)]);
    expect(timeline.bars.map((b) => [b.name, b.startWeek, b.endWeek, b.outOfOrder])).toEqual([
      ['Integrate', 0, 10, false],
      ['Harden', 10, 10, true],
      ['Scale', 10, 20, false],
    ]);
  });

  it('an empty roadmap has no bars and no weeks', () => {
    expect(roadmapTimeline([])).toEqual({ bars: [], totalWeeks: 0 });
  });
});
