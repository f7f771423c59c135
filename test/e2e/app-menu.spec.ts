import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Engagement } from '../../shared/domain/engagement';
import { test, expect } from './harness';
import { BoardPage, call } from './pages/board-page';
import { DeliverablesPage } from './pages/deliverables-page';
import { EngagementsPage } from './pages/engagements-page';

test.use({ viewport: { width: 1600, height: 1000 } });

test('View → Presenter Mode opens the board on the projector from another screen; Esc leaves it and it stays left', async ({ page, harness }) => {
  const engagement = await call<Engagement>(harness, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  await call(harness, 'findings:create', { engagementId: engagement.id, title: 'Invoices arrive as scanned PDFs', area: 'approach', day: 1 });
  await harness.open(`#/engagements/${engagement.id}/capture`);
  const board = new BoardPage(page);
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toBeVisible();

  await harness.emit('menu:command', 'presenter-mode');
  await expect(board.presenter).toBeVisible();
  await expect(board.presenter.getByRole('heading', { name: 'Findings so far' })).toBeVisible();
  await expect(board.presenter).toContainText('Invoices arrive as scanned PDFs');
  await expect(board.presenter).toContainText('1 finding across the four questions');
  expect(page.url()).toContain(`#/engagements/${engagement.id}/board`);
  await page.screenshot({ path: 'test-results/screens/menu-presenter-mode.png' });

  await page.keyboard.press('Escape');
  await expect(board.presenter).toBeHidden();
  await expect(board.grid).toBeVisible();

  // Leaving the board while presenting ends it: coming back shows the board, not the projector.
  await harness.emit('menu:command', 'presenter-mode');
  await expect(board.presenter).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toBeVisible();
  await page.goForward();
  await expect(board.grid).toBeVisible();
  await expect(board.presenter).toHaveCount(0);
});

test('File → Export Week Pack… from any screen of an engagement shows what the client receives, then writes the files and lists them on Deliverables', async ({ page, harness }) => {
  // The week pack prints a dozen PDFs through Chromium; on a loaded two-core machine that takes a while.
  test.setTimeout(180_000);
  const engagement = await call<Engagement>(harness, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  await call(harness, 'notes:create', { engagementId: engagement.id, day: 1, text: 'They re-key every invoice by hand' });
  await harness.open(`#/engagements/${engagement.id}/board`);
  await expect(new BoardPage(page).grid).toBeVisible();

  await harness.emit('menu:command', 'export-week-pack');
  const deliverables = new DeliverablesPage(page);
  await deliverables.confirmRelease();
  await expect(deliverables.filesWritten).toBeVisible({ timeout: 60_000 });
  expect(page.url()).toContain(`#/engagements/${engagement.id}/deliverables`);
  const [folder] = readdirSync(harness.exportFolder!);
  expect(folder).toMatch(/^Northwind \d{4}-\d{2}-\d{2}$/);
  const files = readdirSync(path.join(harness.exportFolder!, folder!));
  expect(files).toEqual(expect.arrayContaining(['Audit report.pdf', 'Audit report.docx', 'Notes.csv', 'Notes.md']));
  for (const file of files) await expect(deliverables.filesWritten).toContainText(file);
  await page.screenshot({ path: 'test-results/screens/menu-export-week-pack.png' });
});

test('with no engagement open, the week pack and presenter mode say what to do and write nothing', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.expectVisible();

  await harness.emit('menu:command', 'export-week-pack');
  await expect(page.getByRole('status').filter({ hasText: 'Open an engagement first, then choose File → Export Week Pack…' })).toBeVisible();
  await harness.emit('menu:command', 'presenter-mode');
  await expect(page.getByRole('status').filter({ hasText: 'Open an engagement first, then choose View → Presenter Mode (F5)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/menu-no-engagement.png' });
  await list.expectVisible();
  expect(readdirSync(harness.exportFolder!)).toEqual([]);
});
