import { test, expect } from './harness';
import { WorkspacePage } from './pages/workspace-page';
import { SAMPLE_CONTENT } from '../../shared/sample/sample-content';

test('a first start offers the sample, and one click opens a finished week', async ({ page, harness }) => {
  await harness.open();
  const firstRun = page.getByRole('region', { name: 'No engagements yet' });
  await expect(firstRun.getByRole('list', { name: 'The audit week' }).getByRole('listitem')).toHaveCount(5);
  await expect(firstRun).toContainText('Is this the right problem?');
  await expect(firstRun).toContainText('On Friday you leave with');
  await expect(firstRun.getByRole('button', { name: 'New engagement' })).toBeVisible();

  await firstRun.getByRole('button', { name: 'Try the sample' }).click();

  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Halden Industrial Supply');
  await expect(workspace.sectionTitle).toHaveText('Board');
  await expect(page.getByText('The pilot sent invoices with personal data to a US endpoint')).toBeVisible();

  await workspace.goTo('Capture');
  await expect(page.getByText('The 40 largest suppliers send 35 % of the PDF volume', { exact: false })).toBeVisible();

  await workspace.goTo('Assessment');
  await expect(page.getByText('24 of 24 criteria scored')).toBeVisible();
  await expect(page.getByText(/High risk of pilot purgatory/)).toBeVisible();

  await workspace.goTo('Cost model');
  await expect(page.getByText('Smaller model, more review').first()).toBeVisible();

  await workspace.goTo('Path to ship');
  await expect(page.getByText('Shadow run through a month end').first()).toBeVisible();
  await expect(page.getByText(/Conditional go/).first()).toBeVisible();

  // The sample is an ordinary engagement in the list; trying it again opens the same one.
  await workspace.backToList();
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
  await expect(page.getByTestId('engagement-row')).toContainText('Halden Industrial Supply');
  const noteCount = SAMPLE_CONTENT.days.reduce((n, d) => n + d.sessions.reduce((m, s) => m + s.notes.length, 0), 0);
  expect(harness.query('SELECT count(*) AS n FROM notes')).toEqual([{ n: noteCount }]);
});
