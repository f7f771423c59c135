import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../../shared/ipc/result';
import { TRUSTED, useTestCore } from '../../helpers/core';
import { seedEngagement } from '../../helpers/seed-engagement';

const newCore = useTestCore();

describe('an engagement archive', () => {
  it('carries the findings board to another laptop', async () => {
    const source = newCore();
    const { engagement } = await seedEngagement(source.dispatch);
    const created = (await source.dispatch(TRUSTED, 'findings:create', {
      engagementId: engagement.id,
      title: 'Nobody is paged at night',
      area: 'production-requirements',
      day: 3,
      severity: 'critical',
    })) as IpcResult<{ id: string }>;
    expect(created.ok).toBe(true);
    const file = path.join(path.dirname(source.dbPath), 'board.auditweek');
    await source.core.archive.exportTo(engagement.id, file);

    const target = newCore();
    const staged = await target.core.archive.stage(file);
    const imported = await target.dispatch(TRUSTED, 'archive:import', { token: staged.token });
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    expect(target.core.db.prepare('SELECT title, area, day, severity FROM findings').all()).toEqual([
      { title: 'Nobody is paged at night', area: 'production-requirements', day: 3, severity: 'critical' },
    ]);
  });
});
