// Finds the Electron binary `npm install` downloaded, without requiring the 'electron' package:
// requiring it tries to download the binary when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ELECTRON_DIR = path.resolve(import.meta.dirname, '../node_modules/electron');

/** The path of the Electron executable, or null when it was never downloaded. */
export function findElectronBinary(electronDir = ELECTRON_DIR) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
