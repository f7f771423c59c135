import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { flushWhileWriting } from '../../../../electron/core/background/file-flusher';
import { useTestRuntime } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';

/** Every file the flusher opened, with how often it flushed it and whether it closed it again. */
const opened = vi.hoisted(() => [] as { path: string; flushes: number; closed: boolean }[]);

vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>): Promise<FileHandle> => {
      const handle = await actual.open(...args);
      const record = { path: String(args[0]), flushes: 0, closed: false };
      opened.push(record);
      const datasync = handle.datasync.bind(handle);
      const close = handle.close.bind(handle);
      return Object.assign(handle, {
        datasync: async () => {
          record.flushes += 1;
          return datasync();
        },
        close: async () => {
          record.closed = true;
          return close();
        },
      });
    },
  };
});

/** Each file the background thread's host was asked to flush, and whether the flushing was stopped. */
const asked = vi.hoisted(() => [] as { path: string; stopped: boolean }[]);

vi.mock('../../../../electron/core/background/file-flusher', async (original) => {
  const actual = await original<typeof import('../../../../electron/core/background/file-flusher')>();
  return {
    ...actual,
    flushWhileWriting: (filePath: string) => {
      const record = { path: filePath, stopped: false };
      asked.push(record);
      const stop = actual.flushWhileWriting(filePath);
      return () => {
        record.stopped = true;
        return stop();
      };
    },
  };
});

const tempDir = useTempDir();
const start = useTestRuntime();

describe('flushing a large file while another thread writes it', () => {
  it('waits for the file to appear, flushes it as it grows, and closes it when stopped', async () => {
    const file = path.join(tempDir(), 'copy.partial');
    const stop = flushWhileWriting(file);
    writeFileSync(file, 'x'.repeat(4096));
    await expect.poll(() => opened.find((o) => o.path === file)?.flushes ?? 0).toBeGreaterThan(1);
    await stop();
    expect(opened.find((o) => o.path === file)).toMatchObject({ closed: true });
  });

  it('stops quietly when the file never appeared', async () => {
    const file = path.join(tempDir(), 'never.partial');
    await flushWhileWriting(file)();
    expect(existsSync(file)).toBe(false);
    expect(opened.some((o) => o.path === file)).toBe(false);
  });

  it('is what a backup on the background thread gets for its copy, until the backup is done', async () => {
    const { runtime } = start({ userDataDir: tempDir() });
    runtime.handlers()['engagements:create']({ clientName: 'Acme', pilotName: 'Pilot', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
    await runtime.backup('manual');
    const [backup] = readdirSync(runtime.backupsFolder);
    expect(asked.filter((a) => a.path.startsWith(runtime.backupsFolder))).toEqual([{ path: path.join(runtime.backupsFolder, `${backup}.partial`), stopped: true }]);
  });
});
