import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const config = require(path.join(root, 'build/electron-builder.config.cjs')) as Configuration;

function targetsOf(target: unknown): string[] {
  return (Array.isArray(target) ? target : [target]).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and keeps the packages out of dist/, where the build writes', () => {
    expect(config.appId).toBe('com.auditworkshop.desktop');
    expect(config.productName).toBe('Audit Workshop');
    expect(config.directories?.output).toBe('release');
  });

  it('builds AppImage and deb on Linux, a hardened dmg on macOS and nsis on Windows', () => {
    expect(targetsOf(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.mac?.target)).toEqual(['dmg']);
    expect(targetsOf(config.win?.target)).toEqual(['nsis']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(path.join(root, config.mac!.entitlements!), 'utf8');
    expect(entitlements).toContain('<key>com.apple.security.cs.allow-jit</key>');
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
  });

  it('registers the engagement archive extension', () => {
    const associations = [config.fileAssociations].flat();
    expect(associations).toHaveLength(1);
    expect(associations[0]).toMatchObject({ ext: 'auditweek', name: expect.any(String), mimeType: 'application/x-auditweek' });
  });

  it('unpacks the better-sqlite3 binary from the asar and never rebuilds it', () => {
    expect(config.asar).toBe(true);
    const unpack = [config.asarUnpack ?? []].flat();
    const prebuilds = readdirSync(path.join(root, 'node_modules/better-sqlite3/prebuilds'));
    expect(prebuilds.length).toBeGreaterThan(0);
    for (const binary of prebuilds) {
      expect(unpack.some((pattern) => path.matchesGlob(`node_modules/better-sqlite3/prebuilds/${binary}`, pattern)), binary).toBe(true);
    }
    expect(unpack.some((pattern) => path.matchesGlob('node_modules/better-sqlite3/lib/database.js', pattern))).toBe(false);
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the fuses after packing, with the fuses script', async () => {
    expect(config.afterPack).toBe('./build/fuses.mjs');
    const hook = (await import(path.join(root, config.afterPack as string))) as Record<string, unknown>;
    expect(typeof hook.afterPack).toBe('function');
    // One place flips fuses, and the asar keeps the hashes the integrity fuse checks.
    expect(config.electronFuses).toBeUndefined();
    expect(config.disableAsarIntegrity).toBeFalsy();
  });

  it('packages the installed Electron and publishes nothing, so nothing calls out', () => {
    expect(config.electronDist).toBe('node_modules/electron/dist');
    expect(config.publish).toBeNull();
  });

  it('uses a 1024×1024 icon and the Linux icon set, all present', () => {
    for (const icon of [config.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon).toBe('build/icons/icon.png');
    }
    expect(pngSize(path.join(root, 'build/icons/icon.png'))).toEqual({ width: 1024, height: 1024 });
    const linuxIcons = path.join(root, config.linux!.icon!);
    for (const size of [16, 32, 48, 128, 256, 512]) {
      expect(pngSize(path.join(linuxIcons, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(existsSync(path.join(root, 'build/icons/icon.svg'))).toBe(true);
  });
});
