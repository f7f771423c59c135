import { describe, expect, it } from 'vitest';
import { presenterBoard, presenterDayFindings } from '../../../../shared/board/presenter-view';
import type { Participant } from '../../../../shared/domain/participant';
import { aFinding } from './finding-fixtures';

const NOTE = (n: number) => `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`;
const ana = { id: '00000000-0000-4000-8000-cccccccccccc', name: 'Ana Silva' } as Participant;

describe('presenter view model', () => {
  const secretNote = { noteId: NOTE(1), ref: 'D1-002', day: 1, text: 'Sponsor is about to leave the company', visibility: 'facilitator' as const };
  const openNote = { noteId: NOTE(2), ref: 'D1-001', day: 1, text: 'They re-key every invoice', visibility: 'client' as const };
  const findings = [
    aFinding({
      title: 'Manual re-keying costs two hours a day',
      severity: 'high',
      day: 1,
      evidence: [openNote, secretNote],
      ownerId: ana.id,
      body: 'Manual re-keying costs two hours a day\n\nMeasured over a week in AP.',
      recommendation: ' Feed the ERP directly. ',
    }),
    aFinding({ title: 'Sponsor leaving', severity: 'critical', day: 1, visibility: 'facilitator' }),
    aFinding({ title: 'Dropped idea', status: 'dropped', day: 1 }),
    aFinding({ title: 'No drift monitoring', area: 'production-requirements', severity: 'critical', day: 2, votes: 4 }),
    aFinding({ title: 'Weak labels', severity: 'critical', day: 2, votes: 1 }),
    aFinding({ title: 'Strong labels', severity: 'critical', day: 3, votes: 7 }),
  ];

  it('leaves out facilitator-only findings and facilitator-only evidence, and quotes the client-visible evidence', () => {
    const text = JSON.stringify(presenterBoard(findings, [ana]));
    expect(text).not.toContain('Sponsor');
    expect(text).not.toContain('D1-002');
    expect(text).not.toContain('Dropped idea');
    const [problemFit] = presenterBoard(findings, [ana]);
    const card = problemFit!.cards.find((c) => c.title.startsWith('Manual'));
    expect(card).toMatchObject({
      ref: findings[0]!.ref,
      evidence: [{ ref: 'D1-001', text: 'They re-key every invoice' }],
      ownerName: 'Ana Silva',
      severityLabel: 'High',
      areaLabel: 'Problem fit',
      details: 'Measured over a week in AP.',
      recommendation: 'Feed the ERP directly.',
    });
  });

  it('orders each area by severity, then votes, and keeps every finding', () => {
    const [problemFit, , production] = presenterBoard(findings, [ana]);
    expect(problemFit!.cards.map((c) => c.title)).toEqual(['Strong labels', 'Weak labels', 'Manual re-keying costs two hours a day']);
    expect(production!.cards.map((c) => c.title)).toEqual(['No drift monitoring']);
  });

  it('reads out one day’s findings, area by area', () => {
    expect(presenterDayFindings(findings, [ana], 2).map((card) => card.title)).toEqual(['Weak labels', 'No drift monitoring']);
  });
});
