import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { startAppCore } from '../../../../electron/core/start-app-core';
import { useTempDir } from '../../helpers/temp-dir';
import { backgroundWorkerScript } from '../../../support/background-worker-script';

const tempDir = useTempDir();
let script = '';

// Built once for the file, outside the per-test folders that are removed after each test.
let bundleDir = '';
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(tmpdir(), 'audit-workshop-kill-'));
  const out = path.join(bundleDir, 'capture-loop.cjs');
  await build({
    entryPoints: [path.resolve(__dirname, '../../../kill/capture-loop.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    nodePaths: [path.resolve(__dirname, '../../../../node_modules')],
    outfile: out,
    logLevel: 'silent',
  });
  script = out;
});

/** Runs the child for `delayMs` (counted from its first line when `afterFirst`, else from its start), then SIGKILLs it. */
function runAndKill(dir: string, kill: { delayMs: number; afterFirst: boolean }, mode: 'capture' | 'migrate'): Promise<{ acked: string[]; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir, mode, backgroundWorkerScript()], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve(__dirname, '../../../../node_modules') },
    });
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
    };
    if (!kill.afterFirst) arm();
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      arm();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`child failed (${code}): ${stderr}`));
      // A line cut by the kill was never completely acknowledged.
      const lines = buffered.split('\n').slice(0, -1);
      resolve({ acked: lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4)), lines });
    });
  });
}

function hasNotes(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'notes'").get() !== undefined;
}

function inspect(dbPath: string): { integrity: string; ids: Set<string>; version: number; tables: string[] } {
  const db = new Database(dbPath);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      ids: new Set(hasNotes(db) ? db.prepare<[], string>('SELECT id FROM notes').pluck().all() : []),
      version: db.pragma('user_version', { simple: true }) as number,
      tables: db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') ORDER BY name").pluck().all(),
    };
  } finally {
    db.close();
  }
}

/** npm test kills 60 times; `npm run test:durability` runs the full 300. */
const CAPTURE_KILLS = Number(process.env.KILL_RUNS ?? 60);

describe('killed at random moments', () => {
  it(`keeps every acknowledged note and passes integrity_check after each of ${CAPTURE_KILLS} SIGKILLs during capture`, async () => {
    const dir = tempDir();
    const runtime = startAppCore({ userDataDir: dir, appVersion: 'kill-test', backgroundWorker: backgroundWorkerScript() });
    const created = await runtime.handlers()['engagements:create']({ clientName: 'Northwind', pilotName: 'Invoices', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
    expect(created).toBeTruthy();
    runtime.close();
    const dbPath = path.join(dir, 'audit-workshop.sqlite3');

    // Mostly while notes are being written; some during start-up, when the WAL is recovered.
    const kills = fc.sample(fc.record({ delayMs: fc.integer({ min: 0, max: 60 }), afterFirst: fc.boolean() }), { seed: 1234, numRuns: CAPTURE_KILLS });
    const acknowledged = new Set<string>();
    let killedMidCapture = 0;
    for (const kill of kills) {
      const { acked } = await runAndKill(dir, kill.afterFirst ? kill : { delayMs: kill.delayMs * 5, afterFirst: false }, 'capture');
      if (acked.length > 0) killedMidCapture += 1;
      for (const id of acked) acknowledged.add(id);
      const state = inspect(dbPath);
      expect(state.integrity).toBe('ok');
      const missing = [...acknowledged].filter((id) => !state.ids.has(id));
      expect(missing).toEqual([]);
    }
    // Most kills must land while notes are being written, or the test proves little.
    expect(killedMidCapture).toBeGreaterThan(CAPTURE_KILLS * 0.45);
    expect(acknowledged.size).toBeGreaterThan(CAPTURE_KILLS);
  }, CAPTURE_KILLS * 1_500);

  it('leaves the old schema or the new one, never a mix, when killed while migrating', async () => {
    const latest = MIGRATIONS.at(-1)!.version;
    const schemaOf = (migrations: typeof MIGRATIONS) => {
      const dir = tempDir();
      openDatabase(path.join(dir, 'audit-workshop.sqlite3'), { migrations }).close();
      return inspect(path.join(dir, 'audit-workshop.sqlite3')).tables;
    };
    const oldSchema = schemaOf(MIGRATIONS.slice(0, 2));
    const newSchema = schemaOf(MIGRATIONS);
    const delays = fc.sample(fc.integer({ min: 0, max: 600 }), { seed: 99, numRuns: 25 });
    const outcomes = new Set<number>();
    for (const delay of delays) {
      const dir = tempDir();
      openDatabase(path.join(dir, 'audit-workshop.sqlite3'), { migrations: MIGRATIONS.slice(0, 2) }).close();
      await runAndKill(dir, { delayMs: delay, afterFirst: false }, 'migrate');
      const state = inspect(path.join(dir, 'audit-workshop.sqlite3'));
      expect(state.integrity).toBe('ok');
      expect([MIGRATIONS[1]!.version, latest]).toContain(state.version);
      expect(state.tables).toEqual(state.version === latest ? newSchema : oldSchema);
      outcomes.add(state.version);
    }
    // The kills must land both before and after the migration committed, or the test proves little.
    expect([...outcomes].sort((a, b) => a - b)).toEqual([MIGRATIONS[1]!.version, latest]);
  }, 120_000);
});
