import type { FuseV1Config } from '@electron/fuses';

export interface FusesPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export function fuseConfig(platform: string): FuseV1Config;
export function electronBinaryPath(context: FusesPackContext): string;
export function afterPack(context: FusesPackContext): Promise<void>;
