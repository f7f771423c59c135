import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const flipFuses = vi.hoisted(() => vi.fn(async (_binary: string, _config: object) => 0));
vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@electron/fuses')>()),
  flipFuses,
}));

const { afterPack } = await import('../../../build/fuses.mjs');

function contextFor(electronPlatformName: string) {
  return {
    appOutDir: '/out/app',
    electronPlatformName,
    packager: { appInfo: { productFilename: 'Audit Workshop' }, executableName: 'audit-workshop' },
  };
}

const HARDENED = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

describe('the fuses hook', () => {
  beforeEach(() => flipFuses.mockClear());

  it.each([
    ['linux', '/out/app/audit-workshop', false],
    ['win32', '/out/app/Audit Workshop.exe', false],
    ['darwin', '/out/app/Audit Workshop.app', true],
    ['mas', '/out/app/Audit Workshop.app', false],
  ])('on %s flips exactly the hardening fuses on %s', async (platform, binary, resetSignature) => {
    await afterPack(contextFor(platform));
    expect(flipFuses).toHaveBeenCalledTimes(1);
    expect(flipFuses).toHaveBeenCalledWith(binary, {
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: resetSignature,
      ...HARDENED,
    });
  });

  it('leaves every other fuse (cookie encryption, V8 snapshot, wasm trap handlers) at Electron’s default', async () => {
    await afterPack(contextFor('linux'));
    const config = flipFuses.mock.calls[0]![1];
    const set = Object.keys(config).filter((key) => /^\d+$/.test(key)).map(Number).sort();
    expect(set).toEqual(Object.keys(HARDENED).map(Number).sort());
  });

  it('refuses a platform it does not know instead of flipping the wrong file', async () => {
    await expect(afterPack(contextFor('aix'))).rejects.toThrow('unknown platform "aix"');
    expect(flipFuses).not.toHaveBeenCalled();
  });
});
