import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../build/electron-binary.cjs';
import { useTempDir } from '../helpers/temp-dir';

describe('findElectronBinary', () => {
  const tempDir = useTempDir();

  it('finds nothing when the download never happened', () => {
    const dir = tempDir();
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('finds nothing when path.txt names a binary that is not there', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('finds the binary path.txt names inside dist/', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'path.txt'), 'electron\n');
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'));
  });
});

describe('the start and packaging pre-check', () => {
  for (const action of ['start', 'package'] as const) {
    it(`stops \`npm ${action}\` with one clear line, not a stack trace, exactly when Electron is missing`, () => {
      const script = path.resolve(__dirname, '../../../build/require-electron-binary.mjs');
      const result = spawnSync(process.execPath, [script, action], { encoding: 'utf8' });
      if (findElectronBinary() === null) {
        expect(result.status).toBe(1);
        expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Cannot ${action}: the Electron binary is not installed`))]);
        expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
      } else {
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
      }
    });
  }
});

describe('the Node check before the tests', () => {
  it('lets Node 22 and newer through, and stops an older Node with one line naming the version needed', () => {
    const script = path.resolve(__dirname, '../../../build/require-node.mjs');
    expect(spawnSync(process.execPath, [script], { encoding: 'utf8' }).status).toBe(0);
    const old = spawnSync(process.execPath, ['-e', `Object.defineProperty(process.versions, 'node', { value: '20.19.0' }); import(${JSON.stringify(script)})`], { encoding: 'utf8' });
    expect(old.status).toBe(1);
    expect(old.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Audit Workshop needs Node\.js 22 or newer; this is Node 20\.19\.0\./)]);
  });
});
