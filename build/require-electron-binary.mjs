// First step of `npm run package`: stop with one clear line, not a stack trace, when there is no
// Electron binary to package (electron-builder would otherwise try to download one).
import { findElectronBinary } from './electron-binary.cjs';

if (findElectronBinary() === null) {
  console.error(
    'Cannot package: the Electron binary is not installed (node_modules/electron/dist is missing). Run `npm install` with network access, then `npm run package` again.',
  );
  process.exit(1);
}
