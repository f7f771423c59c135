import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../shared/domain/action-item';
import type { Note } from '../../../../shared/domain/note';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { reportHtml } from '../../../../shared/report/report-html';
import { NOTES, PARTICIPANTS, reportData } from './report-fixture';

const PRIVATE_ACTION: Note = { ...NOTES[0]!, id: '00000000-0000-4000-8000-000000000299', ref: 'D2-P01', day: 2, kind: 'action', text: 'SECRET-ACTION chase the sponsor', visibility: 'facilitator' };
const DECISION: Note = { ...NOTES[0]!, id: '00000000-0000-4000-8000-000000000298', ref: 'D1-003', day: 1, kind: 'decision', text: 'Keep the pilot on one supplier.' };
const id = (ref: string) => [...NOTES, PRIVATE_ACTION, DECISION].find((n) => n.ref === ref)!.id;
const followUp = (ref: string, fields: Partial<FollowUp>): FollowUp => ({ noteId: id(ref), ownerId: null, dueDay: null, status: 'open', updatedAt: '2026-03-04T10:00:00.000Z', ...fields });

// Made on Friday, day 5: an open action due on day 3 is overdue.
const data = reportData({
  notes: [...NOTES, PRIVATE_ACTION, DECISION],
  followUps: [
    followUp('D2-001', { ownerId: PARTICIPANTS[0]!.id, dueDay: 3 }),
    followUp('D2-P01', { ownerId: PARTICIPANTS[1]!.id, dueDay: 4 }),
    followUp('D1-003', { status: 'revisited' }),
  ],
});

describe('the report’s actions and decisions', () => {
  it('lists the client-visible ones with owner, due day and status, overdue as of the day it is made', () => {
    const report = buildReport(data, DEFAULT_REPORT_OPTIONS);
    expect(report.followUp.actions).toEqual([{ ref: 'D2-001', text: NOTES[2]!.text, owner: 'Maria Schmidt', due: 'Day 3', status: 'Open', overdue: true }]);
    expect(report.followUp.decisions).toEqual([{ ref: 'D1-003', text: 'Keep the pilot on one supplier.', owner: 'nobody named', due: 'no day set', status: 'Revisited', overdue: false }]);
    const html = reportHtml(report);
    expect(html).toContain('Actions and decisions');
    expect(html).toContain('Open (overdue)');
    expect(html).not.toContain('SECRET-ACTION');
  });

  it('names owners by function when names are redacted', () => {
    const report = buildReport(data, { ...DEFAULT_REPORT_OPTIONS, redactNames: true });
    expect(report.followUp.actions[0]!.owner).toBe('Operator 1');
  });

  it('leaves the chapter out when the week has neither', () => {
    const report = buildReport(reportData({ notes: NOTES.filter((n) => n.kind !== 'action') }), DEFAULT_REPORT_OPTIONS);
    expect(report.followUp).toEqual({ actions: [], decisions: [] });
    expect(reportHtml(report)).not.toContain('Actions and decisions');
  });
});
