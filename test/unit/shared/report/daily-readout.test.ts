import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../shared/domain/note';
import { bodyBeyondTitle, buildDailyReadout, dailyReadoutHtml, dailyReadoutMarkdown } from '../../../../shared/report/daily-readout';
import { NO_OWNER } from '../../../../shared/report/follow-up';
import { aFinding } from '../board/finding-fixtures';
import { DELETED_TEXT, FINDINGS, NOTES, PARTICIPANTS, SECRET_TEXT, evidenceOf, reportData } from './report-fixture';

const jonas = PARTICIPANTS[1];
let next = 900;
/** A day-4 note; the fixture's own notes stop at day 3, so day 4 holds only what a test adds. */
function note(fields: Partial<Note> & Pick<Note, 'ref' | 'text'>): Note {
  next += 1;
  return {
    ...NOTES[0]!,
    id: `00000000-0000-4000-8000-000000000${next}`,
    day: 4,
    capturedAt: `2026-03-05T${String(next - 890).padStart(2, '0')}:00:00.000Z`,
    ...fields,
  };
}

const DAY_4: Note[] = [
  note({ ref: 'D4-001', kind: 'decision', text: 'Go to a shadow run in April; Maria Schmidt signs off.' }),
  note({ ref: 'D4-002', kind: 'risk', text: 'Month end doubles the load.', speakerName: 'Jonas Keller', speakerId: jonas!.id }),
  note({ ref: 'D4-003', kind: 'question', text: 'Who pays for the labelling?', speakerName: '', speakerId: null }),
  note({ ref: 'D4-004', kind: 'action', text: 'Export 150 random invoices.' }),
  note({ ref: 'D4-005', kind: 'action', text: 'Book the room for Friday.', speakerName: '', speakerId: null }),
  note({ ref: 'D4-006', kind: 'quote', text: '“We never tested it on ours.”', speakerName: 'Jonas Keller', speakerId: jonas!.id }),
  note({ ref: 'D4-007', kind: 'observation', text: 'The scans are the hard part.', pinned: true }),
  // Pinned, but a decision: it stays under Decisions and is not quoted twice.
  note({ ref: 'D4-008', kind: 'decision', text: 'Credit notes stay manual.', pinned: true }),
  note({ ref: 'D4-009', kind: 'observation', text: 'An unpinned observation is not in the readout.' }),
  note({ ref: 'D4-P01', kind: 'decision', text: SECRET_TEXT, visibility: 'facilitator', pinned: true }),
  note({ ref: 'D4-010', kind: 'risk', text: DELETED_TEXT, deletedAt: '2026-03-05T17:00:00.000Z' }),
];

const promoted = aFinding({
  ref: 'F7',
  day: 4,
  area: 'approach',
  severity: 'high',
  kind: 'gap',
  title: 'Month end doubles the load.',
  body: 'Month end doubles the load.',
  evidence: [evidenceOf('D1-001'), evidenceOf('D2-002')],
});
const explained = aFinding({
  ref: 'F8',
  day: 4,
  area: 'approach',
  severity: 'critical',
  title: 'Credit notes are read as invoices.',
  body: 'Credit notes are read as invoices. The minus sign is lost, says Maria Schmidt.',
  recommendation: 'Keep credit notes manual until Jonas Keller’s check passes.',
});
const hidden = [
  aFinding({ ref: 'P1', day: 4, title: 'PRIVATE finding', visibility: 'facilitator' }),
  aFinding({ ref: 'F9', day: 4, title: 'DROPPED finding', status: 'dropped' }),
];

const byRef = (ref: string) => [...NOTES, ...DAY_4].find((n) => n.ref === ref)!.id;
const followUp = (ref: string, ownerId: string | null, dueDay: number | null) => ({ noteId: byRef(ref), ownerId, dueDay, status: 'open' as const, updatedAt: '2026-03-05T17:00:00.000Z' });
const data = reportData({
  notes: [...NOTES, ...DAY_4],
  // D2-001 is still open and was due on day 3; the private decision's follow-up must not show.
  followUps: [followUp('D4-004', PARTICIPANTS[0]!.id, 5), followUp('D2-001', PARTICIPANTS[2]!.id, 3), followUp('D4-P01', PARTICIPANTS[1]!.id, 4)],
  findings: [...FINDINGS, promoted, explained, ...hidden],
  sessions: [
    ...reportData().sessions,
    { ...reportData().sessions[0]!, id: '00000000-0000-4000-8000-000000000401', day: 4, position: 0, title: 'Shadow run plan', kind: 'session' },
    { ...reportData().sessions[0]!, id: '00000000-0000-4000-8000-000000000402', day: 4, position: 1, title: 'Lunch', kind: 'break' },
    { ...reportData().sessions[0]!, id: '00000000-0000-4000-8000-000000000403', day: 4, position: 2, title: 'Day 4 readout', kind: 'readout' },
  ],
});

describe('the daily readout', () => {
  it('tells the day’s decisions, risks, open questions, actions and quotes, client-visible only', () => {
    const r = buildDailyReadout(data, 4, { redactNames: false });
    expect(r.sessions).toEqual(['Shadow run plan', 'Day 4 readout']);
    expect(r.decisions.map((n) => n.ref)).toEqual(['D4-001', 'D4-008']);
    expect(r.risks.map((n) => [n.ref, n.speaker])).toEqual([['D4-002', 'Jonas Keller']]);
    expect(r.questions.map((n) => [n.ref, n.speaker])).toEqual([['D4-003', null]]);
    expect(r.actions.map((n) => [n.ref, n.owner, n.due, n.status, n.overdue])).toEqual([
      ['D4-004', 'Maria Schmidt', 'Day 5', 'Open', false],
      ['D4-005', NO_OWNER, 'no day set', 'Open', false],
    ]);
    expect(r.stillOpen.map((n) => [n.ref, n.owner, n.due, n.overdue])).toEqual([['D2-001', 'Priya Raman', 'Day 3', true]]);
    expect(r.worthKeeping.map((n) => n.ref)).toEqual(['D4-006', 'D4-007']);
    for (const text of [dailyReadoutMarkdown(r), dailyReadoutHtml(r), JSON.stringify(r)]) {
      expect(text).not.toContain('FACILITATOR-ONLY');
      expect(text).not.toContain('DELETED-NOTE');
      expect(text).not.toMatch(/D4-P01|D4-010|D4-009|Lunch|PRIVATE|DROPPED/);
    }
  });

  it('gives each new finding what it adds to its title, its recommendation and its client-visible citations', () => {
    const r = buildDailyReadout(data, 4, { redactNames: false });
    expect(r.newFindings.map((g) => g.area)).toEqual(['Approach']);
    const [first, second] = r.newFindings[0]!.findings;
    expect(first).toMatchObject({
      ref: 'F8',
      title: 'Credit notes are read as invoices.',
      body: 'The minus sign is lost, says Maria Schmidt.',
      recommendation: 'Keep credit notes manual until Jonas Keller’s check passes.',
      citations: [],
    });
    expect(second).toMatchObject({ ref: 'F7', kind: 'Gap', body: '', recommendation: '', citations: ['D1-001'] });
    const md = dailyReadoutMarkdown(r);
    expect(md).toContain('**F7 · Month end doubles the load.**  \nHigh · Gap · Evidence D1-001\n');
    expect(md.match(/Month end doubles the load\./g)).toHaveLength(2); // the finding's title and the risk D4-002, no repeat as a body
    expect(md).toContain('*Recommendation:* Keep credit notes manual until Jonas Keller’s check passes.');
    const html = dailyReadoutHtml(r);
    expect(html).toContain('<p class="pre">The minus sign is lost, says Maria Schmidt.</p>');
    expect(html).toContain('Evidence D1-001');
  });

  it('keeps a body that does not start with the title whole', () => {
    expect(bodyBeyondTitle('Short', 'Another  story')).toBe('Another  story');
    expect(bodyBeyondTitle('Two\nlines', ' Two lines ')).toBe('');
    expect(bodyBeyondTitle('First.', 'First. Then\nmore.')).toBe('Then\nmore.');
  });

  it('replaces names in every section when asked, owners and speakers included', () => {
    const r = buildDailyReadout(data, 4, { redactNames: true });
    for (const text of [dailyReadoutMarkdown(r), dailyReadoutHtml(r)]) expect(text).not.toMatch(/Maria|Schmidt|Jonas|Keller|Priya/);
    expect(r.actions[0]!.owner).toBe('Operator 1');
    expect(r.risks[0]!.speaker).toBe('Operator 2');
    expect(r.decisions[0]!.text).toBe('Go to a shadow run in April; Operator 1 signs off.');
    expect(r.newFindings[0]!.findings[0]!.recommendation).toBe('Keep credit notes manual until Operator 2’s check passes.');
  });

  it('prints a one-line list of sessions and the sections that have content, in order, as literal text', () => {
    const r = buildDailyReadout(data, 4, { redactNames: false });
    const md = dailyReadoutMarkdown(r);
    expect(md).toContain('Sessions held: Shadow run plan · Day 4 readout\n');
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((h) => h[1]);
    expect(headings).toEqual(['New findings', 'Decisions', 'Risks', 'Open questions', 'Actions', 'Still open from earlier days', 'Worth keeping']);
    expect(md).toContain('- **D4-005** Book the room for Friday.  \n  Owner: nobody named · due no day set · Open\n');
    expect(md).toContain('Owner: Priya Raman · due Day 3 · Open (overdue)');
    expect(md).toContain('- **D4-002** Month end doubles the load. — Jonas Keller');
    expect(md).toContain('- **D4-007** (Observation) The scans are the hard part. — Maria Schmidt');
    const html = dailyReadoutHtml(r);
    expect([...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((h) => h[1])).toEqual(headings);
    expect(html).toContain('Sessions held</span>Shadow run plan · Day 4 readout');

    // Day 2 has one action and one new finding, and no session: only those sections are printed.
    const day2 = buildDailyReadout(reportData({ findings: FINDINGS, sessions: [] }), 2, { redactNames: false });
    const md2 = dailyReadoutMarkdown(day2);
    expect([...md2.matchAll(/^## (.+)$/gm)].map((h) => h[1])).toEqual(['New findings', 'Actions']);
    expect(md2).not.toContain('Sessions held');
    expect(md2).toContain('- **D2-001** \\# Not a heading  \n\\* not a list  \n\\<script>alert(1)\\</script> — Priya Raman  \n  Owner: nobody named · due no day set · Open');
    const html2 = dailyReadoutHtml(day2);
    expect(html2).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html2).not.toContain('<script');
    expect(html2).not.toContain(SECRET_TEXT);
  });

  it('says in one line that nothing was recorded on a day without client-visible content', () => {
    // The week's one action is done, so nothing earlier is carried either.
    const r = buildDailyReadout(reportData({ followUps: [{ ...followUp('D2-001', null, null), status: 'done' }] }), 5, { redactNames: false });
    expect(dailyReadoutMarkdown(r)).toBe('# Daily readout — Day 5\n\nAcme Freight \\<Holdings> & Co · Day 5 · Fri 6 Mar\n\nNothing client-visible was recorded this day.\n');
    expect(dailyReadoutHtml(r)).not.toContain('<h2>');
  });
});
