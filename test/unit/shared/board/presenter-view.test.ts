import { describe, expect, it } from 'vitest';
import { presenterBoard, presenterReadout } from '../../../../shared/board/presenter-view';
import type { Participant } from '../../../../shared/domain/participant';
import { aFinding } from './finding-fixtures';

const NOTE = (n: number) => `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`;
const ana = { id: '00000000-0000-4000-8000-cccccccccccc', name: 'Ana Silva' } as Participant;

describe('presenter view model', () => {
  const secretNote = { noteId: NOTE(1), ref: 'D1-002', day: 1, text: 'Sponsor is about to leave the company', visibility: 'facilitator' as const };
  const openNote = { noteId: NOTE(2), ref: 'D1-001', day: 1, text: 'They re-key every invoice', visibility: 'client' as const };
  const findings = [
    aFinding({ title: 'Manual re-keying costs two hours a day', severity: 'high', day: 1, evidence: [openNote, secretNote], ownerId: ana.id, body: 'Sponsor is about to leave' }),
    aFinding({ title: 'Sponsor leaving', severity: 'critical', day: 1, visibility: 'facilitator' }),
    aFinding({ title: 'Dropped idea', status: 'dropped', day: 1 }),
    aFinding({ title: 'No drift monitoring', area: 'production-requirements', severity: 'critical', day: 2, votes: 4 }),
    aFinding({ title: 'Weak labels', severity: 'critical', day: 2, votes: 1 }),
    aFinding({ title: 'Strong labels', severity: 'critical', day: 3, votes: 7 }),
  ];

  it('leaves out facilitator-only findings, facilitator-only evidence and every body', () => {
    const text = JSON.stringify(presenterBoard(findings, [ana]));
    expect(text).not.toContain('Sponsor');
    expect(text).not.toContain('D1-002');
    expect(text).not.toContain('Dropped idea');
    const [problemFit] = presenterBoard(findings, [ana]);
    const card = problemFit!.cards.find((c) => c.title.startsWith('Manual'));
    expect(card).toMatchObject({ ref: findings[0]!.ref, evidenceRefs: ['D1-001'], ownerName: 'Ana Silva', severityLabel: 'High' });
    expect(Object.keys(card!)).not.toContain('body');
  });

  it('orders each area by severity, then votes, and caps the cards it shows', () => {
    const [problemFit, , production] = presenterBoard(findings, [ana], 2);
    expect(problemFit!.cards.map((c) => c.title)).toEqual(['Strong labels', 'Weak labels']);
    expect(problemFit!.total).toBe(3);
    expect(production!.cards.map((c) => c.title)).toEqual(['No drift monitoring']);
  });

  it('reads out one day’s findings by area', () => {
    const readout = presenterReadout(findings, [ana], 2);
    expect(readout.map((c) => c.cards.map((card) => card.title))).toEqual([['Weak labels'], [], ['No drift monitoring'], []]);
  });
});
