import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { BACKGROUND_WORKER_ENTRY } from '../../build/background-worker-entry.mjs';

const ROOT = path.resolve(__dirname, '../..');
let built: string | null = null;

/**
 * The background thread's script, bundled from the same source as the app's, so tests run the
 * real thread. Named by its content and written whole under its name, so test processes running
 * side by side share one file and never load a half-written one. It sits in the project, where
 * its require('better-sqlite3') finds node_modules.
 */
export function backgroundWorkerScript(): string {
  if (built) return built;
  const result = buildSync({
    entryPoints: [path.join(ROOT, BACKGROUND_WORKER_ENTRY)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.contents;
  const folder = path.join(ROOT, 'dist', 'test');
  const target = path.join(folder, `background-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`);
  if (!existsSync(target)) {
    mkdirSync(folder, { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, target);
  }
  built = target;
  return target;
}
