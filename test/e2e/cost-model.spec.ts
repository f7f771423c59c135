import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';
import { CostModelPage } from './pages/cost-model-page';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = 'test-results/screens';

/** The executive example: 2 cents a query, 98 % accurate, a quarter reviewed, a 90,000 build. */
const BASE_CASE = {
  'Pilot volume': '200',
  'Production volume': '10,000',
  Growth: '20',
  'Model / API cost': '0.02',
  'Compute cost': '0.004',
  'Fixed infrastructure': '1500',
  'Monitoring and tooling': '400',
  'Integration build': '90000',
  'Maintenance and support staff': '0.5',
  'Loaded cost per FTE': '110000',
  'Storage per item': '40',
  Retention: '24',
  'Storage price': '0.023',
  Accuracy: '98',
  'False positives among errors': '35',
  'Outputs reviewed by a person': '25',
  'Time per review': '2',
  'Reviewer cost': '38',
  'Cost of an uncaught error': '6',
  "Today's cost per item": '1.10',
};

async function openCostModel(page: import('@playwright/test').Page, harness: { open: () => Promise<void> }) {
  await harness.open();
  await new EngagementsPage(page).create({ client: 'Northwind Logistics', pilot: 'Invoice extraction assistant', weekStart: '2026-03-02' });
  const workspace = new WorkspacePage(page);
  await workspace.goTo('Cost model');
  return new CostModelPage(page);
}

function rows(harness: { query: <T>(sql: string) => T[] }) {
  return harness.query<{ name: string; inputs: string }>('SELECT name, inputs FROM cost_scenarios WHERE deleted_at IS NULL ORDER BY position');
}

test('a scenario is entered, shows its outputs and charts, is duplicated and changed, and both survive a reload', async ({ page, harness }) => {
  // The harness serves the real CSP; recharts must draw without anything it refuses.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  const cost = await openCostModel(page, harness);
  await expect(page.getByRole('heading', { name: 'No cost scenarios yet' })).toBeVisible();
  await cost.createFirstScenario();

  await cost.fill({ 'Production volume': '10,000', 'Model / API cost': '0.02', Accuracy: '98' });
  // 10,000 a day × 0.02 × 365 / 12
  await expect(cost.kpi('Cost per month')).toContainText('€6,083');
  await expect(cost.kpi('Cost per transaction')).toContainText('€0.02');
  // 98 % of 10,000 leaves 200 wrong a day, none reviewed
  await expect(cost.kpi('Wrong outputs per day')).toContainText('200');
  await expect(cost.kpi('Wrong outputs per day')).toContainText('0 caught by review · 200 reach the business');

  await cost.fill({ 'Outputs reviewed by a person': '10', 'Time per review': '3' });
  // 1,000 reviews × 3 min = 50 h a day at 6 productive hours
  await expect(cost.kpi('Reviewers needed')).toContainText('8.3 FTE');
  await expect(cost.kpi('Wrong outputs per day')).toContainText('20 caught by review · 180 reach the business');

  // each chart has drawn its data, not only its frame
  await expect(cost.chart('Monthly cost by daily volume').locator('.recharts-line-curve')).toBeVisible();
  await expect(cost.chart('Yearly cost, by line item').locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await expect(cost.chart('Wrong outputs per day by accuracy').locator('.recharts-area-area').first()).toBeVisible();
  await expect(cost.chart('Monthly cost by daily volume').getByText('Production', { exact: true })).toBeVisible();

  await cost.duplicate();
  await expect(cost.tab('Scenario (copy)')).toHaveAttribute('aria-selected', 'true');
  await cost.fill({ 'Model / API cost': '0.01' });
  await expect(cost.kpi('Cost per month')).toContainText('€3,042');
  await expect(cost.comparison.getByRole('columnheader')).toHaveText(['At production volume', 'Scenario', 'Scenario (copy)']);

  expect(rows(harness).map((r) => [r.name, JSON.parse(r.inputs).modelCostPerQuery])).toEqual([
    ['Scenario', 0.02],
    ['Scenario (copy)', 0.01],
  ]);

  await page.reload();
  await expect(cost.tabs.getByRole('tab')).toHaveText(['Scenario', 'Scenario (copy)']);
  await expect(cost.kpi('Cost per month')).toContainText('€6,083');
  await cost.tab('Scenario (copy)').click();
  await expect(cost.field('Model / API cost')).toHaveValue('0.01');
  await expect(cost.kpi('Cost per month')).toContainText('€3,042');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  const axe = await new AxeBuilder({ page }).include('.cost-model').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('an invalid input shows what is wrong, keeps the typed text, and is not saved', async ({ page, harness }) => {
  const cost = await openCostModel(page, harness);
  await cost.createFirstScenario();
  await cost.fill({ 'Pilot volume': '150' });

  await cost.field('Pilot volume').fill('-5');
  await expect(cost.inputs.getByRole('alert')).toHaveText('Pilot volume cannot be negative.');
  await cost.field('Accuracy').fill('120');
  await expect(cost.inputs.getByText('Accuracy cannot be more than 100 %.')).toBeVisible();
  await expect(cost.saveStatus).toHaveText('Not saved: correct the field marked in red');
  await expect(cost.field('Pilot volume')).toHaveValue('-5');
  await expect(cost.field('Pilot volume')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${SHOTS}/cost-model-invalid.png` });
  // Leaving the page sends any save still waiting, so what comes back is what was stored: the last valid values.
  await page.reload();
  await expect(cost.field('Pilot volume')).toHaveValue('150');
  expect(JSON.parse(rows(harness)[0]!.inputs)).toMatchObject({ pilotVolumePerDay: 150, accuracyPct: 100 });

  await cost.field('Accuracy').fill('97');
  await cost.field('Pilot volume').fill('1,500');
  await cost.expectSaved();
  expect(JSON.parse(rows(harness)[0]!.inputs)).toMatchObject({ pilotVolumePerDay: 1500, accuracyPct: 97 });
});

test('scenarios are renamed and deleted after confirmation', async ({ page, harness }) => {
  const cost = await openCostModel(page, harness);
  await cost.createFirstScenario();
  await cost.duplicate();
  await cost.rename('Cheaper model');
  await expect(cost.tabs.getByRole('tab')).toHaveText(['Scenario', 'Cheaper model']);

  // the tabs work from the keyboard: arrows move between scenarios
  await cost.tab('Cheaper model').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(cost.tab('Scenario')).toHaveAttribute('aria-selected', 'true');
  await expect(cost.tab('Scenario')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cost.tab('Cheaper model')).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete scenario?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(cost.tabs.getByRole('tab')).toHaveCount(2);

  await cost.delete();
  await expect(cost.tabs.getByRole('tab')).toHaveText(['Scenario']);
  expect(rows(harness).map((r) => r.name)).toEqual(['Scenario']);
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`screenshot: cost model at ${viewport.width}x${viewport.height}`, async ({ page, harness }) => {
    // twenty-odd fields typed, renamed, duplicated and typed again: more than the default budget
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const cost = await openCostModel(page, harness);
    await cost.createFirstScenario();
    await cost.fill(BASE_CASE);
    await cost.rename('Base case');
    await cost.duplicate();
    await cost.fill({ 'Outputs reviewed by a person': '60', 'Model / API cost': '0.012' });
    await cost.rename('Smaller model, more review');
    await cost.tab('Base case').click();
    await page.screenshot({ path: `${SHOTS}/cost-model-${viewport.width}.png` });
    await page.screenshot({ path: `${SHOTS}/cost-model-${viewport.width}-full.png`, fullPage: true });
  });
}

test('a headline result becomes a finding in one action and appears on the board', async ({ page, harness }) => {
  const cost = await openCostModel(page, harness);
  await cost.createFirstScenario();
  await cost.fill({ 'Production volume': '10,000', 'Model / API cost': '0.02', Accuracy: '98' });
  await expect(cost.kpi('Cost per month')).toContainText('€6,083');

  await cost.kpi('Cost per month').getByRole('button', { name: 'Create a finding from Cost per month' }).click();
  await cost.kpi('Wrong outputs per day').getByRole('button', { name: 'Create a finding from Wrong outputs per day' }).click();
  await expect.poll(() => harness.query('SELECT count(*) AS n FROM findings')).toEqual([{ n: 2 }]);
  const found = harness.query<{ title: string; area: string; kind: string; day: number }>('SELECT title, area, kind, day FROM findings ORDER BY title');
  expect(found.map((f) => [f.area, f.kind, f.day])).toEqual([
    ['production-requirements', 'risk', 1],
    ['production-requirements', 'risk', 1],
  ]);
  expect(found[0]!.title).toMatch(/^At production volume 200 outputs a day are wrong; 200 reach the business$/);
  expect(found[1]!.title).toMatch(/^At production volume the model costs €73(\.\d)?\s?[kK] a year$/);
  await page.screenshot({ path: 'test-results/screens/cost-finding.png' });

  await new WorkspacePage(page).goTo('Board');
  await expect(page.getByText(found[1]!.title).first()).toBeVisible();
  await expect(page.getByText(found[0]!.title).first()).toBeVisible();
});
