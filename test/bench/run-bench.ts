import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumOrExit } from '../../build/find-chromium.cjs';
import type { BenchContext, BenchModule, BenchRow } from './bench-types';
import { archiveBench } from './archive-bench';
import { backupBench } from './backup-bench';
import { boardBench } from './board-bench';
import { captureBench } from './capture-bench';
import { createBenchDeliverablesHost, exportBench } from './export-bench';
import { firmBench } from './firm-bench';
import { jsonStoreBench } from './json-store-bench';
import { formatTable, machineInfo } from './report';
import { rendererBench } from './renderer-bench';
import { roomBench } from './room-bench';
import { searchBench } from './search-bench';
import { seedWorkspace, type SeededWorkspace } from './seed-data';
import { seedEngagements } from './seed-engagements';
import { startupBench } from './startup-bench';

/** In table order. */
const MODULES: readonly BenchModule[] = [
  captureBench,
  jsonStoreBench,
  searchBench,
  rendererBench,
  boardBench,
  exportBench,
  startupBench,
  backupBench,
  archiveBench,
  roomBench,
  firmBench,
];

function lazy<T>(create: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => (value ??= create());
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const modules = only ? MODULES.filter((m) => only.includes(m.name)) : MODULES;
  const scratchDir = mkdtempSync(path.join(tmpdir(), 'audit-workshop-bench-'));
  const opened: SeededWorkspace[] = [];
  let browser: Browser | null = null;
  const launchBrowser = lazy(async () => {
    browser = await chromium.launch({ executablePath: chromiumOrExit().executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    return browser;
  });
  const seeded = (name: string, spec: Parameters<typeof seedWorkspace>[2]) =>
    lazy(async () => {
      const started = performance.now();
      const ws = await seedWorkspace(scratchDir, name, spec);
      opened.push(ws);
      log(`  seeded ${name}: ${spec.notes.toLocaleString('en')} notes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return ws;
    });
  const ctx: BenchContext = {
    standard: seeded('standard', {
      seed: 1,
      notes: 5_000,
      findings: 500,
      participants: 50,
      withEmpty: true,
      deliverablesHost: createBenchDeliverablesHost(launchBrowser, scratchDir),
    }),
    large: seeded('large', { seed: 2, notes: 100_000, findings: 2_000, participants: 50, withEmpty: false }),
    yearOfAudits: lazy(async () => {
      const started = performance.now();
      const spec = quick ? { engagements: 50, notes: 50_000, oldestNotes: 200 } : { engagements: 200, notes: 1_000_000, oldestNotes: 500 };
      const seededEngagements = await seedEngagements(scratchDir, 'year-of-audits', { seed: 3, ...spec });
      opened.push(seededEngagements.ws);
      log(`  seeded year-of-audits: ${spec.notes.toLocaleString('en')} notes in ${spec.engagements} engagements in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return seededEngagements;
    }),
    browser: launchBrowser,
    scratchDir,
    quick,
  };

  const started = performance.now();
  const rows: BenchRow[] = [];
  try {
    for (const module of modules) {
      log(`Running ${module.name}…`);
      const moduleStart = performance.now();
      rows.push(...(await module.run(ctx)));
      log(`  ${module.name} took ${((performance.now() - moduleStart) / 1000).toFixed(1)} s`);
    }
  } finally {
    await (browser as Browser | null)?.close();
    for (const ws of opened) ws.close();
    rmSync(scratchDir, { recursive: true, force: true });
  }

  const table = formatTable(rows);
  process.stdout.write(`\n${table}\n\n`);
  const at = new Date();
  const outDir = path.resolve('bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `bench-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  const totalSeconds = (performance.now() - started) / 1000;
  writeFileSync(outFile, `${JSON.stringify({ at: at.toISOString(), quick, totalSeconds, machine: machineInfo(), rows }, null, 2)}\n`);
  const missed = rows.filter((r) => !r.met);
  process.stdout.write(
    `${rows.length - missed.length} of ${rows.length} targets met in ${totalSeconds.toFixed(0)} s. Results written to ${path.relative(process.cwd(), outFile)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
