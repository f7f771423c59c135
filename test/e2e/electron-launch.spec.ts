import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';
import { findElectronBinary } from '../../build/electron-binary.cjs';
import { APP_ORIGIN } from '../../shared/security/csp';

test('the packaged shell starts, shows the engagements screen, its database works and nothing leaves the app protocol', async () => {
  const binary = findElectronBinary();
  test.skip(
    binary === null,
    'The Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, no network to fetch it); this test runs wherever `npm install` could download it.',
  );
  const userData = mkdtempSync(path.join(tmpdir(), 'audit-workshop-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.resolve(__dirname, '../../dist/electron/main.js'), `--user-data-dir=${userData}`],
  });
  const requests: string[] = [];
  app.context().on('request', (request) => requests.push(request.url()));
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Engagements', level: 1 })).toBeVisible();
    expect(window.url()).toBe(`${APP_ORIGIN}/index.html`);
    const hasNode = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined');
    expect(hasNode).toBe(false);
    await window.getByRole('button', { name: 'New engagement' }).first().click();
    await window.getByLabel('Client').fill('Launch check');
    await window.getByLabel('Pilot').fill('Smoke');
    await window.getByRole('button', { name: 'Create engagement' }).click();
    await expect(window.getByRole('navigation', { name: 'Engagement' })).toContainText('Launch check');
    await window.reload();
    await expect(window.getByRole('navigation', { name: 'Engagement' })).toContainText('Launch check');

    expect(requests.some((url) => url.startsWith(`${APP_ORIGIN}/assets/`))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
