import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostScenario } from '../../../../shared/domain/cost-scenario';
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
    a.core.archive.exportTo(engagement.id, file('before.auditweek'));
    const b = newCore();
    b.core.archive.importFile(file('before.auditweek'));

    // Laptop A deletes one of each after B took its copy; B then sends its (older) archive back.
    const call = caller(a.dispatch);
    const id = engagement.id;
    const ana = (await call<Participant[]>('participants:list', { engagementId: id }))[0]!;
    const session = (await call<Session[]>('sessions:list', { engagementId: id })).find((s) => s.title === 'Walkthrough')!;
    const scenario = (await call<CostScenario[]>('cost:list', { engagementId: id }))[0]!;
    await call('participants:delete', { id: ana.id });
    await call('sessions:delete', { id: session.id });
    await call('cost:delete', { id: scenario.id });
    b.core.archive.exportTo(id, file('from-b.auditweek'));
    a.core.archive.importFile(file('from-b.auditweek'));
    expect((await call<Participant[]>('participants:list', { engagementId: id })).map((p) => p.name)).toEqual(['Bo Chen']);
    expect((await call<Session[]>('sessions:list', { engagementId: id })).map((s) => s.title)).not.toContain('Walkthrough');
    expect(await call<CostScenario[]>('cost:list', { engagementId: id })).toEqual([]);

    a.core.archive.exportTo(id, file('after.auditweek'));
    b.core.archive.importFile(file('after.auditweek'));
    const onB = caller(b.dispatch);
    expect((await onB<Participant[]>('participants:list', { engagementId: id })).map((p) => p.name)).toEqual(['Bo Chen']);
    expect((await onB<Session[]>('sessions:list', { engagementId: id })).map((s) => s.title)).not.toContain('Walkthrough');
    expect(await onB<CostScenario[]>('cost:list', { engagementId: id })).toEqual([]);
  });
});
