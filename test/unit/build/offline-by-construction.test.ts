import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('offline by construction', () => {
  it('ships no updater, telemetry or crash-reporting package', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const calling = Object.keys(pkg.dependencies).filter((name) => /updater|sentry|analytics|telemetry|crash|bugsnag|posthog|segment/i.test(name));
    expect(calling).toEqual([]);
  });

  it('never starts Electron’s auto-updater or crash reporter', () => {
    const files = [...sourceFiles(path.join(root, 'electron')), ...sourceFiles(path.join(root, 'shared'))];
    expect(files).toContain(path.join(root, 'electron/main/main.ts'));
    expect(files.filter((file) => /\b(autoUpdater|crashReporter|netLog)\b/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});

describe('listening by construction', () => {
  it('opens a listening socket only in Room mode’s server', () => {
    const files = [...sourceFiles(path.join(root, 'electron')), ...sourceFiles(path.join(root, 'shared'))];
    const listening = files.filter((file) => /\.listen\(|createServer\(/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
    expect(listening.sort()).toEqual(['electron/core/room/room-http.ts', 'electron/core/room/room-server.ts']);
  });
});
