import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { CostScenario } from '../../../../shared/domain/cost-scenario';
import type { Finding } from '../../../../shared/domain/finding';
import type { Participant } from '../../../../shared/domain/participant';
import type { PathToShip } from '../../../../shared/domain/path-to-ship';
import type { Session } from '../../../../shared/domain/session';
import { useTestCore } from '../../helpers/core';
import { caller, seedEveryTable } from '../../helpers/seed-engagement';

const newCore = useTestCore();

describe('deleted sessions, participants and cost scenarios', () => {
  it('keep a tombstone that every read skips, and a session brought back by undo loses it', async () => {
    const { core, dispatch } = newCore();
    const { engagement, call, bo } = await seedEveryTable(dispatch);
    const id = engagement.id;
    const count = (sql: string) => core.db.prepare(sql).pluck().get();
    expect(count('SELECT count(*) FROM participants WHERE deleted_at IS NOT NULL')).toBe(1);
    expect((await call<Participant[]>('participants:list', { engagementId: id })).map((p) => p.name)).toEqual(['Ana Silva', 'Bo Chen']);
    const titles = async () => (await call<Session[]>('sessions:list', { engagementId: id })).map((s) => s.title);
    expect(await titles()).toContain('Walkthrough');
    expect(await titles()).not.toContain('Cancelled');
    expect((await call<CostScenario[]>('cost:list', { engagementId: id })).map((s) => s.name)).toEqual(['Base case']);

    // A deleted participant lets go of what they owned, as the foreign keys did before.
    await call('participants:delete', { id: bo.id });
    const path = await call<PathToShip>('path:get', { engagementId: id });
    expect([path.recommendation?.decidedBy, path.phases[0]?.ownerId, path.raci]).toEqual([{ kind: 'nobody' }, null, []]);
    expect(count(`SELECT owner_id FROM findings WHERE title = 'Nobody owns the model'`)).toBeNull();
    const refused = await dispatch({ url: 'app://workshop/index.html', isMainFrame: true }, 'participants:update', { id: bo.id, name: 'Bo', function: 'data-ml' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const session = (await call<Session[]>('sessions:list', { engagementId: id })).find((s) => s.title === 'Walkthrough')!;
    const deleted = await call<Session>('sessions:delete', { id: session.id });
    expect(count(`SELECT count(*) FROM notes WHERE session_id IS NOT NULL`)).toBe(0);
    expect(await titles()).not.toContain('Walkthrough');
    await call('sessions:restore', deleted);
    expect(await titles()).toContain('Walkthrough');
    expect(count(`SELECT deleted_at FROM sessions WHERE id = '${session.id}'`)).toBeNull();
  });

  it('stay deleted when a co-facilitator’s older archive is merged, and the deletion travels to them', async () => {
    const a = newCore();
    const { engagement } = await seedEveryTable(a.dispatch);
    const file = (name: string) => path.join(path.dirname(a.dbPath), name);
    await a.core.archive.exportTo(engagement.id, file('before.auditweek'));
    const b = newCore();
    await b.core.archive.importFile(file('before.auditweek'));

    // Laptop A deletes one of each after B took its copy; B then sends its (older) archive back.
    const call = caller(a.dispatch);
    const id = engagement.id;
    const ana = (await call<Participant[]>('participants:list', { engagementId: id }))[0]!;
    const session = (await call<Session[]>('sessions:list', { engagementId: id })).find((s) => s.title === 'Walkthrough')!;
    const scenario = (await call<CostScenario[]>('cost:list', { engagementId: id }))[0]!;
    await call('participants:delete', { id: ana.id });
    await call('sessions:delete', { id: session.id });
    await call('cost:delete', { id: scenario.id });
    await b.core.archive.exportTo(id, file('from-b.auditweek'));
    await a.core.archive.importFile(file('from-b.auditweek'));
    expect((await call<Participant[]>('participants:list', { engagementId: id })).map((p) => p.name)).toEqual(['Bo Chen']);
    expect((await call<Session[]>('sessions:list', { engagementId: id })).map((s) => s.title)).not.toContain('Walkthrough');
    expect(await call<CostScenario[]>('cost:list', { engagementId: id })).toEqual([]);

    await a.core.archive.exportTo(id, file('after.auditweek'));
    await b.core.archive.importFile(file('after.auditweek'));
    const onB = caller(b.dispatch);
    expect((await onB<Participant[]>('participants:list', { engagementId: id })).map((p) => p.name)).toEqual(['Bo Chen']);
    expect((await onB<Session[]>('sessions:list', { engagementId: id })).map((s) => s.title)).not.toContain('Walkthrough');
    expect(await onB<CostScenario[]>('cost:list', { engagementId: id })).toEqual([]);
  });
});

describe('removed phases, systems and links', () => {
  it('stay removed on the other laptop after its archive is imported, importing again changes nothing, and linking again later wins', async () => {
    const a = newCore();
    const { engagement, finding, notes } = await seedEveryTable(a.dispatch);
    const id = engagement.id;
    const file = (name: string) => path.join(path.dirname(a.dbPath), name);
    await a.core.archive.exportTo(id, file('shared.auditweek'));
    const b = newCore();
    await b.core.archive.importFile(file('shared.auditweek'));

    // Laptop B removes a phase, a system, an evidence link, a criterion's evidence and a RACI letter.
    const onB = caller(b.dispatch);
    const onA = caller(a.dispatch);
    const pathOnB = await onB<PathToShip>('path:get', { engagementId: id });
    await onB('path:delete-phase', { id: pathOnB.phases.find((p) => p.name === 'Harden')!.id });
    await onB('path:delete-system', { id: pathOnB.systems.find((s) => s.name === 'SAP')!.id });
    await onB('findings:unlink-note', { findingId: finding.id, noteId: notes[0]!.id });
    const criterionEvidence = await onB<Assessment>('assessment:get', { engagementId: id });
    const noteEvidence = criterionEvidence.evidence.find((e) => e.kind === 'note')!;
    await onB('assessment:remove-evidence', { engagementId: id, evidenceId: noteEvidence.id });
    await onB('path:set-raci', { engagementId: id, responsibility: 'monitoring', participantId: pathOnB.raci[0]!.participantId, role: null });
    await b.core.archive.exportTo(id, file('from-b.auditweek'));

    const seenOnA = async () => {
      const p = await onA<PathToShip>('path:get', { engagementId: id });
      const f = (await onA<Finding[]>('findings:list', { engagementId: id })).find((x) => x.id === finding.id)!;
      const assessment = await onA<Assessment>('assessment:get', { engagementId: id });
      return {
        phases: p.phases.map((x) => x.name),
        systems: p.systems.map((x) => x.name),
        raci: p.raci.map((r) => `${r.responsibility}:${r.role}`),
        evidence: f.evidence.map((e) => e.noteId),
        criterionEvidence: assessment.evidence.map((e) => `${e.kind}:${e.targetId}`),
      };
    };
    expect(await seenOnA()).toMatchObject({ phases: ['Harden'], systems: ['SAP'], evidence: [notes[0]!.id] });
    await a.core.archive.importFile(file('from-b.auditweek'));
    const merged = await seenOnA();
    expect(merged).toEqual({ phases: [], systems: [], raci: [], evidence: [], criterionEvidence: [`finding:${finding.id}`] });

    expect(await a.core.archive.importFile(file('from-b.auditweek'))).toMatchObject({ inserted: 0, updated: 0, conflicts: [] });
    expect(await seenOnA()).toEqual(merged);

    // Linking again on A after B's removal is the later change, so it reaches B.
    await onA('findings:link-note', { findingId: finding.id, noteId: notes[0]!.id });
    await a.core.archive.exportTo(id, file('from-a.auditweek'));
    await b.core.archive.importFile(file('from-a.auditweek'));
    const onBFinding = (await onB<Finding[]>('findings:list', { engagementId: id })).find((x) => x.id === finding.id)!;
    expect(onBFinding.evidence.map((e) => e.noteId)).toEqual([notes[0]!.id]);
  });
});

describe('a system removed and named again', () => {
  it('comes back as the same record, so both laptops still match it by name', async () => {
    const { core, dispatch } = newCore();
    const { engagement } = await seedEveryTable(dispatch);
    const call = caller(dispatch);
    const sap = (await call<PathToShip>('path:get', { engagementId: engagement.id })).systems.find((s) => s.name === 'SAP')!;
    await call('path:delete-system', { id: sap.id });
    const again = await call<PathToShip>('path:save-system', { engagementId: engagement.id, name: 'sap' });
    expect(again.systems.map((s) => [s.id, s.name])).toEqual([[sap.id, 'sap']]);
    expect(core.db.prepare("SELECT count(*) FROM path_systems WHERE name = 'sap' COLLATE NOCASE").pluck().get()).toBe(1);
  });
});
