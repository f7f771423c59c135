import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * A throwaway PostgreSQL cluster for tests and the bench: initdb in a temp folder, a server on a
 * loopback port, removed afterwards. initdb refuses to run as root, so as root (CI, this machine)
 * every server command runs as the unprivileged `postgres` user the Debian package creates.
 */

export const PG_ADMIN = 'firm_admin';
export const PG_ADMIN_PASSWORD = 'admin-test-password';

/** The newest server binaries installed the Debian way, or null when PostgreSQL is not installed. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0]!, 'bin') : null;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function pgUnavailableReason(): string | null {
  return findPgBin() ? null : 'PostgreSQL server binaries are not installed (/usr/lib/postgresql/*/bin); .ci/run installs Debian’s postgresql.';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface PgCluster {
  readonly host: string;
  readonly port: number;
  /** Connection settings for the administrator (superuser) role. */
  readonly admin: { host: string; port: number; user: string; password: string; database: string };
  /** Stops the server: `immediate` is a crash (no checkpoint, connections cut). */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  /** Stops the server and removes its folder. */
  remove(): void;
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error(pgUnavailableReason()!);
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(path.join(tmpdir(), 'audit-workshop-pg-'));
  const data = path.join(folder, 'data');
  const log = path.join(folder, 'server.log');
  const pwfile = path.join(folder, 'pwfile');
  writeFileSync(pwfile, PG_ADMIN_PASSWORD);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(folder, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  chmodSync(folder, 0o700);
  const run = (tool: string, args: string[], check = true) => {
    const command = asRoot ? 'runuser' : path.join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: folder });
    if (check && result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr}${result.stdout}`);
    return result;
  };
  run('initdb', ['-D', data, '-U', PG_ADMIN, `--pwfile=${pwfile}`, '--auth-host=scram-sha-256', '--auth-local=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Another process may take the free port between the check and the server's bind: try again.
  let port = 0;
  let options = '';
  const start = () => void run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
    try {
      start();
      break;
    } catch (error) {
      if (attempt === 3) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let removed = false;
  return {
    host: '127.0.0.1',
    port,
    admin: { host: '127.0.0.1', port, user: PG_ADMIN, password: PG_ADMIN_PASSWORD, database: 'postgres' },
    stop: (mode = 'fast') => void run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']),
    start,
    remove: () => {
      if (removed) return;
      removed = true;
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], false);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
