// Bundles the main process and the preload into CommonJS files Electron loads from dist/electron.
import { build } from 'esbuild';
import { BACKGROUND_WORKER_ENTRY } from './background-worker-entry.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // better-sqlite3 carries a native binary and electron is provided by the runtime. Room mode's
  // server libraries are loaded from node_modules too (electron-builder packs the dependencies):
  // bundled, their code would hide main's own from the security scan of the built app. pg only
  // asks for its optional native driver, pg-native, when told to, and the app never does.
  external: ['electron', 'better-sqlite3', 'fastify', '@fastify/rate-limit', '@fastify/websocket', 'qrcode', 'selfsigned', 'pg-native'],
};

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.js' });
// Whole-file database work (checks, backups, restores) runs on this thread, beside main.js.
await build({ ...common, entryPoints: [BACKGROUND_WORKER_ENTRY], outfile: 'dist/electron/background-worker.js' });
