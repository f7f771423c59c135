import type { BoardPictureInput } from '../../../../shared/report/board-picture';
import { aFinding } from '../board/finding-fixtures';
import { PARTICIPANTS } from './report-fixture';

const LONG = 'Exception handling depends on one person whose knowledge is nowhere written down, and every attempt to hand it over has stalled because the queue never empties';

/**
 * The busiest board a week can produce: ten days, a cell with more cards than fit, titles too
 * long for a card, hostile text, other scripts, and findings a client must not see.
 */
export function crowdedBoard(): BoardPictureInput {
  const findings = [
    ...Array.from({ length: 9 }, (_, i) =>
      aFinding({
        area: 'production-requirements',
        day: 1,
        position: i,
        severity: i === 8 ? 'critical' : 'low',
        title: i === 0 ? LONG : `Exception queue item ${i + 1}`,
        votes: i,
        evidence: [{ noteId: aFinding().id, ref: `D1-00${i + 1}`, day: 1, text: '', visibility: 'client' }],
      }),
    ),
    aFinding({ area: 'approach', day: 2, title: '<script>alert(1)</script> & "quotes"', severity: 'high' }),
    aFinding({ area: 'problem-fit', day: 3, title: 'Maria Schmidt signs every invoice — проверка счетов, Ελληνικά', severity: 'medium' }),
    aFinding({ area: 'path-to-ship', day: 10, title: LONG.repeat(3), severity: 'critical', kind: 'gap' }),
    aFinding({ area: 'approach', day: 1, title: 'FACILITATOR-ONLY finding', visibility: 'facilitator' }),
    aFinding({ area: 'approach', day: 1, title: 'DROPPED finding', status: 'dropped' }),
    aFinding({ area: 'approach', day: 1, title: 'DELETED finding', deletedAt: '2026-03-03T10:00:00.000Z' }),
    aFinding({
      area: 'approach',
      day: 4,
      title: 'Evidence from a private note stays private',
      evidence: [
        { noteId: aFinding().id, ref: 'D4-001', day: 4, text: '', visibility: 'client' },
        { noteId: aFinding().id, ref: 'D4-SECRET', day: 4, text: '', visibility: 'facilitator' },
      ],
    }),
  ];
  return {
    engagement: { clientName: 'Acme Freight <Holdings> & Co', pilotName: 'Invoice triage assistant', weekStart: '2026-03-02', dayCount: 10 },
    findings,
    participants: PARTICIPANTS,
    redactNames: false,
    generatedAt: '2026-03-06T16:00:00.000Z',
  };
}
