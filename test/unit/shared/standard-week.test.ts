import { describe, expect, it } from 'vitest';
import { STANDARD_WEEK } from '../../../shared/agenda/standard-week';
import type { QuestionSource, TemplateDay, TemplateSession } from '../../../shared/domain/agenda-template';
import type { AuditArea } from '../../../shared/domain/audit-areas';

const DAY_START = 9 * 60;
const DAY_END = 17 * 60 + 30;

function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`"${time}" is not a 24-hour HH:MM time`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function workingSessions(day: TemplateDay): TemplateSession[] {
  return day.sessions.filter((session) => session.kind !== 'break');
}

const PAIR_CHAPTERS = [
  'User Needs + Defining Success',
  'Data Collection + Evaluation',
  'Mental Models',
  'Explainability + Trust',
  'Feedback + Control',
  'Errors + Graceful Failure',
];

/** What each framework's own references look like (FRAMEWORKS.md); keyed by the type so a new framework must be added here. */
const KNOWN_REFS: Record<QuestionSource['framework'], (ref: string) => boolean> = {
  'ML Test Score': (ref) => /^(Data|Model|Infra|Monitor) [1-7]$/.test(ref),
  'NIST AI RMF': (ref) => /^(GOVERN [1-6]|MAP [1-5]|MEASURE [1-4]|MANAGE [1-4])\.\d{1,2}$/.test(ref),
  'PAIR Guidebook': (ref) => PAIR_CHAPTERS.some((name, index) => ref === `Chapter ${index + 1}: ${name}`),
  'Hidden Technical Debt in ML': (ref) =>
    /^(Boundary erosion|Data dependencies|Feedback loops|System anti-patterns|Configuration debt|Changes in the external world|Other|Closing questions)(: \S.*)?$/.test(ref),
  'Microsoft RAI Impact Assessment': (ref) => /^Section [1-5]: \S/.test(ref),
  'MLOps maturity': (ref) => /^Levels? [0-4](–[0-4])?$/.test(ref),
};

/**
 * Everything DESIGN.md says the week must surface, with the day (by its area; null is the readout
 * day) whose questions must raise it. Each pattern is specific to one question, so dropping that
 * question fails the test.
 */
const COVERAGE: { topic: string; area: AuditArea | null; pattern: RegExp }[] = [
  { topic: 'business value in numbers', area: 'problem-fit', pattern: /what changes in numbers/i },
  { topic: 'value against the current process and its cost', area: 'problem-fit', pattern: /current process cost a year.*pilot actually remove/i },
  { topic: 'success metrics', area: 'problem-fit', pattern: /success metrics/i },
  { topic: 'who owns the outcome', area: 'problem-fit', pattern: /who owns the outcome/i },
  { topic: 'simpler non-AI alternatives', area: 'problem-fit', pattern: /simpler non-AI fix/i },
  { topic: 'clean pilot data vs messy production data', area: 'approach', pattern: /clean pilot data.*messy production data/i },
  { topic: 'evaluation on production-like data', area: 'approach', pattern: /evaluated on production-like data/i },
  { topic: 'model and vendor choice', area: 'approach', pattern: /this model and this vendor/i },
  { topic: 'simpler models', area: 'approach', pattern: /simpler model/i },
  { topic: 'build vs buy', area: 'approach', pattern: /build or buy/i },
  { topic: 'failure modes', area: 'production-requirements', pattern: /how can it go wrong/i },
  { topic: 'where an error has downstream consequences', area: 'production-requirements', pattern: /wrong output downstream/i },
  { topic: 'who reviews edge cases, and how', area: 'production-requirements', pattern: /who reviews edge cases.*how/i },
  { topic: 'integration with CRM / ERP', area: 'production-requirements', pattern: /\bCRM\b.*\bERP\b/ },
  { topic: 'integration with the existing workflow', area: 'production-requirements', pattern: /existing workflow/i },
  { topic: 'monitoring', area: 'production-requirements', pattern: /monitor in production/i },
  { topic: 'model updates and retraining', area: 'production-requirements', pattern: /updating or retraining/i },
  { topic: 'the 2am incident: who gets paged', area: 'production-requirements', pattern: /2am.*who gets paged/i },
  { topic: 'the operating owner', area: 'production-requirements', pattern: /operating owner/i },
  { topic: 'cost per query at production volume', area: 'production-requirements', pattern: /cost per query at production volume/i },
  { topic: 'storage growth over a year', area: 'production-requirements', pattern: /storage.*after a year/i },
  { topic: 'accuracy threshold as wrong outputs per day', area: 'production-requirements', pattern: /production volume.*wrong outputs per day.*accuracy/i },
  { topic: 'go / conditional go / pivot / stop', area: null, pattern: /go, conditional go, pivot or stop/i },
  { topic: 'phases, milestones, owners and exit criteria', area: 'path-to-ship', pattern: /phase.*milestone.*owns.*exit criteria/i },
  { topic: 'the full-lifecycle budget', area: 'path-to-ship', pattern: /full-lifecycle budget/i },
  { topic: 'who operates it', area: 'path-to-ship', pattern: /who operates it/i },
  { topic: 'stall: designed to succeed rather than deploy', area: 'path-to-ship', pattern: /designed to succeed as a demo or to be deployed/i },
  { topic: 'stall: only the pilot was funded', area: 'path-to-ship', pattern: /only the pilot funded/i },
  { topic: 'stall: operators not in the room', area: 'problem-fit', pattern: /operators in the room/i },
  { topic: 'stall: operators did not shape the pilot', area: 'path-to-ship', pattern: /operators help shape the pilot/i },
  { topic: 'stall: technical choices not made for production scale', area: 'path-to-ship', pattern: /technical choices made for production scale/i },
];

describe('standard week template', () => {
  const { days } = STANDARD_WEEK;

  it('has five days: the four areas in order, then the readout day', () => {
    expect(days.map((day) => day.area)).toEqual(['problem-fit', 'approach', 'production-requirements', 'path-to-ship', null]);
    expect(STANDARD_WEEK.name.trim()).not.toBe('');
    for (const day of days) expect(day.title.trim()).not.toBe('');
  });

  it('runs the sessions DESIGN.md lists for each day, each day closing on a readout', () => {
    expect(days.map((day) => workingSessions(day).map((session) => session.title))).toEqual([
      ['Kickoff', 'Current-process walkthrough', 'Value sizing', 'Success metrics', 'Non-AI alternatives', 'Stakeholder map', 'Day 1 readout'],
      ['Pilot architecture', 'Data review', 'Evaluation review', 'Model and vendor choice', 'Day 2 readout'],
      [
        'Failure modes and error cost',
        'Human review',
        'Integration map',
        'Monitoring and maintenance',
        'Ownership and on-call',
        'Security and compliance',
        'Cost at scale',
        'Day 3 readout',
      ],
      ['Readiness gaps', 'Roadmap', 'Lifecycle budget', 'Owners', 'Risks', 'Day 4 readout'],
      ['Findings review', 'Recommendation', 'Sign-off', 'Deliverables', 'Closing readout'],
    ]);
    for (const day of days) {
      const working = workingSessions(day);
      expect(working.at(-1)?.kind, day.title).toBe('readout');
      expect(working.filter((session) => session.kind === 'readout'), day.title).toHaveLength(1);
    }
  });

  it('gives every day a lunch and at least one short break', () => {
    for (const day of days) {
      const breaks = day.sessions.filter((session) => session.kind === 'break');
      expect(breaks.map((session) => session.title), day.title).toContain('Lunch');
      expect(breaks.length, day.title).toBeGreaterThanOrEqual(2);
    }
  });

  it('schedules valid, ascending, non-overlapping times within the working day', () => {
    for (const day of days) {
      let previousEnd = DAY_START;
      for (const session of day.sessions) {
        const start = minutesOf(session.start);
        const end = minutesOf(session.end);
        expect(start, `${day.title}: ${session.title}`).toBeLessThan(end);
        expect(start, `${day.title}: ${session.title} starts before the one before it ends`).toBeGreaterThanOrEqual(previousEnd);
        expect(end, `${day.title}: ${session.title}`).toBeLessThanOrEqual(DAY_END);
        previousEnd = end;
      }
    }
  });

  it('puts working sessions on the day’s area, with the kickoff and breaks on none', () => {
    for (const day of days) {
      for (const session of day.sessions) {
        const expected = session.kind === 'break' || session.title === 'Kickoff' ? null : day.area;
        expect(session.area, `${day.title}: ${session.title}`).toBe(expected);
      }
    }
  });

  it('gives every session a one-sentence goal and 3–6 questions, and breaks neither', () => {
    for (const day of days) {
      for (const session of day.sessions) {
        const label = `${day.title}: ${session.title}`;
        if (session.kind === 'break') {
          expect(session.questions, label).toEqual([]);
          expect(session.goal, label).toBe('');
          continue;
        }
        expect(session.goal, label).toMatch(/^[A-Z][^.?!]*\.$/);
        expect(session.questions.length, label).toBeGreaterThanOrEqual(3);
        expect(session.questions.length, label).toBeLessThanOrEqual(6);
        for (const question of session.questions) expect(question.text, label).toMatch(/^[A-Z].*\?$/);
      }
    }
  });

  it('asks no question twice', () => {
    const texts = days.flatMap((day) => day.sessions.flatMap((session) => session.questions.map((question) => question.text)));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('cites only known frameworks, each with a reference in that framework’s own form', () => {
    const sources = days.flatMap((day) => day.sessions.flatMap((session) => session.questions.flatMap((question) => question.source ?? [])));
    expect(sources.length).toBeGreaterThan(0);
    for (const { framework, ref } of sources) {
      expect(Object.keys(KNOWN_REFS), ref).toContain(framework);
      expect(ref.trim(), framework).not.toBe('');
      expect(KNOWN_REFS[framework](ref), `${framework} "${ref}"`).toBe(true);
    }
  });

  it.each(COVERAGE)('raises "$topic" on the $area day', ({ area, pattern }) => {
    const questions = days
      .filter((day) => day.area === area)
      .flatMap((day) => day.sessions.flatMap((session) => session.questions.map((question) => question.text)));
    expect(questions.some((text) => pattern.test(text)), String(pattern)).toBe(true);
  });
});
