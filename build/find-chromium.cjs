// Which Chromium the UI tests, the bench and the icon renderer drive. CommonJS, so the Playwright
// config (compiled to CommonJS) and the .mjs scripts load the same rules.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

/** Where Chrome or Chromium usually lives on each system, most likely first. */
function systemCandidates(platform, env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      path.join(env.HOME ?? '', 'Applications/Chromium.app/Contents/MacOS/Chromium'),
      path.join(env.HOME ?? '', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return roots.flatMap((root) => [path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'), path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
}

const HOW_TO_GET_ONE =
  'No Chromium for the UI tests: set CHROMIUM_PATH to a Chrome or Chromium executable, install one (Debian/Ubuntu: apt-get install chromium; macOS and Windows: Google Chrome), or run `npx playwright install chromium` with network access.';

/**
 * The Chromium to launch, in this order: CHROMIUM_PATH; the system's Chrome or Chromium;
 * Playwright's own Chromium, installed on first need where the network allows. `executablePath`
 * is undefined for Playwright's own, which Playwright finds by itself.
 */
function findChromium({
  env = process.env,
  platform = process.platform,
  exists = existsSync,
  playwrightChromium = () => require('playwright-core').chromium.executablePath(),
  installPlaywrightChromium = () => spawnSync(process.execPath, [require.resolve('playwright-core/cli.js'), 'install', 'chromium'], { stdio: 'inherit' }).status === 0,
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist. Point it at a Chrome or Chromium executable, or unset it.`);
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  const system = systemCandidates(platform, env).find((candidate) => exists(candidate));
  if (system) return { executablePath: system, source: 'system' };
  if (exists(playwrightChromium()) || (installPlaywrightChromium() && exists(playwrightChromium()))) {
    return { executablePath: undefined, source: 'playwright' };
  }
  throw new Error(HOW_TO_GET_ONE);
}

/** findChromium for a command line: the reason in one line and exit 1 instead of a stack trace. */
function chromiumOrExit() {
  try {
    return findChromium();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

module.exports = { findChromium, chromiumOrExit, systemCandidates };
