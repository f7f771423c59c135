// Finds the Electron binary `npm install` downloaded, without requiring the 'electron' package:
// requiring it tries to download the binary when it is missing. CommonJS, so the Playwright specs
// (compiled to CommonJS) can load it too.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const ELECTRON_DIR = path.resolve(__dirname, '../node_modules/electron');

/** The path of the Electron executable, or null when it was never downloaded. */
function findElectronBinary(electronDir = ELECTRON_DIR) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

module.exports = { ELECTRON_DIR, findElectronBinary };
