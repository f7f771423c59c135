import { test, expect } from './harness';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = 'test-results/screens';

test('screenshots: engagements list, empty state, open engagement', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/engagements-empty.png` });

  for (const [client, pilot, week] of [
    ['Northwind Logistics', 'Invoice extraction assistant', '2026-03-02'],
    ['Contoso Insurance', 'Claims triage', '2026-04-13'],
    ['Fabrikam Retail', 'Customer support reply drafts', '2026-05-04'],
  ] as const) {
    await list.create({ client, pilot, weekStart: week });
    await new WorkspacePage(page).backToList();
  }
  await expect(list.rows).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/engagements-list.png` });

  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await page.screenshot({ path: `${SHOTS}/engagements-new-dialog.png` });
  await page.keyboard.press('Escape');

  await list.open('Northwind Logistics');
  await new WorkspacePage(page).goTo('Capture');
  await page.screenshot({ path: `${SHOTS}/workspace.png` });
});
