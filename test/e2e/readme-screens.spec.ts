import { test, expect } from './harness';
import { WorkspacePage } from './pages/workspace-page';

/**
 * The README's pictures: every main screen over the sample engagement, in both themes at two
 * sizes. Slow (about a minute per theme and size), so it runs only from `npm run screenshots`.
 */
const OUT = 'docs/screens';
const THEMES = ['light', 'dark'] as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

test.skip(!process.env.SCREENSHOTS, 'Runs from `npm run screenshots` only.');

for (const theme of THEMES) {
  for (const size of SIZES) {
    test(`README screenshots, ${theme} theme, ${size.width}x${size.height}`, async ({ page, harness }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${theme}-${size.width}.png` });

      await harness.open();
      const firstRun = page.getByRole('region', { name: 'No engagements yet' });
      await expect(firstRun).toBeVisible();
      await shot('first-run');

      await firstRun.getByRole('button', { name: 'Try the sample' }).click();
      const workspace = new WorkspacePage(page);
      await workspace.expectOpen('Halden Industrial Supply');
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await workspace.backToList();
      await expect(page.getByTestId('engagement-row')).toHaveCount(1);
      await shot('engagements');
      await page.getByTestId('engagement-row').getByRole('button').first().click();

      await workspace.goTo('Agenda');
      await expect(page.getByText('Current-process walkthrough').first()).toBeVisible();
      await shot('agenda');

      await workspace.goTo('Capture');
      await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Tomorrow I want to know' })).toBeInViewport();
      await shot('capture');

      await workspace.goTo('Board');
      await expect(page.getByRole('table', { name: 'Findings board' })).toBeVisible();
      await shot('board');
      await page.getByRole('button', { name: 'Present' }).click();
      await expect(page.getByRole('dialog', { name: /^Presenter/ })).toBeVisible();
      await shot('presenter');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: /^Presenter/ })).toBeHidden();

      await workspace.goTo('Assessment');
      await expect(page.getByText('24 of 24 criteria scored')).toBeVisible();
      await shot('assessment');

      await workspace.goTo('Cost model');
      await expect(page.getByText('Smaller model, more review').first()).toBeVisible();
      await shot('cost-model');

      await workspace.goTo('Path to ship');
      await expect(page.getByText('Shadow run through a month end').first()).toBeVisible();
      await shot('path-to-ship');

      await workspace.goTo('Deliverables');
      await expect(page.getByRole('article', { name: 'Report preview' })).toContainText('Halden Industrial Supply');
      await shot('deliverables');
    });
  }
}
