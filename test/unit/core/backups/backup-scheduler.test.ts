import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_EVERY_MS, createBackupScheduler, DAY_MS, HOUR_MS } from '../../../../electron/core/backups/backup-scheduler';
import type { AppRuntime } from '../../../../electron/core/start-app-core';
import { fakeClock } from '../../helpers/clock';
import { useTestRuntime } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const start = useTestRuntime();

function addEngagement(runtime: AppRuntime, clientName: string): void {
  runtime.handlers()['engagements:create']({ clientName, pilotName: 'Pilot', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
}

function count(runtime: AppRuntime, kind: string): number {
  return readdirSync(runtime.backupsFolder).filter((name) => name.includes(`-${kind}-`)).length;
}

describe('the backup scheduler', () => {
  it('takes an hourly backup only when the data changed since the last one, and a daily one each day', async () => {
    const clock = fakeClock();
    const { runtime } = start({ userDataDir: tempDir(), now: clock.now });
    const failures: unknown[] = [];
    const scheduler = createBackupScheduler({ target: runtime, now: clock.now, every: () => () => undefined, onFailure: (e) => failures.push(e) });

    expect((await scheduler.tick()).map((b) => b.kind)).toEqual(['daily']);

    addEngagement(runtime, 'Acme');
    clock.advance(CHECK_EVERY_MS);
    expect((await scheduler.tick()).map((b) => b.kind)).toEqual(['hourly']);

    clock.advance(2 * HOUR_MS);
    expect((await scheduler.tick())).toEqual([]);

    addEngagement(runtime, 'Globex');
    clock.advance(CHECK_EVERY_MS);
    expect((await scheduler.tick()).map((b) => [b.kind, b.counts.engagements])).toEqual([['hourly', 2]]);

    addEngagement(runtime, 'Initech');
    clock.advance(CHECK_EVERY_MS);
    expect((await scheduler.tick())).toEqual([]);

    clock.advance(DAY_MS);
    expect((await scheduler.tick()).map((b) => b.kind)).toEqual(['hourly', 'daily']);
    expect([count(runtime, 'hourly'), count(runtime, 'daily')]).toEqual([3, 2]);
    expect(failures).toEqual([]);
  });

  it('runs on the injected timer until stopped, and reports a failed backup instead of hiding it', async () => {
    const clock = fakeClock();
    const { runtime } = start({ userDataDir: tempDir(), now: clock.now });
    const timers: { ms: number; task: () => void; cancelled: boolean }[] = [];
    const failures: [string, string][] = [];
    const scheduler = createBackupScheduler({
      target: {
        ...runtime,
        changeMarker: () => runtime.changeMarker(),
        latestBackupAt: (kind) => runtime.latestBackupAt(kind),
        backup: () => Promise.reject(new Error('disk unplugged')),
      },
      now: clock.now,
      every: (ms, task) => {
        const timer = { ms, task, cancelled: false };
        timers.push(timer);
        return () => {
          timer.cancelled = true;
        };
      },
      onFailure: (error, kind) => failures.push([kind, (error as Error).message]),
    });
    scheduler.start();
    scheduler.start();
    expect(timers.map((t) => t.ms)).toEqual([CHECK_EVERY_MS]);
    timers[0]!.task();
    await expect.poll(() => failures).toEqual([['daily', 'disk unplugged']]);
    scheduler.stop();
    expect(timers[0]!.cancelled).toBe(true);
  });
});
