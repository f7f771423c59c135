export interface ChromiumChoice {
  /** Undefined when Playwright's own Chromium is used: Playwright finds it by itself. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}
export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (file: string) => boolean;
  playwrightChromium?: () => string;
  installPlaywrightChromium?: () => boolean;
}
export function findChromium(options?: FindChromiumOptions): ChromiumChoice;
export function chromiumOrExit(): ChromiumChoice;
export function systemCandidates(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[];
