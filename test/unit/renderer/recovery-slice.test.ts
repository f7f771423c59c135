import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { ApiError, createApiClient } from '../../../renderer/lib/api-client';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { TRUSTED, useTestRuntime } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { damageTableRows } from '../helpers/damage-index';

const tempDir = useTempDir();
const start = useTestRuntime();

function storeOver(userDataDir: string) {
  const { dispatch } = start({ userDataDir });
  const bridge: Bridge = { invoke: (channel, payload) => dispatch(TRUSTED, channel, payload), on: () => () => undefined };
  return createAppStore(createApiClient(bridge));
}

describe('recovery slice', () => {
  it('after a repair that cannot mend the file, leaves the app on the recovery screen, which no longer offers the repair', async () => {
    const dir = tempDir();
    const healthy = start({ userDataDir: dir }).runtime;
    for (let i = 0; i < 60; i += 1) {
      healthy.handlers()['engagements:create']({ clientName: `Client ${i} ${'x'.repeat(120)}`, pilotName: 'P', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 1 } });
    }
    healthy.close();
    damageTableRows(healthy.dbPath, 'engagements');

    const store = storeOver(dir);
    await store.getState().loadRecoveryStatus();
    expect(store.getState().recoveryStatus).toMatchObject({ reason: 'damaged', canRepair: true });
    await expect(store.getState().repairData()).rejects.toThrow('could not be repaired');
    expect(store.getState()).toMatchObject({ appMode: 'recovery', recoveryStatus: { reason: 'damaged', canRepair: false } });
  });

  it('starts checking, learns the mode, and after a restore is in normal mode on the engagements list', async () => {
    const dir = tempDir();
    const healthy = start({ userDataDir: dir }).runtime;
    healthy.handlers()['engagements:create']({ clientName: 'Acme', pilotName: 'Triage', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
    await healthy.backup('manual');
    healthy.close();
    const fd = openSync(healthy.dbPath, 'r+');
    writeSync(fd, Buffer.from('Not a database!!', 'latin1'), 0, 16, 0);
    closeSync(fd);

    const store = storeOver(dir);
    expect(store.getState().appMode).toBe('checking');
    await store.getState().loadRecoveryStatus();
    expect(store.getState()).toMatchObject({ appMode: 'recovery', recoveryStatus: { reason: 'damaged' } });
    await store.getState().loadBackups();
    const [backup] = store.getState().backups;
    expect(backup).toMatchObject({ kind: 'manual', counts: { engagements: 1 } });

    await store.getState().restoreBackup(backup!.id);
    expect(store.getState()).toMatchObject({ appMode: 'normal', route: { name: 'engagements' } });
    await store.getState().loadEngagements();
    expect(store.getState().engagements.map((e) => e.clientName)).toEqual(['Acme']);
  });

  it('backs up now, and turns a failed backup into an error with words for the user', async () => {
    const dir = tempDir();
    const store = storeOver(dir);
    await store.getState().loadRecoveryStatus();
    expect(store.getState().appMode).toBe('normal');
    expect((await store.getState().backUpNow()).kind).toBe('manual');

    rmSync(path.join(dir, 'backups'), { recursive: true });
    writeFileSync(path.join(dir, 'backups'), 'a file where the folder should be');
    const error = await store.getState().backUpNow().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'backup_failed', message: expect.stringContaining('cannot be written to') });
  });
});
