import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../electron/core/start-app-core';
import { test, expect } from './harness';
import { EngagementsPage } from './pages/engagements-page';
import { RecoveryPage } from './pages/recovery-page';
import { WorkspacePage } from './pages/workspace-page';
import { damageAnIndexQuietly } from '../unit/helpers/damage-index';

const SHOTS = 'test-results/screens';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function damageHeader(dbPath: string): void {
  const fd = openSync(dbPath, 'r+');
  try {
    writeSync(fd, Buffer.from('Not a database!!', 'latin1'), 0, 16, 0);
  } finally {
    closeSync(fd);
  }
}

test('a damaged data file opens the recovery screen, and restoring the verified backup brings its engagements back', async ({ page, harness }) => {
  const create = harness.runtime.handlers()['engagements:create'];
  await create({ clientName: 'Northwind Logistics', pilotName: 'Invoice extraction assistant', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
  await create({ clientName: 'Contoso Insurance', pilotName: 'Claims triage', weekStart: '2026-04-13', template: { kind: 'blank', dayCount: 5 } });
  await harness.runtime.backup('manual');
  await create({ clientName: 'Added after the backup', pilotName: 'Not in the backup', weekStart: '2026-05-04', template: { kind: 'blank', dayCount: 5 } });

  let damagedHash = '';
  harness.restart((dir) => {
    damageHeader(path.join(dir, DATABASE_FILE_NAME));
    damagedHash = hashOf(path.join(dir, DATABASE_FILE_NAME));
  });
  await harness.open();

  const recovery = new RecoveryPage(page);
  await recovery.expectVisible('Your data file is damaged');
  await expect(page.getByRole('button', { name: 'Repair…' })).toBeVisible();
  await expect(recovery.backups).toHaveCount(1);
  await expect(recovery.backups.first()).toContainText('Made by you');
  await expect(recovery.backups.first()).toContainText('2 engagements');
  await page.screenshot({ path: `${SHOTS}/recovery.png` });

  await recovery.chooseWithKeyboard(0);
  await page.screenshot({ path: `${SHOTS}/recovery-restore-dialog.png` });
  await recovery.confirmWithKeyboard();

  const list = new EngagementsPage(page);
  await list.expectVisible();
  await expect(list.rows).toHaveCount(2);
  await expect(list.row('Northwind Logistics')).toBeVisible();
  await expect(list.row('Contoso Insurance')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup from' })).toBeVisible();

  const aside = readdirSync(harness.userDataDir).filter((name) => /^audit-workshop\.damaged-\d{8}T\d{9}Z\.sqlite3$/.test(name));
  expect(aside).toHaveLength(1);
  expect(hashOf(path.join(harness.userDataDir, aside[0]!))).toBe(damagedHash);
  expect(harness.query('SELECT client_name FROM engagements ORDER BY client_name').map((r) => r.client_name)).toEqual([
    'Contoso Insurance',
    'Northwind Logistics',
  ]);
});

test('a missing data file with backups beside it says so, and starting fresh does not claim to keep a file', async ({ page, harness }) => {
  const create = harness.runtime.handlers()['engagements:create'];
  await create({ clientName: 'Northwind Logistics', pilotName: 'Invoice extraction assistant', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
  await harness.runtime.backup('manual');

  harness.restart((dir) => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(dir, `${DATABASE_FILE_NAME}${suffix}`), { force: true });
  });
  await harness.open();

  const recovery = new RecoveryPage(page);
  await recovery.expectVisible('Your data file is missing');
  await expect(page.getByText(/the data file itself is not where it should be/)).toBeVisible();
  await expect(recovery.backups).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/recovery-missing.png` });

  await page.getByRole('button', { name: 'Start fresh…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start with an empty workspace?' });
  await expect(dialog).toContainText('The app will open with no engagements.');
  await expect(dialog).not.toContainText('kept beside your data');
  await dialog.getByRole('button', { name: 'Start fresh' }).click();

  const started = page.getByRole('status').filter({ hasText: 'Started with an empty workspace.' });
  await expect(started).toBeVisible();
  await expect(started).not.toContainText('kept');
  expect(harness.query('SELECT COUNT(*) AS n FROM engagements')).toEqual([{ n: 0 }]);
  expect(readdirSync(harness.runtime.backupsFolder).filter((n) => n.startsWith('audit-workshop-manual-'))).toHaveLength(1);
});

test('"Back up now" saves a checked backup and says when', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.create({ client: 'Northwind Logistics', pilot: 'Invoice extraction assistant' });
  await new WorkspacePage(page).backToList();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Backup saved at .+ \(1 engagement, 0 notes\)/ })).toBeVisible();
  expect(readdirSync(harness.runtime.backupsFolder).filter((n) => n.startsWith('audit-workshop-manual-'))).toHaveLength(1);
});

test('a large data file opens at once; when its background check finds a damaged index, a banner offers the repair, which keeps every engagement', async ({ page, harness }) => {
  const create = harness.runtime.handlers()['engagements:create'];
  for (let i = 0; i < 60; i += 1) {
    await create({ clientName: `Client ${String(i).padStart(2, '0')} ${'x'.repeat(120)}`, pilotName: 'Invoice extraction', weekStart: '2026-03-02', template: { kind: 'blank', dayCount: 5 } });
  }
  // Any file is "large" here, so it opens first and is checked in the background, as a year of audits would be.
  harness.restart((dir) => damageAnIndexQuietly(path.join(dir, DATABASE_FILE_NAME)), { fullCheckAtStartUpToBytes: 0 });
  await harness.open();

  const banner = page.getByRole('alert').filter({ hasText: 'Your data file is damaged.' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('What you capture is still saved');
  await page.screenshot({ path: `${SHOTS}/data-check-banner.png` });

  await banner.getByRole('button', { name: 'Repair now…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Repair your data file?' });
  await expect(dialog).toContainText('every index built afresh');
  await dialog.getByRole('button', { name: 'Repair', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Your data file was repaired and passed its check.' })).toBeVisible();
  await expect(banner).toBeHidden();
  const list = new EngagementsPage(page);
  await list.expectVisible();
  await expect(list.rows).toHaveCount(60);
  expect(harness.query<{ integrity_check: string }>('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  expect(readdirSync(harness.userDataDir).filter((name) => /^audit-workshop\.damaged-\d{8}T\d{9}Z\.sqlite3$/.test(name))).toHaveLength(1);
});
