import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeArchive } from '../../electron/core/archive/archive-file';
import { decodeArchive } from '../support/archive-bytes';
import { withExtraNotes } from '../support/extra-notes';
import { test, expect, TEST_ORIGIN, type Harness } from './harness';
import { ArchiveDialog } from './pages/archive-dialog';
import { EngagementsPage } from './pages/engagements-page';

const APP = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

async function call<T = { id: string }>(harness: Harness, channel: string, payload: unknown): Promise<T> {
  const result = await harness.dispatch(APP, channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function seed(harness: Harness) {
  const engagement = await call(harness, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  await call(harness, 'participants:create', { engagementId: engagement.id, name: 'Ana Silva', function: 'operator' });
  for (const text of ['They re-key every invoice', 'Month end doubles the load']) {
    await call(harness, 'notes:create', { engagementId: engagement.id, day: 1, text });
  }
  return engagement;
}

test('an engagement exported to a file, deleted and imported back returns with its notes', async ({ page, harness }) => {
  await seed(harness);
  const file = path.join(harness.userDataDir, 'Northwind.auditweek');
  harness.archiveFiles.saveAs = file;
  await harness.open();
  const list = new EngagementsPage(page);
  await list.row('Northwind').getByRole('button', { name: /^Export Northwind/ }).click();
  await expect(page.getByText('Archive saved as “Northwind.auditweek”.')).toBeVisible();
  expect(existsSync(file)).toBe(true);

  await list.delete('Northwind');
  await expect(list.rows).toHaveCount(0);

  harness.archiveFiles.open = file;
  await page.getByRole('button', { name: 'Import archive…' }).click();
  const archive = new ArchiveDialog(page);
  await expect(archive.dialog).toContainText('Northwind · Invoice reader');
  await expect(archive.count('Notes')).toHaveText('2');
  await expect(archive.count('Participants')).toHaveText('1');
  await expect(archive.dialog).toContainText('not on this computer yet');
  await page.screenshot({ path: 'test-results/screens/archive-import-preview.png' });
  await archive.confirm();
  await expect(archive.dialog).toContainText('The engagement was added.');
  await page.screenshot({ path: 'test-results/screens/archive-import-report.png' });
  await archive.dialog.getByRole('button', { name: 'Close' }).click();

  await expect(list.row('Northwind')).toBeVisible();
  await list.open('Northwind');
  await page.getByRole('link', { name: /Capture/ }).click();
  await expect(page.getByText('They re-key every invoice')).toBeVisible();
  await expect(page.getByText('Month end doubles the load')).toBeVisible();
});

test('a double-clicked archive of an engagement already here is previewed as a merge and its conflicts listed', async ({ page, harness }) => {
  const engagement = await seed(harness);
  const file = path.join(harness.userDataDir, 'other-laptop.auditweek');
  const core = harness.runtime.core()!;
  const [note] = harness.query<{ id: string }>('SELECT id FROM notes ORDER BY ref LIMIT 1');
  harness.clock.advance(60_000);
  await call(harness, 'notes:update', { id: note!.id, text: 'They re-key every invoice by hand' });
  await core.archive.exportTo(engagement.id, file);
  harness.clock.advance(60_000);
  await call(harness, 'notes:update', { id: note!.id, text: 'They re-key most invoices' });

  await harness.open();
  await harness.emit('archive:opened', await core.archive.stage(file));
  const archive = new ArchiveDialog(page);
  await expect(archive.dialog).toContainText('already on this computer');
  await expect(archive.dialog.getByRole('button', { name: 'Merge archive' })).toBeVisible();
  await archive.confirm();
  await expect(archive.dialog.getByRole('list', { name: 'Conflicts' })).toContainText('Note D1-001');
  await expect(archive.dialog.getByRole('list', { name: 'Conflicts' })).toContainText('kept this computer’s version');
  await page.screenshot({ path: 'test-results/screens/archive-merge-report.png' });
  expect(harness.query<{ text: string }>('SELECT text FROM notes WHERE id = ?', note!.id)[0]!.text).toBe('They re-key most invoices');
});

test('a damaged archive is refused with a clear message and cannot be imported', async ({ page, harness }) => {
  const file = path.join(harness.userDataDir, 'broken.auditweek');
  writeFileSync(file, 'AUDITWEEK\n{"formatVersion":1}\n');
  harness.archiveFiles.open = file;
  await harness.open();
  await page.getByRole('button', { name: 'Import archive…' }).click();
  const archive = new ArchiveDialog(page);
  await expect(archive.dialog.getByRole('alert')).toContainText('cannot be imported');
  await expect(archive.dialog.getByRole('button', { name: /archive$/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/archive-refused.png' });
  expect(harness.query('SELECT id FROM engagements')).toEqual([]);
});

test('a large archive shows how far its import and its export have come', async ({ page, harness }) => {
  const engagement = await seed(harness);
  // Thirty thousand notes: reading, checking and saving them takes long enough to be seen.
  const { header, content } = decodeArchive(harness.runtime.core()!.archive.exportBytes(engagement.id));
  const file = path.join(harness.userDataDir, 'Northwind-large.auditweek');
  writeFileSync(file, encodeArchive(header, withExtraNotes(content, 30_000, (i) => `Pallet ${i} waits at the dock for a signature`)));
  await call(harness, 'engagements:delete', { id: engagement.id });

  harness.archiveFiles.open = file;
  await harness.open();
  await page.getByRole('button', { name: 'Import archive…' }).click();
  const archive = new ArchiveDialog(page);
  await expect(archive.count('Notes')).toHaveText('30,002');
  await archive.dialog.getByRole('button', { name: 'Import archive' }).click();
  const progress = archive.dialog.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await expect(archive.dialog).toContainText(/(Reading and checking the archive|Comparing it with this computer|Saving it on this computer)… \d+%/);
  await page.screenshot({ path: 'test-results/screens/archive-import-progress.png' });
  await expect(archive.dialog.getByRole('heading', { name: 'Archive imported' })).toBeVisible();
  await expect(archive.dialog).toContainText('The engagement was added.');
  await expect(progress).toHaveCount(0);
  expect(harness.query<{ n: number }>('SELECT count(*) AS n FROM notes')[0]!.n).toBe(30_002);
  await archive.dialog.getByRole('button', { name: 'Close' }).click();

  harness.archiveFiles.saveAs = path.join(harness.userDataDir, 'Northwind-again.auditweek');
  const list = new EngagementsPage(page);
  await list.row('Northwind').getByRole('button', { name: /^Export Northwind/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Exporting the archive… \d+%/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/archive-export-progress.png' });
  await expect(page.getByText('Archive saved as “Northwind-again.auditweek”.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Exporting the archive' })).toHaveCount(0);
});
