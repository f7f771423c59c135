import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/domain/finding';
import type { Note } from '../../../../shared/domain/note';
import type { Participant } from '../../../../shared/domain/participant';
import { buildReleaseCheck, excerpt, type ReleaseCheckInput } from '../../../../shared/report/release-check';
import type { VisibilityChange } from '../../../../shared/report/release-check-schema';
import { releaseItems } from '../../../../shared/report/release-items';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { aFinding } from '../board/finding-fixtures';
import { ENGAGEMENT_ID, NOTES, PARTICIPANTS, PATH_TO_SHIP, reportData } from './report-fixture';

const THIS_LAPTOP = 'device-here';
const OTHER_LAPTOP = 'abcdef0123456789';

const WENDELL: Participant = { ...PARTICIPANTS[2]!, id: '00000000-0000-4000-8000-000000000999', name: 'Wendell Pryce', function: 'finance' };

function board(): Finding[] {
  return [
    aFinding({
      ref: 'F1',
      title: 'One person, Maria Schmidt, handles every exception',
      day: 1,
      area: 'production-requirements',
      severity: 'critical',
      evidence: [{ noteId: NOTES[0]!.id, ref: 'D1-001', day: 1, text: NOTES[0]!.text, visibility: 'client' }],
    }),
    aFinding({ ref: 'F2', title: 'Accuracy measured on a curated set', day: 3, area: 'approach', severity: 'high' }),
    aFinding({ ref: 'F3', title: 'PRIVATE finding', day: 1, visibility: 'facilitator' }),
    aFinding({ ref: 'F4', title: 'DROPPED finding', day: 2, status: 'dropped' }),
  ];
}

function input(change: Partial<ReleaseCheckInput> = {}, findings = board(), notes: Note[] = NOTES): ReleaseCheckInput {
  return {
    data: reportData({ notes, findings, participants: [...PARTICIPANTS, WENDELL] }),
    options: DEFAULT_REPORT_OPTIONS,
    scope: { kind: 'week' },
    files: ['Audit report.pdf', 'Notes.csv'],
    history: [],
    previous: null,
    thisDevice: THIS_LAPTOP,
    lookup: { note: (id) => notes.find((n) => n.id === id), finding: (id) => findings.find((f) => f.id === id) },
    ...change,
  };
}

let changes = 0;
function change(item: Note | Finding, from: 'client' | 'facilitator', to: 'client' | 'facilitator', changedAt: string, deviceId = THIS_LAPTOP): VisibilityChange {
  changes += 1;
  return { id: `change-${changes}`, engagementId: ENGAGEMENT_ID, itemKind: 'text' in item ? 'note' : 'finding', itemId: item.id, from, to, changedAt, deviceId };
}

const noteRef = (ref: string) => NOTES.find((n) => n.ref === ref)!;

describe('the release check', () => {
  it('counts the client-visible notes and reported findings of each day of the week, leaving out private, deleted and dropped ones', () => {
    const check = buildReleaseCheck(input());
    expect(check.title).toBe('Week pack');
    expect(check.files).toEqual(['Audit report.pdf', 'Notes.csv']);
    expect(check.counts.rows.map((r) => [r.label, r.notes, r.findings])).toEqual([
      ['Day 1 · Mon 2 Mar', 2, 1],
      ['Day 2 · Tue 3 Mar', 1, 0],
      ['Day 3 · Wed 4 Mar', 1, 1],
      ['Day 4 · Thu 5 Mar', 0, 0],
      ['Day 5 · Fri 6 Mar', 0, 0],
    ]);
    expect(check.counts.total).toEqual({ notes: 4, findings: 2 });
  });

  it('counts for a day readout only the notes it quotes (decisions, risks, questions, actions, quotes, pinned notes) and the findings first recorded that day', () => {
    const check = buildReleaseCheck(input({ scope: { kind: 'day', day: 1 } }));
    expect(check.title).toBe('Day 1 readout');
    // D1-002 is a question; the observation D1-001 is not quoted.
    expect(check.counts.rows).toEqual([{ day: 1, label: 'Day 1 · Mon 2 Mar', notes: 1, findings: 1 }]);
    expect(check.counts.explanation).toMatch(/decisions, risks, open questions, actions, quotes and pinned notes/);
    const pinned = NOTES.map((n) => (n.ref === 'D1-001' ? { ...n, pinned: true } : n));
    expect(buildReleaseCheck(input({ scope: { kind: 'day', day: 1 } }, board(), pinned)).counts.total.notes).toBe(2);
    // D3-001 is a quote; D2-001, an action of day 2, is still open and carried.
    expect(buildReleaseCheck(input({ scope: { kind: 'day', day: 3 } })).counts.total).toEqual({ notes: 2, findings: 1 });
  });

  it('counts no notes for the board picture, which carries findings only', () => {
    const check = buildReleaseCheck(input({ scope: { kind: 'board' } }));
    expect(check.title).toBe('Board picture');
    expect(check.counts.total).toEqual({ notes: null, findings: 2 });
    expect(check.counts.rows.every((r) => r.notes === null)).toBe(true);
  });

  it('names every participant whose name appears, and what the client reads instead when redaction is on', () => {
    const noParticipantsAppendix = { ...DEFAULT_REPORT_OPTIONS, appendices: ['evidence', 'agenda'] as const };
    const plain = buildReleaseCheck(input({ options: noParticipantsAppendix }));
    expect(plain.names.redacted).toBe(false);
    expect(plain.names.people).toEqual([
      { name: 'Maria Schmidt', role: 'Operator', shownAs: 'Maria Schmidt' },
      { name: 'Jonas Keller', role: 'Operator', shownAs: 'Jonas Keller' },
      { name: 'Priya Raman', role: 'Sponsor', shownAs: 'Priya Raman' },
    ]);
    expect(plain.names.facilitators).toEqual(['Ada Consultant']);

    // The participants appendix names everyone, Wendell Pryce too.
    expect(buildReleaseCheck(input()).names.people.map((p) => p.name)).toContain('Wendell Pryce');

    const redacted = buildReleaseCheck(input({ options: { ...noParticipantsAppendix, redactNames: true } }));
    expect(redacted.names.redacted).toBe(true);
    expect(redacted.names.people.map((p) => `${p.name} → ${p.shownAs}`)).toEqual(['Maria Schmidt → Operator 1', 'Jonas Keller → Operator 2', 'Priya Raman → Sponsor']);

    // The board shows finding titles only: just the one name in a title.
    const board = buildReleaseCheck(input({ scope: { kind: 'board' } }));
    expect(board.names.people.map((p) => p.name)).toEqual(['Maria Schmidt']);
    expect(board.names.facilitators).toEqual([]);
  });

  it('does not name a participant whose name is only in facilitator-only or deleted notes', () => {
    const notes = [...NOTES, { ...noteRef('D2-002'), id: '00000000-0000-4000-8000-000000000777', ref: 'D2-009', text: 'Wendell Pryce was absent' }];
    const options = { ...DEFAULT_REPORT_OPTIONS, appendices: [] };
    expect(buildReleaseCheck(input({ options }, board(), notes)).names.people.map((p) => p.name)).not.toContain('Wendell Pryce');
  });

  it('lists what was facilitator-only before and goes out now, latest change first, with who changed it and whether since the last export', () => {
    const findings = board();
    const [f1] = findings;
    const history = [
      change(noteRef('D1-001'), 'facilitator', 'client', '2026-03-02T11:00:00.000Z', OTHER_LAPTOP),
      change(f1!, 'client', 'facilitator', '2026-03-03T09:00:00.000Z'),
      change(f1!, 'facilitator', 'client', '2026-03-04T09:00:00.000Z'),
      // Still private, and deleted: neither goes out, so neither is listed.
      change(noteRef('D2-002'), 'client', 'facilitator', '2026-03-04T10:00:00.000Z'),
      change(noteRef('D2-003'), 'facilitator', 'client', '2026-03-04T10:30:00.000Z'),
    ];
    const previous = { title: 'Day 1 readout', confirmedAt: '2026-03-03T17:00:00.000Z', deviceId: THIS_LAPTOP, items: [] };
    const check = buildReleaseCheck(input({ history, previous }, findings));
    expect(check.previouslyPrivate).toEqual([
      {
        kind: 'finding',
        ref: 'F1',
        excerpt: 'One person, Maria Schmidt, handles every exception',
        changedAt: '2026-03-04T09:00:00.000Z',
        deviceId: THIS_LAPTOP,
        changedBy: 'this laptop',
        sinceLastRelease: true,
      },
      {
        kind: 'note',
        ref: 'D1-001',
        excerpt: 'Exceptions are handled by <b>Maria Schmidt</b> alone; Jonas covers on Fridays.',
        changedAt: '2026-03-02T11:00:00.000Z',
        deviceId: OTHER_LAPTOP,
        changedBy: 'another laptop (device abcdef01)',
        sinceLastRelease: false,
      },
    ]);
    // Before the first release nothing is "since" it.
    expect(buildReleaseCheck(input({ history }, findings)).previouslyPrivate.map((p) => p.sinceLastRelease)).toEqual([false, false]);
    // Day 2's readout quotes neither.
    expect(buildReleaseCheck(input({ history, scope: { kind: 'day', day: 2 } }, findings)).previouslyPrivate).toEqual([]);
  });

  it('lists the sections the report leaves out or prints in part, and none it fills', () => {
    const sections = (check: ReturnType<typeof buildReleaseCheck>) => check.emptySections.map((s) => s.section);
    expect(sections(buildReleaseCheck(input()))).toEqual([
      'Recommendation',
      'Findings by area',
      'Readiness',
      'ML Test Score',
      'Pilot-purgatory diagnostic',
      'Roadmap',
      'Operating model (RACI)',
    ]);
    const filled = input();
    filled.data = {
      ...filled.data,
      pathToShip: PATH_TO_SHIP,
      scenarios: [],
    };
    const check = buildReleaseCheck(filled);
    expect(sections(check)).toEqual(['Findings by area', 'Readiness', 'ML Test Score', 'Pilot-purgatory diagnostic', 'Cost model', 'Operating model (RACI)']);
    expect(check.emptySections.find((s) => s.section === 'Findings by area')!.detail).toBe('No client-visible finding in Problem fit and Path to ship; their chapters are left out.');
    expect(check.emptySections.find((s) => s.section === 'Cost model')!.detail).toBe('No cost scenario has been modelled yet. Left out of the report.');
    expect(check.emptySections.find((s) => s.section === 'Operating model (RACI)')!.detail).toBe('Nobody is responsible and accountable yet for Retraining.');
  });

  it('lists a readout’s empty sections, and an empty board', () => {
    const readout = (day: number) => buildReleaseCheck(input({ scope: { kind: 'day', day } })).emptySections;
    expect(readout(4).map((s) => s.section)).toEqual(['Sessions held', 'New findings', 'Decisions', 'Risks', 'Open questions', 'Actions', 'Worth keeping']);
    // Day 2 has a session and an action; its only finding is dropped.
    expect(readout(2)).toEqual([
      { section: 'New findings', detail: 'No new client-visible finding was recorded this day. The readout leaves the section out.' },
      { section: 'Decisions', detail: 'No decision was noted. The readout leaves the section out.' },
      { section: 'Risks', detail: 'No risk was noted. The readout leaves the section out.' },
      { section: 'Open questions', detail: 'No open question was noted. The readout leaves the section out.' },
      { section: 'Still open from earlier days', detail: 'Every earlier action is done or dropped. The readout leaves the section out.' },
      { section: 'Worth keeping', detail: 'No quote or pinned note was captured. The readout leaves the section out.' },
    ]);
    expect(buildReleaseCheck(input({ scope: { kind: 'board' } }, [])).emptySections).toEqual([{ section: 'Board', detail: 'No client-visible finding is on the board.' }]);
  });

  it('says nothing about changes before the first release', () => {
    expect(buildReleaseCheck(input()).sinceLast).toBeNull();
  });

  it('says what was added, edited and removed since the last release, findings first, and why a removed one went', () => {
    const before = board();
    const previous = { title: 'Week pack', confirmedAt: '2026-03-04T17:00:00.000Z', deviceId: OTHER_LAPTOP, items: releaseItems(NOTES, before, []) };
    const findings = before.map((f) => (f.ref === 'F1' ? { ...f, title: 'Maria Schmidt alone handles every exception' } : f.ref === 'F2' ? { ...f, visibility: 'facilitator' as const } : f));
    const notes = [
      ...NOTES.map((n) => (n.ref === 'D1-002' ? { ...n, deletedAt: '2026-03-05T08:00:00.000Z' } : n)),
      { ...noteRef('D1-001'), id: '00000000-0000-4000-8000-000000000888', ref: 'D4-001', day: 4, text: 'Month end doubles the load' },
    ];
    const check = buildReleaseCheck(input({ previous }, findings, notes));
    expect(check.sinceLast).toEqual({
      title: 'Week pack',
      confirmedAt: '2026-03-04T17:00:00.000Z',
      changedBy: 'another laptop (device abcdef01)',
      added: { notes: 1, findings: 0, examples: ['D4-001 Month end doubles the load'] },
      edited: { notes: 0, findings: 1, examples: ['F1 Maria Schmidt alone handles every exception'] },
      removed: {
        notes: 1,
        findings: 1,
        examples: ['F2 Accuracy measured on a curated set (now facilitator-only)', 'D1-002 =HYPERLINK("http://evil","click") who owns the model? (deleted)'],
      },
    });
  });

  it('counts an action whose owner, due day or status changed as edited', () => {
    const action = noteRef('D2-001');
    const followUp = { noteId: action.id, ownerId: null, dueDay: 3, status: 'open' as const, updatedAt: '2026-03-04T10:00:00.000Z' };
    const previous = { title: 'Week pack', confirmedAt: '2026-03-04T17:00:00.000Z', deviceId: THIS_LAPTOP, items: releaseItems(NOTES, board(), [followUp]) };
    const check = (status: 'open' | 'done') => {
      const base = input({ previous });
      return buildReleaseCheck({ ...base, data: { ...base.data, followUps: [{ ...followUp, status }] } }).sinceLast!.edited;
    };
    expect(check('open')).toMatchObject({ notes: 0 });
    expect(check('done')).toMatchObject({ notes: 1, examples: [expect.stringMatching(/^D2-001 /)] });
  });

  it('names five changes of a kind and counts the rest', () => {
    const previous = { title: 'Week pack', confirmedAt: '2026-03-04T17:00:00.000Z', deviceId: THIS_LAPTOP, items: [] };
    const check = buildReleaseCheck(input({ previous }));
    expect(check.sinceLast!.added).toMatchObject({ notes: 4, findings: 2 });
    expect(check.sinceLast!.added.examples.map((e) => e.split(' ')[0])).toEqual(['F1', 'F2', 'D1-001', 'D1-002', 'D2-001']);
  });

  it('keeps its digest while nothing listed changes, and changes it when anything listed does', () => {
    const digest = buildReleaseCheck(input()).digest;
    expect(buildReleaseCheck(input()).digest).toBe(digest);
    // A private note's wording reaches no list.
    const privateEdited = NOTES.map((n) => (n.visibility === 'facilitator' ? { ...n, text: 'Reworded aside' } : n));
    expect(buildReleaseCheck(input({}, board(), privateEdited)).digest).toBe(digest);

    const madeVisible = NOTES.map((n) => (n.visibility === 'facilitator' ? { ...n, visibility: 'client' as const } : n));
    expect(buildReleaseCheck(input({}, board(), madeVisible)).digest).not.toBe(digest);
    expect(buildReleaseCheck(input({ options: { ...DEFAULT_REPORT_OPTIONS, redactNames: true } })).digest).not.toBe(digest);
    expect(buildReleaseCheck(input({ files: ['Audit report.pdf'] })).digest).not.toBe(digest);
  });

  it('cuts a long excerpt at a word-sized length and flattens its lines', () => {
    expect(excerpt('a\n\nb')).toBe('a b');
    const long = excerpt('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('…')).toBe(true);
  });
});
