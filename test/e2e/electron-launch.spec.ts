import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';

const electronDir = path.resolve(__dirname, '../../node_modules/electron');

/** Where the Electron binary would be; requiring 'electron' would try to download it, so look instead. */
function electronBinary(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test('the packaged shell starts, shows the engagements screen and its database works', async () => {
  const binary = electronBinary();
  test.skip(
    binary === null,
    'The Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, no network to fetch it); this test runs wherever `npm install` could download it.',
  );
  const userData = mkdtempSync(path.join(tmpdir(), 'audit-workshop-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.resolve(__dirname, '../../dist/electron/main.js'), `--user-data-dir=${userData}`],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Engagements', level: 1 })).toBeVisible();
    expect(window.url()).toBe('app://workshop/index.html');
    const hasNode = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined');
    expect(hasNode).toBe(false);
    await window.getByRole('button', { name: 'New engagement' }).first().click();
    await window.getByLabel('Client').fill('Launch check');
    await window.getByLabel('Pilot').fill('Smoke');
    await window.getByRole('button', { name: 'Create engagement' }).click();
    await expect(window.getByRole('navigation', { name: 'Engagement' })).toContainText('Launch check');
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
