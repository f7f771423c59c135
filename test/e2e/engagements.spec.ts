import { test, expect } from './harness';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';

test('a new engagement is created through the UI, survives a reload and is in the SQLite file', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.expectVisible();
  await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();

  await list.create({ client: 'Northwind Logistics', pilot: 'Invoice extraction', weekStart: '2026-03-02' });
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Northwind Logistics');

  await workspace.backToList();
  await expect(list.row('Northwind Logistics')).toContainText('Invoice extraction');
  await expect(list.row('Northwind Logistics')).toContainText('2 Mar – 6 Mar 2026');

  await page.reload();
  await expect(list.row('Northwind Logistics')).toBeVisible();

  const rows = harness.query<{ client_name: string; pilot_name: string; week_start: string; day_count: number }>(
    'SELECT client_name, pilot_name, week_start, day_count FROM engagements',
  );
  expect(rows).toEqual([{ client_name: 'Northwind Logistics', pilot_name: 'Invoice extraction', week_start: '2026-03-02', day_count: 5 }]);
});

test('missing fields are explained next to them and nothing is written', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = list.dialog('New engagement');
  await dialog.getByLabel('Pilot').fill('Claims triage');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(dialog.getByText('Client name is required.')).toBeVisible();
  await expect(dialog.getByLabel('Client')).toHaveAttribute('aria-invalid', 'true');
  expect(harness.query('SELECT id FROM engagements')).toEqual([]);
});

test('rename, archive with undo, and delete with confirmation', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.create({ client: 'Contoso', pilot: 'Claims triage', weekStart: '2026-04-13' });
  await new WorkspacePage(page).backToList();
  await list.create({ client: 'Fabrikam', pilot: 'Support replies', weekStart: '2026-05-04' });
  await new WorkspacePage(page).backToList();
  await expect(list.rows).toHaveCount(2);

  await list.rename('Contoso', 'Contoso Insurance', 'Claims triage v2');
  await expect(list.row('Contoso Insurance')).toContainText('Claims triage v2');

  await list.archive('Contoso Insurance');
  await expect(list.rows).toHaveCount(1);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.rows).toHaveCount(2);

  await list.archive('Contoso Insurance');
  await expect(list.rows).toHaveCount(1);
  await page.getByLabel('Show archived').check();
  await expect(list.row('Contoso Insurance')).toContainText('Archived');
  expect(harness.query<{ archived: number }>("SELECT archived_at IS NOT NULL AS archived FROM engagements WHERE client_name = 'Contoso Insurance'")).toEqual([
    { archived: 1 },
  ]);

  await list.row('Fabrikam').getByRole('button', { name: /^Delete/ }).click();
  await list.dialog('Delete engagement?').getByRole('button', { name: 'Cancel' }).click();
  await expect(list.row('Fabrikam')).toBeVisible();
  await list.delete('Fabrikam');
  await expect(list.row('Fabrikam')).toHaveCount(0);
  expect(harness.query<{ client_name: string }>('SELECT client_name FROM engagements')).toEqual([{ client_name: 'Contoso Insurance' }]);
});

test('the workspace lists every screen, says plainly which are not built yet, and Alt+number navigates', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.create({ client: 'Tailspin', pilot: 'Demand forecast', weekStart: '2026-06-01' });
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Tailspin');
  for (const section of ['Board', 'Path to ship', 'Deliverables']) {
    await workspace.goTo(section);
    await expect(page.getByRole('heading', { name: `${section} is not built yet` })).toBeVisible();
  }
  await workspace.goTo('Cost model');
  await expect(page.getByRole('heading', { name: 'No cost scenarios yet' })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(workspace.sectionTitle).toHaveText('Board');
  await page.reload();
  await expect(workspace.sectionTitle).toHaveText('Board');
});

test('keyboard: Ctrl+N and the File menu command both open the new-engagement dialog', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.expectVisible();
  await page.keyboard.press('Control+n');
  const dialog = list.dialog('New engagement');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Client')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await harness.emit('menu:command', 'new-engagement');
  await expect(dialog).toBeVisible();
});

test('an engagement that no longer exists gets a clear message, not a blank screen', async ({ page, harness }) => {
  await harness.open('#/engagements/7b0a9a52-3c1e-4a53-9d55-0d7c4f7a1a11/agenda');
  await expect(page.getByRole('heading', { name: 'This engagement cannot be opened' })).toBeVisible();
  await expect(page.getByText('That engagement no longer exists')).toBeVisible();
});
