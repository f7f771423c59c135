import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { backgroundWorkerScript } from '../support/background-worker-script';
import type { BenchModule, BenchRow } from './bench-types';
import type { SeededWorkspace } from './seed-data';
import { row } from './rows';
import { summarize } from './stats';

const run = promisify(execFile);
const NODE_MODULES = path.resolve('node_modules');

interface Start {
  interactiveMs: number;
  checkedMs: number;
  state: string;
}

async function bundleChild(scratchDir: string): Promise<string> {
  const outfile = path.join(scratchDir, 'startup-child.cjs');
  await build({
    entryPoints: [path.resolve('test/bench/startup-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

async function startOnce(script: string, ws: SeededWorkspace): Promise<Start> {
  const { stdout } = await run(process.execPath, [script, ws.userDataDir, backgroundWorkerScript()], { env: { ...process.env, NODE_PATH: NODE_MODULES } });
  const start = JSON.parse(stdout.trim()) as Start;
  if (start.state !== 'passed') throw new Error(`The data file's check answered "${start.state}"; the bench data is damaged.`);
  return start;
}

async function starts(script: string, ws: SeededWorkspace, count: number): Promise<Start[]> {
  const result: Start[] = [];
  for (let i = 0; i < count; i++) result.push(await startOnce(script, ws));
  return result;
}

/**
 * A cold start of the core in a fresh process (the operating system's file cache is warm, as on a
 * laptop that ran the app before): from the process's start until the first screen's questions are
 * answered, and until the background check of the whole file has answered.
 */
export const startupBench: BenchModule = {
  name: 'startup',
  async run(ctx): Promise<BenchRow[]> {
    const script = await bundleChild(ctx.scratchDir);
    const count = ctx.quick ? 3 : 20;
    const rows: BenchRow[] = [];
    const year = await ctx.yearOfAudits();
    for (const [id, ws, engagements] of [
      ['large', await ctx.large(), 1],
      ['year', year.ws, year.engagements.length],
    ] as const) {
      const label = `${ws.noteCount.toLocaleString('en')} notes in ${engagements} engagement${engagements === 1 ? '' : 's'}`;
      const measured = await starts(script, ws, count);
      const interactive = summarize(measured.map((s) => s.interactiveMs));
      rows.push(
        row({
          id: `startup.interactive-${id}`,
          measurement: `Cold start to the first screen answered (new Node process, core, engagements, newest day), ${label}`,
          summary: interactive,
          target: '< 1.5 s',
          met: interactive.max < 1500,
        }),
        row({
          id: `startup.full-check-${id}`,
          measurement: `Background full check (integrity and foreign keys) answered after start, ${label}; capture is not held meanwhile`,
          summary: summarize(measured.map((s) => s.checkedMs)),
          target: 'reported, no target',
          met: true,
        }),
      );
    }
    return rows;
  },
};
