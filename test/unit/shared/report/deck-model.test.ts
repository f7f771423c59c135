import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../shared/domain/note';
import { buildReadoutDeck, ROWS_PER_SLIDE, type DeckSlide, type ReadoutDeck } from '../../../../shared/report/deck-model';
import { aFinding } from '../board/finding-fixtures';
import { ASSESSMENT, ENGAGEMENT_ID, FINDINGS, NOTES, PARTICIPANTS, PATH_TO_SHIP, SECRET_TEXT, reportData } from './report-fixture';

const PRIVATE_FINDING = aFinding({ engagementId: ENGAGEMENT_ID, ref: 'P1', title: 'PRIVATE-FINDING: sponsor undermines the team', visibility: 'facilitator', severity: 'critical', day: 2 });
const DROPPED_FINDING = aFinding({ engagementId: ENGAGEMENT_ID, ref: 'F9', title: 'DROPPED-FINDING: stale idea', status: 'dropped', severity: 'critical', day: 2 });
const STRENGTH = aFinding({ engagementId: ENGAGEMENT_ID, ref: 'F8', kind: 'strength', severity: 'critical', title: 'Team knows the process cold', area: 'problem-fit', day: 2 });

function decisionNote(n: number, fields: Partial<Note>): Note {
  return { ...NOTES[0]!, id: `00000000-0000-4000-8000-0000000009${String(n).padStart(2, '0')}`, ref: `D4-00${n}`, day: 4, ...fields };
}
const DECISION = decisionNote(1, { kind: 'decision', text: 'Keep Maria Schmidt as the reviewer until June', speakerName: 'Priya Raman', speakerId: PARTICIPANTS[2]!.id });
const PRIVATE_ACTION = decisionNote(2, { kind: 'action', text: 'PRIVATE-ACTION: chase the sponsor', visibility: 'facilitator' });

const data = reportData({
  assessment: ASSESSMENT,
  notes: [...NOTES, DECISION, PRIVATE_ACTION],
  followUps: [
    { noteId: NOTES[2]!.id, ownerId: PARTICIPANTS[2]!.id, dueDay: 3, status: 'open', updatedAt: '2026-03-05T10:00:00.000Z' },
    { noteId: DECISION.id, ownerId: PARTICIPANTS[2]!.id, dueDay: null, status: 'revisited', updatedAt: '2026-03-05T10:00:00.000Z' },
    { noteId: PRIVATE_ACTION.id, ownerId: PARTICIPANTS[1]!.id, dueDay: 5, status: 'open', updatedAt: '2026-03-05T10:00:00.000Z' },
  ],
  findings: [...FINDINGS, PRIVATE_FINDING, DROPPED_FINDING, STRENGTH],
  pathToShip: {
    ...PATH_TO_SHIP,
    recommendation: { ...PATH_TO_SHIP.recommendation!, conditions: ['A second reviewer beside Jonas Keller', 'Measure on production mail'] },
    phases: [{ ...PATH_TO_SHIP.phases[0]!, exitCriteria: ['Two reviewers signed off'] }],
  },
});

const texts = (deck: ReadoutDeck) => JSON.stringify(deck);
const slide = <K extends DeckSlide['kind']>(deck: ReadoutDeck, title: string) => deck.slides.find((s) => s.title === title) as Extract<DeckSlide, { kind: K }>;

describe('buildReadoutDeck', () => {
  const week = buildReadoutDeck(data, { redactNames: false }, { kind: 'week' });

  it('tells the week in order: title, recommendation, money, readiness, risks, decisions, findings by area, roadmap', () => {
    expect(week.slides.map((s) => s.title)).toEqual([
      'Invoice triage assistant',
      'Recommendation',
      'The money',
      'Readiness by area',
      'Top risks',
      'Decisions and actions',
      'Findings: Problem fit',
      'Findings: Approach',
      'Findings: Production requirements',
      'Roadmap',
    ]);
    expect(slide<'title'>(week, 'Invoice triage assistant').lines).toEqual(['Acme Freight <Holdings> & Co', 'Readout · 2 Mar – 6 Mar 2026', 'Prepared on 6 Mar 2026']);
  });

  it('carries the decision with its rationale and conditions, and the first scenario’s money', () => {
    expect(slide<'recommendation'>(week, 'Recommendation')).toMatchObject({
      decision: 'Conditional go',
      rationale: 'Maria Schmidt must not be the only reviewer.',
      conditions: ['A second reviewer beside Jonas Keller', 'Measure on production mail'],
    });
    const money = slide<'figures'>(week, 'The money');
    expect(money.subtitle).toBe('Scenario: Base case');
    const labels = money.figures.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Cost per month at production volume', 'Total cost of ownership, 3 years', 'Break-even']));
    expect(money.figures.every((f) => f.value.length > 0)).toBe(true);
  });

  it('lists the most severe client-visible risks, never a strength, and each area’s findings with ref and severity', () => {
    expect(slide<'table'>(week, 'Top risks').rows).toEqual([
      ['F1', 'Critical', 'Production requirements', 'One person, Maria Schmidt, handles every exception'],
      ['F2', 'High', 'Approach', 'Accuracy measured on a curated set'],
      ['F3', 'Low', 'Problem fit', 'Value **not** quantified'],
    ]);
    expect(slide<'table'>(week, 'Findings: Problem fit').rows).toEqual([
      ['F8', 'Critical', 'Team knows the process cold'],
      ['F3', 'Low', 'Value **not** quantified'],
    ]);
  });

  it('quotes decisions and actions with owner, due day and status (overdue as of the day it is made), and the roadmap with owner, week, milestones and exit criteria', () => {
    expect(slide<'table'>(week, 'Decisions and actions').rows).toEqual([
      ['D2-001', 'Action', '# Not a heading * not a list <script>alert(1)</script>', 'Priya Raman', 'Day 3', 'Open (overdue)'],
      ['D4-001', 'Decision', 'Keep Maria Schmidt as the reviewer until June', 'Priya Raman', 'no day set', 'Revisited'],
    ]);
    // Day 2's deck speaks as of day 2, when the action was not yet due.
    expect(slide<'table'>(buildReadoutDeck(data, { redactNames: false }, { kind: 'day', day: 2 }), 'Decisions and actions').rows[0]![5]).toBe('Open');
    expect(slide<'table'>(week, 'Roadmap').rows).toEqual([['1. Harden', 'Priya Raman', 'Week 4', '• Train a second reviewer beside Jonas Keller', '• Two reviewers signed off']]);
  });

  it('never carries a facilitator-only or deleted note, nor a facilitator-only or dropped finding', () => {
    for (const deck of [week, ...[1, 2, 3, 4, 5].map((day) => buildReadoutDeck(data, { redactNames: false }, { kind: 'day', day }))]) {
      expect(texts(deck)).not.toMatch(/PRIVATE-|DROPPED-|DELETED-NOTE/);
      expect(texts(deck)).not.toContain(SECRET_TEXT);
    }
  });

  it('replaces every participant’s name by their function when asked, in text, owners and roadmap', () => {
    const redacted = buildReadoutDeck(data, { redactNames: true }, { kind: 'week' });
    expect(texts(redacted)).not.toMatch(/Maria|Schmidt|Jonas|Keller|Priya|Raman/);
    expect(slide<'table'>(redacted, 'Decisions and actions').rows[1]).toEqual(['D4-001', 'Decision', 'Keep Operator 1 as the reviewer until June', 'Sponsor', 'no day set', 'Revisited']);
    expect(slide<'table'>(redacted, 'Roadmap').rows[0]![1]).toBe('Sponsor');
    expect(slide<'title'>(redacted, 'Invoice triage assistant').lines).toContain('Participant names replaced by their function');
  });

  it('for one day shows that day’s risks, decisions and findings only, and leaves out the sections with none', () => {
    const day2 = buildReadoutDeck(data, { redactNames: false }, { kind: 'day', day: 2 });
    expect(day2.slides.map((s) => s.title)).toEqual(['Invoice triage assistant', 'Top risks', 'Decisions and actions', 'Findings: Problem fit']);
    expect(slide<'title'>(day2, 'Invoice triage assistant').lines[1]).toBe('Day 2 readout · Tue 3 Mar');
    expect(slide<'table'>(day2, 'Top risks').rows.map((r) => r[0])).toEqual(['F3']);
    const day5 = buildReadoutDeck(data, { redactNames: false }, { kind: 'day', day: 5 });
    expect(day5.leftOut.map((s) => s.text)).toEqual([
      'No new risk was recorded this day.',
      'No decision or action was noted this day.',
      'No new finding was recorded this day.',
    ]);
  });

  it('leaves out a slide with nothing recorded, naming it for the release check, and continues a long table on the next slide', () => {
    const many = Array.from({ length: ROWS_PER_SLIDE + 2 }, (_, i) => aFinding({ engagementId: ENGAGEMENT_ID, ref: `F${20 + i}`, area: 'approach', title: `Long list ${i}` }));
    const bare = buildReadoutDeck(reportData({ scenarios: [], findings: many }), { redactNames: false }, { kind: 'week' });
    expect(bare.leftOut.map((s) => s.title)).toEqual(['Recommendation', 'The money', 'Readiness by area', 'Roadmap']);
    expect(bare.slides.map((s) => s.title)).not.toContain('Roadmap');
    const approach = bare.slides.filter((s) => s.title.startsWith('Findings: Approach'));
    expect(approach.map((s) => s.title)).toEqual(['Findings: Approach', 'Findings: Approach (continued)']);
    expect(approach.flatMap((s) => (s as { rows: string[][] }).rows)).toHaveLength(ROWS_PER_SLIDE + 2);
  });
});
