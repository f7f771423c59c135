import { describe, expect, it } from 'vitest';
import { decodeArchive } from '../../support/archive-bytes';
import { createAppCore } from '../../../electron/core/create-app-core';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { buildSampleArchive } from '../../../electron/core/sample/build-sample-archive';
import { validateArchiveContent } from '../../../shared/archive/validate-archive';
import type { Assessment } from '../../../shared/domain/assessment';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import type { Participant } from '../../../shared/domain/participant';
import type { PathToShip } from '../../../shared/domain/path-to-ship';
import type { Session } from '../../../shared/domain/session';
import { checkRaci, raciRows } from '../../../shared/path-to-ship/raci';
import { SAMPLE_CONTENT } from '../../../shared/sample/sample-content';
import { useTestCore } from '../helpers/core';
import { caller } from '../helpers/seed-engagement';

const newCore = useTestCore();
const allNotes = SAMPLE_CONTENT.days.flatMap((d) => d.sessions.flatMap((s) => s.notes.map((n) => ({ ...n, day: d.day }))));

/** The engagement's live notes on every day of its week, read as the app reads them, a day at a time. */
async function everyNote(call: ReturnType<typeof caller>, engagementId: string): Promise<Note[]> {
  const days = await Promise.all([1, 2, 3, 4, 5].map((day) => call<Note[]>('notes:list', { engagementId, day })));
  return days.flat();
}

async function loadSample() {
  const test = newCore();
  const call = caller(test.dispatch);
  const loaded = await call<{ engagementId: string; created: boolean }>('sample:load', {});
  return { ...test, call, loaded, id: loaded.engagementId };
}

describe('the sample engagement', () => {
  it('builds an archive that passes the import validation', async () => {
    const built = await buildSampleArchive(
      SAMPLE_CONTENT,
      (scratch) => createAppCore({ dbPath: ':memory:', appVersion: '1.2.3', ...scratch }),
    );
    const { header, content } = decodeArchive(built.bytes, LATEST_SCHEMA_VERSION);
    expect(header.engagementId).toBe(built.refs.engagementId);
    const validation = validateArchiveContent(content);
    expect(validation.ok ? [] : validation.errors).toEqual([]);
  });

  it('loads into the user’s database with every record the content describes', async () => {
    const { call, loaded, id } = await loadSample();
    expect(loaded.created).toBe(true);

    const engagement = await call<Engagement>('engagements:get', { id });
    expect(engagement).toMatchObject({ clientName: 'Halden Industrial Supply', weekStart: '2026-03-09', dayCount: 5, status: 'complete' });

    const participants = await call<Participant[]>('participants:list', { engagementId: id });
    expect(participants.map((p) => p.name).sort()).toEqual(SAMPLE_CONTENT.participants.map((p) => p.name).sort());

    const notes = await everyNote(call, id);
    expect(notes).toHaveLength(allNotes.length);
    expect(allNotes.length).toBeGreaterThanOrEqual(120);
    expect(notes.filter((n) => n.visibility === 'facilitator')).toHaveLength(allNotes.filter((n) => n.visibility === 'facilitator').length);
    for (const day of [1, 2, 3, 4, 5]) {
      expect(notes.filter((n) => n.day === day), `day ${day}`).toHaveLength(allNotes.filter((n) => n.day === day).length);
    }
    // Captured at the moment the content says, on the right day of the week, in local time.
    const first = notes.find((n) => n.ref === 'D1-001')!;
    expect(first.text).toBe(allNotes[0]!.text);
    const capturedAt = new Date(first.capturedAt);
    expect([capturedAt.getFullYear(), capturedAt.getMonth() + 1, capturedAt.getDate(), capturedAt.getHours(), capturedAt.getMinutes()]).toEqual([2026, 3, 9, 9, 7]);
    expect(notes.find((n) => n.text === allNotes.find((a) => a.day === 3 && a.by === 'elif')!.text)!.speakerName).toBe('Elif Kaya');

    const sessions = await call<Session[]>('sessions:list', { engagementId: id });
    expect(sessions.filter((s) => s.kind !== 'break').every((s) => s.status === 'done')).toBe(true);

    const findings = await call<Finding[]>('findings:list', { engagementId: id });
    expect(findings.map((f) => f.title).sort()).toEqual(SAMPLE_CONTENT.findings.map((f) => f.title).sort());
    for (const f of SAMPLE_CONTENT.findings) {
      const stored = findings.find((x) => x.title === f.title)!;
      expect(stored.evidence, f.title).toHaveLength(f.evidence.length);
      // Client findings cite only notes the client may see, or the report would cite what it hides.
      expect(stored.evidence.every((e) => e.visibility === 'client'), f.title).toBe(true);
    }

    const assessment = await call<Assessment>('assessment:get', { engagementId: id });
    expect(assessment.criteria.filter((c) => c.score !== null)).toHaveLength(SAMPLE_CONTENT.assessment.criteria.length);
    const evidenceCount = SAMPLE_CONTENT.assessment.criteria.reduce((n, c) => n + (c.notes?.length ?? 0) + (c.findings?.length ?? 0), 0);
    expect(assessment.evidence).toHaveLength(evidenceCount);
    expect(assessment.mlTests.filter((t) => t.points !== null)).toHaveLength(28);
    expect(assessment.causes).toHaveLength(4);

    const scenarios = await call<CostScenario[]>('cost:list', { engagementId: id });
    expect(scenarios.map((s) => s.name)).toEqual(SAMPLE_CONTENT.costScenarios.map((s) => s.name));
    expect(scenarios[0]!.inputs.productionVolumePerDay).toBe(1200);

    const path = await call<PathToShip>('path:get', { engagementId: id });
    expect(path.recommendation?.decision).toBe('conditional-go');
    expect(path.recommendation?.conditions).toHaveLength(SAMPLE_CONTENT.pathToShip.recommendation.conditions.length);
    expect(path.phases.map((p) => p.name)).toEqual(SAMPLE_CONTENT.pathToShip.phases.map((p) => p.name));
    const titleOf = new Map(findings.map((f) => [f.id, f.title]));
    const findingTitle = (key: string) => SAMPLE_CONTENT.findings.find((f) => f.key === key)?.title;
    expect(path.recommendation?.findingIds.map((f) => titleOf.get(f))).toEqual(SAMPLE_CONTENT.pathToShip.recommendation.findings.map(findingTitle));
    expect(path.phases.map((p) => p.findingIds.length)).toEqual(SAMPLE_CONTENT.pathToShip.phases.map((p) => p.findings.length));
    expect(path.systems.map((s) => s.name)).toEqual(SAMPLE_CONTENT.pathToShip.systems);
    expect(path.raci).toHaveLength(SAMPLE_CONTENT.pathToShip.raci.length);
    // The one deliberate gap: nobody is responsible or accountable for retraining.
    const gaps = checkRaci(raciRows(path.systems), path.raci).filter((row) => row.problems.length > 0);
    expect(gaps.map((g) => [g.key, g.problems])).toEqual([['retraining', ['no-responsible', 'no-accountable']]]);
  });

  it('opens the copy already there instead of loading a second one', async () => {
    const { call, id } = await loadSample();
    await call('notes:create', { engagementId: id, day: 5, text: 'My own note on the sample' });
    const again = await call<{ engagementId: string; created: boolean }>('sample:load', {});
    expect(again).toEqual({ engagementId: id, created: false });
    expect(await call<Engagement[]>('engagements:list', {})).toHaveLength(1);
    expect(await everyNote(call, id)).toHaveLength(allNotes.length + 1);
  });

  it('can be loaded again after the first copy was deleted', async () => {
    const { call, id } = await loadSample();
    await call('engagements:delete', { id });
    const again = await call<{ engagementId: string; created: boolean }>('sample:load', {});
    expect(again).toEqual({ engagementId: id, created: true });
    expect(await everyNote(call, id)).toHaveLength(allNotes.length);
  });
});
