import { describe, expect, it } from 'vitest';
import type { Assessment, CriterionEvidence, CriterionScoreRecord } from '../../../shared/domain/assessment';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import { fakeClock } from '../helpers/clock';
import { TRUSTED, useTestCore, type TestCore } from '../helpers/core';

const newCore = useTestCore();

async function call<T>(dispatch: TestCore['dispatch'], channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(TRUSTED, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function withEngagement() {
  const clock = fakeClock();
  const test = newCore({ now: clock.now });
  const engagement = await call<Engagement>(test.dispatch, 'engagements:create', { clientName: 'Acme', pilotName: 'Claims', weekStart: '2026-03-02' });
  return { ...test, clock, engagementId: engagement.id };
}

function count(test: TestCore, table: string): number {
  return test.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('assessment', () => {
  it('starts empty: every criterion, test and cause unscored', async () => {
    const { dispatch, engagementId } = await withEngagement();
    expect(await call(dispatch, 'assessment:get', { engagementId })).toEqual({ engagementId, criteria: [], evidence: [], mlTests: [], causes: [] });
  });

  it('stores a criterion score, then a comment without losing the score, then clears the score', async () => {
    const test = await withEngagement();
    const { dispatch, engagementId, core, clock } = test;
    const first = await call<CriterionScoreRecord>(dispatch, 'assessment:score-criterion', { engagementId, criterionId: 'pr-incident-response', score: 'partly' });
    expect(first).toMatchObject({ engagementId, criterionId: 'pr-incident-response', score: 'partly', comment: '', deviceId: core.deviceId });

    clock.advance(60_000);
    const second = await call<CriterionScoreRecord>(dispatch, 'assessment:score-criterion', {
      engagementId,
      criterionId: 'pr-incident-response',
      comment: '  Nobody is paged after 6pm.  ',
    });
    expect(second).toMatchObject({ id: first.id, score: 'partly', comment: 'Nobody is paged after 6pm.', createdAt: first.createdAt });
    expect(second.updatedAt > first.updatedAt).toBe(true);

    await call(dispatch, 'assessment:score-criterion', { engagementId, criterionId: 'pr-incident-response', score: null });
    expect(core.db.prepare('SELECT criterion_id, score, comment FROM assessment_criterion_scores').all()).toEqual([
      { criterion_id: 'pr-incident-response', score: null, comment: 'Nobody is paged after 6pm.' },
    ]);
    expect(count(test, 'assessment_criterion_scores')).toBe(1);
  });

  it('stores ML Test Score points (half points included) and purgatory ratings, and returns them all from get', async () => {
    const { dispatch, engagementId } = await withEngagement();
    await call(dispatch, 'assessment:score-ml-test', { engagementId, testId: 'data-1', points: 0.5 });
    await call(dispatch, 'assessment:score-ml-test', { engagementId, testId: 'infra-7', points: 1, comment: 'Blue/green deploys' });
    await call(dispatch, 'assessment:rate-cause', { engagementId, causeId: 'pilot-only-budget', rating: 'major-risk', justification: 'Budget ends in June.' });
    const assessment = await call<Assessment>(dispatch, 'assessment:get', { engagementId });
    expect(assessment.mlTests.map((t) => [t.testId, t.points, t.comment])).toEqual([
      ['data-1', 0.5, ''],
      ['infra-7', 1, 'Blue/green deploys'],
    ]);
    expect(assessment.causes).toMatchObject([{ causeId: 'pilot-only-budget', rating: 'major-risk', justification: 'Budget ends in June.' }]);
  });

  it('refuses ids and values outside the catalogues as invalid input, and writes nothing', async () => {
    const test = await withEngagement();
    const { dispatch, engagementId } = test;
    const bad: [string, unknown, RegExp][] = [
      ['assessment:score-criterion', { engagementId, criterionId: 'pf-made-up', score: 'in-place' }, /no audit criterion with that id/],
      ['assessment:score-criterion', { engagementId, criterionId: 'pf-success-metrics', score: 'great' }, /Choose not in place/],
      ['assessment:score-criterion', { engagementId, criterionId: 'pf-success-metrics' }, /Give a score, a comment or both/],
      ['assessment:score-ml-test', { engagementId, testId: 'data-8', points: 1 }, /no ML Test Score test/],
      ['assessment:score-ml-test', { engagementId, testId: 'data-1', points: 2 }, /0, 0.5 or 1/],
      ['assessment:rate-cause', { engagementId, causeId: 'bad-luck', rating: 'major-risk' }, /no pilot-purgatory cause/],
      ['assessment:rate-cause', { engagementId, causeId: 'wrong-owners', rating: 'catastrophic' }, /Choose not a risk/],
      ['assessment:get', { engagementId: 'not-a-uuid' }, /valid id/],
    ];
    for (const [channel, payload, message] of bad) {
      const result = await dispatch(TRUSTED, channel, payload);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
    }
    for (const table of ['assessment_criterion_scores', 'assessment_ml_test_scores', 'assessment_cause_ratings']) expect(count(test, table)).toBe(0);
  });

  it('says an engagement that does not exist was not found', async () => {
    const { dispatch } = newCore();
    const missing = '7b0a9a52-3c1e-4a53-9d55-0d7c4f7a1a11';
    expect(await dispatch(TRUSTED, 'assessment:get', { engagementId: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(TRUSTED, 'assessment:score-criterion', { engagementId: missing, criterionId: 'ps-recommendation', score: 'in-place' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/no longer exists/) },
    });
  });

  it('keeps each engagement’s assessment apart, and deletes it with its engagement', async () => {
    const test = await withEngagement();
    const { dispatch, engagementId } = test;
    const other = await call<Engagement>(dispatch, 'engagements:create', { clientName: 'Other', pilotName: 'X', weekStart: '2026-04-06' });
    await call(dispatch, 'assessment:score-criterion', { engagementId, criterionId: 'ps-lifecycle-budget', score: 'not-in-place' });
    await call(dispatch, 'assessment:score-ml-test', { engagementId, testId: 'model-5', points: 0 });
    await call(dispatch, 'assessment:rate-cause', { engagementId, causeId: 'designed-to-demo', rating: 'unknown' });
    await call(dispatch, 'assessment:score-criterion', { engagementId: other.id, criterionId: 'ps-lifecycle-budget', score: 'in-place' });

    expect((await call<Assessment>(dispatch, 'assessment:get', { engagementId: other.id })).criteria.map((c) => c.score)).toEqual(['in-place']);
    await call(dispatch, 'engagements:delete', { id: engagementId });
    expect(count(test, 'assessment_criterion_scores')).toBe(1);
    expect(count(test, 'assessment_ml_test_scores')).toBe(0);
    expect(count(test, 'assessment_cause_ratings')).toBe(0);
  });

  it('links notes and findings as criterion evidence, hides deleted ones, and removes links', async () => {
    const test = await withEngagement();
    const { dispatch, engagementId } = test;
    const note = await call<Note>(dispatch, 'notes:create', { engagementId, day: 2, text: 'Value was never sized' });
    const finding = await call<Finding>(dispatch, 'findings:create', { engagementId, title: 'No business case', area: 'problem-fit', day: 1 });
    const criterionId = 'pf-value-quantified';
    const byNote = await call<CriterionEvidence>(dispatch, 'assessment:add-evidence', { engagementId, criterionId, kind: 'note', targetId: note.id });
    expect(byNote).toMatchObject({ criterionId, kind: 'note', targetId: note.id, label: note.ref });
    const again = await call<CriterionEvidence>(dispatch, 'assessment:add-evidence', { engagementId, criterionId, kind: 'note', targetId: note.id });
    expect(again.id).toBe(byNote.id);
    await call(dispatch, 'assessment:add-evidence', { engagementId, criterionId, kind: 'finding', targetId: finding.id });

    const assessment = await call<Assessment>(dispatch, 'assessment:get', { engagementId });
    expect(assessment.criteria).toMatchObject([{ criterionId, score: null }]);
    expect(assessment.evidence.map((e) => [e.kind, e.label])).toEqual([
      ['note', note.ref],
      ['finding', 'No business case'],
    ]);

    await call(dispatch, 'findings:delete', { id: finding.id });
    const afterDelete = await call<Assessment>(dispatch, 'assessment:get', { engagementId });
    expect(afterDelete.evidence.map((e) => e.label)).toEqual([note.ref]);

    await call(dispatch, 'assessment:remove-evidence', { engagementId, evidenceId: byNote.id });
    expect((await call<Assessment>(dispatch, 'assessment:get', { engagementId })).evidence).toEqual([]);
    // The removed link stays as a tombstone, so a co-facilitator merge keeps it removed.
    expect(count(test, 'criterion_evidence WHERE deleted_at IS NULL')).toBe(1);
    expect(count(test, 'criterion_evidence WHERE deleted_at IS NOT NULL')).toBe(1);
  });

  it('refuses evidence from another engagement and changes nothing', async () => {
    const test = await withEngagement();
    const other = await call<Engagement>(test.dispatch, 'engagements:create', { clientName: 'Other', pilotName: 'X', weekStart: '2026-03-02' });
    const note = await call<Note>(test.dispatch, 'notes:create', { engagementId: other.id, day: 1, text: 'Elsewhere' });
    const result = await test.dispatch(TRUSTED, 'assessment:add-evidence', {
      engagementId: test.engagementId,
      criterionId: 'pf-value-quantified',
      kind: 'note',
      targetId: note.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(count(test, 'criterion_evidence')).toBe(0);
    expect(count(test, 'assessment_criterion_scores')).toBe(0);
  });

  it('creates a finding from a weak criterion in one action and links it as the criterion\'s evidence', async () => {
    const test = await withEngagement();
    const { dispatch, engagementId } = test;
    const criterionId = 'pr-incident-response';
    const refused = await dispatch(TRUSTED, 'assessment:finding-from-criterion', { engagementId, criterionId, day: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(count(test, 'findings')).toBe(0);

    await call(dispatch, 'assessment:score-criterion', { engagementId, criterionId, score: 'not-in-place' });
    const made = await call<{ findingId: string; evidence: CriterionEvidence }>(dispatch, 'assessment:finding-from-criterion', { engagementId, criterionId, day: 3 });
    const board = await call<Finding[]>(dispatch, 'findings:list', { engagementId });
    expect(board).toMatchObject([{ id: made.findingId, title: 'The 2am incident: not in place', area: 'production-requirements', day: 3, kind: 'gap', severity: 'high' }]);
    expect(made.evidence).toMatchObject({ criterionId, kind: 'finding', targetId: made.findingId, label: 'The 2am incident: not in place' });

    await call(dispatch, 'assessment:score-criterion', { engagementId, criterionId: 'pf-value-quantified', score: 'partly' });
    await call(dispatch, 'assessment:finding-from-criterion', { engagementId, criterionId: 'pf-value-quantified', day: 1 });
    const partly = (await call<Finding[]>(dispatch, 'findings:list', { engagementId })).find((f) => f.area === 'problem-fit');
    expect(partly).toMatchObject({ severity: 'medium', kind: 'gap' });
  });
});
