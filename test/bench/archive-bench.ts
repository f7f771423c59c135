import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startAppCore, type AppRuntime } from '../../electron/core/start-app-core';
import { backgroundWorkerScript } from '../support/background-worker-script';
import type { BenchModule, BenchRow } from './bench-types';
import { row } from './rows';
import { seedWorkspace, type SeededWorkspace } from './seed-data';
import { importThroughWindow, type WindowImport } from './archive-window';
import { summarize } from './stats';

interface Timed {
  ms: number;
  /** The longest the main thread's event loop was held up while the operation ran. */
  stallMs: number;
}

/** Runs `operation` with the main thread's event loop watched every 10 ms, as the window's events would be. */
async function watched(operation: () => Promise<unknown>): Promise<Timed> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  await operation();
  const ms = performance.now() - started;
  delay.disable();
  return { ms, stallMs: delay.max / 1e6 };
}

function walBytes(runtime: AppRuntime): number {
  try {
    return statSync(`${runtime.dbPath}-wal`).size;
  } catch {
    return 0;
  }
}

interface Round {
  export: Timed;
  preview: Timed;
  import: Timed;
  walMb: number;
}

/** One export of the workspace's engagement to a file, its preview and its import into an empty data folder. */
async function round(ws: SeededWorkspace, folder: string): Promise<Round> {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'engagement.auditweek');
  const core = ws.runtime.core()!;
  const exported = await watched(() => core.archive.exportTo(ws.engagement.id, file));
  const target = startAppCore({ userDataDir: path.join(folder, 'laptop'), appVersion: '0.0.0-bench', backgroundWorker: backgroundWorkerScript() });
  try {
    const archive = target.core()!.archive;
    const preview = await watched(async () => {
      const staged = await archive.stage(file);
      if (staged.errors.length > 0) throw new Error(`The archive was refused: ${staged.errors.join(' ')}`);
    });
    const imported = await watched(async () => {
      const report = await archive.importFile(file);
      if (!report.created) throw new Error('The import merged into an engagement the fresh laptop should not hold.');
    });
    return { export: exported, preview, import: imported, walMb: walBytes(target) / 1024 / 1024 };
  } finally {
    target.close();
  }
}

/** The same watch over an idle main thread: what the machine's own load costs the event loop. */
async function idleStall(): Promise<number> {
  return (await watched(() => new Promise((resolve) => setTimeout(resolve, 3000)))).stallMs;
}

function rows(label: string, idPrefix: string, rounds: readonly Round[], idle: readonly number[], importTargetMs: number | null): BenchRow[] {
  const of = (pick: (r: Round) => number) => summarize(rounds.map(pick));
  const stall = of((r) => Math.max(r.export.stallMs, r.preview.stallMs, r.import.stallMs));
  const importTime = of((r) => r.import.ms);
  const wal = of((r) => r.walMb);
  return [
    row({ id: `${idPrefix}.export`, measurement: `Export an archive of ${label} to a file`, summary: of((r) => r.export.ms), target: 'completes', met: true }),
    row({ id: `${idPrefix}.preview`, measurement: `Preview that archive on an empty laptop (read, check, compare)`, summary: of((r) => r.preview.ms), target: 'completes', met: true }),
    row({
      id: `${idPrefix}.import`,
      measurement: `Import that archive on an empty laptop (read, check, plan, write)`,
      summary: importTime,
      target: importTargetMs === null ? 'completes' : `< ${importTargetMs / 1000} s`,
      met: importTargetMs === null || importTime.max < importTargetMs,
    }),
    row({
      id: `${idPrefix}.main-thread-stall`,
      measurement: `Longest main-thread stall during the export, preview or import of ${label}`,
      summary: stall,
      reference: { label: 'idle for 3 s', summary: summarize(idle) },
      target: '< 200 ms',
      met: stall.max < 200,
    }),
    row({ id: `${idPrefix}.wal-after-import`, measurement: 'Write-ahead log left after the import', unit: 'MB', summary: wal, target: '< 1 MB', met: wal.max < 1 }),
  ];
}

/**
 * An engagement's archive exported, previewed and imported through the core as the archive
 * channels run them (files read and written on the background thread), timed, with the main
 * thread's event loop watched throughout. 100,000 notes always; a million when
 * BENCH_ARCHIVE_MILLION=1 (its seeding alone takes many minutes).
 */
export const archiveBench: BenchModule = {
  name: 'archive',
  async run(ctx): Promise<BenchRow[]> {
    const large = await ctx.large();
    const rounds: Round[] = [];
    const idle: number[] = [];
    for (let i = 0; i < (ctx.quick ? 1 : 2); i++) {
      rounds.push(await round(large, path.join(ctx.scratchDir, `archive-${i}`)));
      idle.push(await idleStall());
    }
    const label = `${large.noteCount.toLocaleString('en')} notes`;
    const windowRounds: WindowImport[] = [];
    const exported = path.join(ctx.scratchDir, 'archive-0', 'engagement.auditweek');
    for (let i = 0; i < (ctx.quick ? 1 : 3); i++) {
      windowRounds.push(await importThroughWindow(await ctx.browser(), exported, path.join(ctx.scratchDir, `archive-window-${i}`)));
    }
    const longest = summarize(windowRounds.map((r) => r.longestTaskMs));
    const result = [
      ...rows(label, 'archive.100k', rounds, idle, 10_000),
      row({
        id: 'archive.100k.window-longest-task',
        measurement: `Longest task in the window while it imports an archive of ${label}, from the click to the report (Chromium reports only tasks over 50 ms: 0 means none; ${Math.max(...windowRounds.map((r) => r.longTasks))} such tasks at most, ${Math.min(...windowRounds.map((r) => r.progressEvents))} progress events drawn at least)`,
        summary: longest,
        target: '< 100 ms',
        met: longest.max < 100,
      }),
    ];
    if (process.env.BENCH_ARCHIVE_MILLION !== '1') return result;
    const million = await seedWorkspace(ctx.scratchDir, 'archive-million', { seed: 3, notes: 1_000_000, findings: 2_000, participants: 50, withEmpty: false });
    try {
      const once = await round(million, path.join(ctx.scratchDir, 'archive-million-round'));
      return [...result, ...rows('1,000,000 notes', 'archive.1m', [once], [await idleStall()], null)];
    } finally {
      million.close();
    }
  },
};
