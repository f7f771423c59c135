import { WORKSPACE_SECTIONS } from '../../renderer/store/route';
import { test, expect, isTestOriginUrl, TEST_ORIGIN } from './harness';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';

test('using the app requests nothing but its own files', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.expectVisible();
  await list.create({ client: 'Offline Bank', pilot: 'Statement matching', weekStart: '2026-05-04' });
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Offline Bank');
  for (const section of WORKSPACE_SECTIONS) await workspace.goTo(section.label);
  await harness.emit('menu:command', 'go-engagements');
  await expect(list.row('Offline Bank')).toBeVisible();
  await harness.emit('menu:command', 'new-engagement');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(list.row('Offline Bank')).toBeVisible();

  // The recorder saw the app load (twice), so an empty list of strays is not an empty recording.
  expect(harness.requests.filter((url) => url.startsWith(`${TEST_ORIGIN}/index.html`))).toHaveLength(2);
  expect(harness.requests.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
  expect(harness.requests.filter((url) => !isTestOriginUrl(url))).toEqual([]);
});
