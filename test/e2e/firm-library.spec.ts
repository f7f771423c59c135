import { test, expect } from './harness';
import { createFirmLibrary } from '../support/firm-library';
import { pgUnavailableReason, startPgCluster, type PgCluster } from '../support/pg-cluster';

const SHOTS = 'test-results/screens';
const NO_POSTGRES = pgUnavailableReason();

let cluster: PgCluster | null = null;

test.describe('the firm library', () => {
  test.skip(NO_POSTGRES !== null, NO_POSTGRES ?? '');

  test.beforeAll(async () => {
    cluster = await startPgCluster();
    const library = await createFirmLibrary(cluster, { consultants: { ana: 'ana-password' } });
    await library.end();
  });
  test.afterAll(() => cluster?.remove());

  test('connects, publishes, benchmarks, searches and copies a recurring finding; offline it says when the library was last reached', async ({ page, harness }) => {
    const call = async <T = { id: string }>(channel: string, payload: unknown): Promise<T> => {
      const result = await harness.dispatch({ url: 'http://audit-workshop.test/index.html', isMainFrame: true }, channel, payload);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    await harness.open('#/settings');
    await page.getByRole('textbox', { name: 'Server' }).fill('127.0.0.1');
    await page.getByRole('textbox', { name: 'Port' }).fill(String(cluster!.port));
    await page.getByRole('textbox', { name: 'Database', exact: true }).fill('firm');
    await page.getByRole('textbox', { name: 'Your database user' }).fill('ana');
    await page.getByLabel('Password', { exact: true }).fill('ana-password');
    await page.getByRole('radio', { name: 'No TLS (trusted network only)' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText(/The firm library was last reached on/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/firm-settings.png` });
    await page.getByText('For the firm’s administrator').click();
    await page.getByRole('textbox', { name: 'Administrator role' }).fill(cluster!.admin.user);
    await page.getByLabel('Administrator password').fill(cluster!.admin.password);
    await page.getByRole('button', { name: 'Run the migrations' }).click();
    await expect(page.getByText('The library is already at schema 1; nothing to do.')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/firm-settings-admin.png`, fullPage: true });

    // Three past audits of the same kind, published from this laptop through the same channels.
    for (const [client, accuracy, note] of [['Past A', 80, 'Forklift backlog at month end'], ['Past B', 90, 'The forklift scanner fails'], ['Past C', 85, 'Pallets arrive late']] as const) {
      const e = await call('engagements:create', { clientName: client, pilotName: 'Invoice reader', weekStart: '2025-03-03' });
      await call('engagements:update', { id: e.id, pilot: { accuracyPct: accuracy, pilotVolumePerDay: 200, costPerQuery: 0.03 } });
      await call('notes:create', { engagementId: e.id, day: 1, text: note });
      await call('findings:create', { engagementId: e.id, title: 'No drift monitoring', area: 'production-requirements', day: 2, recommendation: 'Add drift alerts to the weekly review' });
      await call('firm:publish', { engagementId: e.id, pilotKind: 'invoice processing', restricted: false });
    }
    const ours = await call('engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
    await call('engagements:update', { id: ours.id, pilot: { accuracyPct: 94.5, pilotVolumePerDay: 250, costPerQuery: 0.02 } });
    await call('cost:create', { engagementId: ours.id, name: 'Base case' });

    await harness.open(`#/engagements/${ours.id}/deliverables`);
    await page.getByLabel('Kind of pilot').fill('Invoice processing');
    await page.getByRole('radio', { name: 'Only named consultants' }).check();
    await page.getByLabel('Consultants (their database users)').fill('ben');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByText(/Published .*; up to date\./)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/firm-publish.png` });
    expect(harness.query('SELECT restricted, allowed_consultants FROM firm_publications WHERE engagement_id = ?', ours.id)).toEqual([{ restricted: 1, allowed_consultants: '["ben"]' }]);

    await harness.open(`#/engagements/${ours.id}/cost-model`);
    const panel = page.getByRole('region', { name: 'Against the firm’s past audits' });
    await expect(panel.getByText(/^3 past audits of invoice processing/)).toBeVisible();
    const accuracy = panel.getByRole('row', { name: /Accuracy/ });
    await expect(accuracy.getByRole('cell')).toHaveText(['Accuracy (%)', '94.5', '85', '82.5–87.5', 'highest', '3']);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/firm-benchmark-cost-model.png` });

    // The consultant chooses to put the comparison in the report.
    await harness.open(`#/engagements/${ours.id}/deliverables`);
    await page.getByLabel('Compare the pilot with the firm’s past audits (the last comparison on this laptop)').check();
    await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Compared with the firm’s past audits' })).toBeVisible();

    await harness.open('#/library');
    await page.getByLabel('Notes and findings of every engagement you may see').fill('forklift');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('2 results for “forklift”')).toBeVisible();
    const finding = page.getByRole('listitem').filter({ hasText: 'No drift monitoring' });
    await expect(finding.getByText('In 3 engagements')).toBeVisible();
    await finding.getByLabel('Copy into').selectOption({ label: 'Northwind · Invoice reader' });
    await page.screenshot({ path: `${SHOTS}/firm-library.png` });
    await finding.getByRole('button', { name: 'Copy “No drift monitoring” into this engagement' }).click();
    await expect(page.getByText(/was copied into Northwind/)).toBeVisible();
    expect(harness.query('SELECT title, recommendation, visibility FROM findings WHERE engagement_id = ?', ours.id)).toEqual([
      { title: 'No drift monitoring', recommendation: 'Add drift alerts to the weekly review', visibility: 'facilitator' },
    ]);
    // An agenda template saved on this laptop, shared with the firm, offered back in the list.
    await call('templates:save', { engagementId: ours.id, name: 'Invoice week' });
    await page.reload();
    await page.getByRole('button', { name: 'Share with the firm' }).click();
    await expect(page.getByRole('region', { name: 'Shared agenda templates' }).getByText('shared by ana')).toBeVisible();
    await page.getByRole('button', { name: 'Add “Invoice week” to my templates' }).click();
    await expect(page.getByText('“Invoice week (2)” is now one of your agenda templates')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/firm-library-templates.png` });
    await page.getByLabel('Notes and findings of every engagement you may see').fill('forklift');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: /The forklift scanner fails/ }).click();
    await expect(page.getByRole('dialog').getByText(/read-only, from the firm library/)).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // Off the firm's network: the benchmark comes from the cache and says so; search says what to do.
    cluster!.stop('immediate');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('alert')).toContainText('could not be reached. Check that this laptop is on the firm’s network');
    await harness.open(`#/engagements/${ours.id}/cost-model`);
    await expect(panel.getByText(/offline: as the library computed it on/)).toBeVisible();
    await expect(accuracy.getByRole('cell').nth(1)).toHaveText('94.5');
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/firm-benchmark-offline.png` });
  });
});
