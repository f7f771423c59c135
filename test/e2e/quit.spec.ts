import type { Engagement } from '../../shared/domain/engagement';
import { test, expect } from './harness';
import { call } from './pages/board-page';
import { CapturePage } from './pages/capture-page';
import { EngagementsPage } from './pages/engagements-page';

test('quitting saves the half-typed note before the window answers, even before the pause in typing', async ({ page, harness }) => {
  const engagement = await call<Engagement>(harness, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  await page.clock.install();
  await harness.open(`#/engagements/${engagement.id}/capture`);
  const capture = new CapturePage(page);
  await expect(capture.box).toBeEnabled();
  // With the page's timers stopped, the draft's save after a pause in typing never comes on its own.
  await page.clock.pauseAt(Date.now() + 1000);
  await capture.box.pressSequentially('The sponsor wants a go/no-go by Fri');
  expect(harness.query('SELECT text FROM capture_drafts')).toEqual([]);

  await harness.emit('app:before-quit', undefined);
  await expect.poll(() => harness.quitAnswers).toBe(1);
  expect(harness.query('SELECT text FROM capture_drafts WHERE engagement_id = ?', engagement.id)).toEqual([{ text: 'The sponsor wants a go/no-go by Fri' }]);
  await expect(capture.box).toHaveValue('The sponsor wants a go/no-go by Fri');
});

test('a window with nothing typed answers a quit at once', async ({ page, harness }) => {
  await harness.open();
  await new EngagementsPage(page).expectVisible();
  await harness.emit('app:before-quit', undefined);
  await expect.poll(() => harness.quitAnswers).toBe(1);
  expect(harness.query('SELECT text FROM capture_drafts')).toEqual([]);
});
