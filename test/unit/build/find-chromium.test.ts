import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../build/find-chromium.cjs';

const installed = (...files: string[]) => (file: string) => files.includes(file);
const PLAYWRIGHT_OWN = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
const never = () => {
  throw new Error('Playwright’s Chromium should not be installed here.');
};

describe('the Chromium the UI tests launch', () => {
  it('is CHROMIUM_PATH when set, and a CHROMIUM_PATH that does not exist is an error, not a fallback', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(findChromium({ env, platform: 'linux', exists: installed('/opt/chrome/chrome', '/usr/bin/chromium') })).toEqual({ executablePath: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
    expect(() => findChromium({ env, platform: 'linux', exists: installed('/usr/bin/chromium') })).toThrow('CHROMIUM_PATH is set to /opt/chrome/chrome, which does not exist');
  });

  it('is the system’s Chromium or Chrome in its usual place on Linux, macOS and Windows', () => {
    expect(findChromium({ env: {}, platform: 'linux', exists: installed('/usr/bin/google-chrome-stable'), installPlaywrightChromium: never })).toEqual({ executablePath: '/usr/bin/google-chrome-stable', source: 'system' });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ env: { HOME: '/Users/me' }, platform: 'darwin', exists: installed(mac), installPlaywrightChromium: never }).executablePath).toBe(mac);
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ env: { PROGRAMFILES: 'C:\\Program Files' }, platform: 'win32', exists: installed(windows), installPlaywrightChromium: never }).executablePath).toBe(windows);
  });

  it('falls back to Playwright’s own Chromium, installing it on first need, and says how to get one when that fails', () => {
    const found = { env: {}, platform: 'linux' as const, playwrightChromium: () => PLAYWRIGHT_OWN };
    expect(findChromium({ ...found, exists: installed(PLAYWRIGHT_OWN), installPlaywrightChromium: never })).toEqual({ executablePath: undefined, source: 'playwright' });
    const disk = new Set<string>();
    const install = () => disk.add(PLAYWRIGHT_OWN).size > 0;
    expect(findChromium({ ...found, exists: (f) => disk.has(f), installPlaywrightChromium: install }).source).toBe('playwright');
    expect(() => findChromium({ ...found, exists: installed(), installPlaywrightChromium: () => false })).toThrow(/^No Chromium for the UI tests: set CHROMIUM_PATH/);
  });
});
