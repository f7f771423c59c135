// electron-builder's afterPack hook: flips the Electron fuses in the packaged binary, before it is
// signed, so the shipped app cannot be turned into a general Node runtime or load code from
// outside its asar archive.
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuse wire for a packaged build on `platform` (Electron's platform name). */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of a macOS binary; re-sign it so it still runs
    // unsigned, and real signing replaces it afterwards.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served from app://workshop, so file:// needs no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The Electron executable (or .app bundle) electron-builder wrote for this pack. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`Cannot flip fuses for the unknown platform "${electronPlatformName}".`);
  }
}

export async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), fuseConfig(context.electronPlatformName));
}
