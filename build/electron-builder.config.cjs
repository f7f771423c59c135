// electron-builder configuration, passed with `--config` by `npm run package`. Paths are relative
// to the project root, where the command runs.

/** The engagement archive a colleague sends; double-clicking one opens it in the app. */
const ARCHIVE_EXTENSION = 'auditweek';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.auditworkshop.desktop',
  productName: 'Audit Workshop',
  copyright: 'Copyright © Audit Workshop',
  directories: { output: 'release', buildResources: 'build' },
  // Package the Electron that `npm install` put in node_modules instead of downloading another.
  electronDist: 'node_modules/electron/dist',
  files: [
    'package.json',
    'dist/electron/**/*',
    'dist/renderer/**/*',
    // Room mode's participant and scribe pages, served by main while Room mode is on.
    'dist/room/**/*',
    '!**/*.map',
    // The SQLite sources and build files: only the prebuilt binary is loaded.
    '!node_modules/better-sqlite3/{deps,src}/**/*',
    '!node_modules/better-sqlite3/binding.gyp',
  ],
  asar: true,
  // A native binary cannot be loaded from inside the asar archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3's prebuilt binaries use N-API only and load in Electron as they are; a rebuild
  // would need a compiler and the network.
  npmRebuild: false,
  nodeGypRebuild: false,
  afterPack: './build/fuses.mjs',
  icon: 'build/icons/icon.png',
  fileAssociations: [
    {
      ext: ARCHIVE_EXTENSION,
      name: 'Audit Workshop engagement',
      description: 'Audit Workshop engagement archive',
      mimeType: 'application/x-auditweek',
      role: 'Editor',
      icon: 'build/icons/icon.png',
    },
  ],
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { sign: false },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons/png',
    maintainer: 'Audit Workshop',
    synopsis: 'Run a week-long AI Automation Audit on a client site, offline.',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icons/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
  },
  // Nothing that calls out: no update feed is published or checked.
  publish: null,
};
