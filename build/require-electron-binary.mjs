// First step of `npm start` and `npm run package`: stop with one clear line, not a stack trace,
// when there is no Electron binary (Electron's launcher would throw, electron-builder would try to
// download one). The argument names what could not be done: "start" or "package".
import { findElectronBinary } from './electron-binary.cjs';

const action = process.argv[2] === 'start' ? 'start' : 'package';

if (findElectronBinary() === null) {
  console.error(
    `Cannot ${action}: the Electron binary is not installed (node_modules/electron/dist is missing). Run \`npm install\` with network access, then \`npm ${action === 'start' ? 'start' : 'run package'}\` again.`,
  );
  process.exit(1);
}
