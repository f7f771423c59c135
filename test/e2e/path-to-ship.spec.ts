import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TEST_ORIGIN, test, expect, type Harness } from './harness';
import { CostModelPage } from './pages/cost-model-page';
import { EngagementsPage } from './pages/engagements-page';
import { PathToShipPage } from './pages/path-to-ship-page';
import { SetupPage } from './pages/setup-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = 'test-results/screens';

const PEOPLE = [
  { name: 'Grace Hopper', title: 'CFO', fn: 'Sponsor' },
  { name: 'Ivan Petrov', title: 'Head of ERP', fn: 'IT / integration' },
  { name: 'Dana Wu', title: 'ML lead', fn: 'Data / ML' },
  { name: 'Omar Haddad', title: 'AP team lead', fn: 'Operator' },
];

async function openEngagement(page: Page, harness: Harness, people = PEOPLE) {
  await harness.open();
  await new EngagementsPage(page).create({ client: 'Northwind Logistics', pilot: 'Invoice extraction assistant', weekStart: '2026-03-02' });
  const setup = new SetupPage(page);
  for (const p of people) await setup.addParticipant(p);
  return new WorkspacePage(page);
}

test('recommendation, a reordered roadmap and an unowned responsibility are kept, and flagged, across a reload', async ({ page, harness }) => {
  const workspace = await openEngagement(page, harness, PEOPLE.slice(0, 2));
  await workspace.goTo('Path to ship');
  const path = new PathToShipPage(page);
  await expect(path.recommendation).toContainText('No recommendation yet');
  await expect(path.budget).toContainText('No cost scenario yet');

  await path.setRecommendation({
    decision: 'Conditional go',
    rationale: 'Extraction is accurate enough on real invoices; nobody owns it once it is live.',
    conditions: ['Name a monitoring owner before go-live', 'Agree the review share with Finance'],
    decidedBy: 'Grace Hopper',
    decidedOn: '2026-03-06',
    criteria: ['Business value in numbers'],
  });
  await expect(path.recommendation.getByTestId('decision')).toHaveText('Conditional go');
  await expect(path.recommendation.getByRole('list', { name: 'Conditions' }).getByRole('listitem')).toHaveText([
    'Name a monitoring owner before go-live',
    'Agree the review share with Finance',
  ]);
  await expect(path.recommendation).toContainText('Decided by Grace Hopper (CFO) on 6 Mar 2026');

  await path.addPhase({ name: 'Integrate', targetWeek: 10, owner: 'Ivan Petrov', milestones: ['Posting to SAP in test'] });
  await path.addPhase({ name: 'Harden', targetWeek: 4, owner: 'Grace Hopper', exitCriteria: ['Accuracy ≥ 97 % on 2,000 invoices'] });
  await path.expectPhaseOrder(['Integrate', 'Harden']);
  await expect(path.phase('Harden')).toContainText('not after the previous phase');

  // Keyboard first: focus the second phase and lift it above the first.
  await path.phase('Harden').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await path.expectPhaseOrder(['Harden', 'Integrate']);
  await expect(path.phase('Harden')).toBeFocused();
  await expect(path.timeline.getByRole('listitem')).toHaveText([/Harden.*Weeks 0–4 · to 3 Apr 2026/, /Integrate.*Weeks 4–10 · to 15 May 2026/]);
  await expect(page.getByText('not after the previous phase')).toHaveCount(0);

  // Incident response gets a responsible person but no accountable owner: the gap is named in words.
  await path.assign('Incident response', 'Ivan Petrov', 'R');
  await expect(path.gaps('Incident response')).toHaveText('⚠ No accountable owner');
  await path.assign('Monitoring', 'Grace Hopper', 'A');
  await path.assign('Monitoring', 'Ivan Petrov', 'A/R');
  await expect(path.gaps('Monitoring')).toHaveText('⚠ Several accountable: keep one');
  await path.assign('Monitoring', 'Grace Hopper', 'C');
  await expect(path.row('Monitoring')).toContainText('✓ Owned');
  await path.addSystem('SAP S/4HANA');
  await expect(path.gaps('Integration: SAP S/4HANA')).toHaveText(['⚠ Nobody responsible', '⚠ No accountable owner']);
  await expect(path.operatingModel.getByRole('status')).toHaveText('⚠ 5 of 6 responsibilities have a gap');

  await page.reload();
  await expect(workspace.sectionTitle).toHaveText('Path to ship');
  await expect(path.recommendation.getByTestId('decision')).toHaveText('Conditional go');
  await expect(path.recommendation.getByRole('list', { name: 'Supporting audit criteria' })).toContainText('Business value in numbers');
  await path.expectPhaseOrder(['Harden', 'Integrate']);
  await expect(path.cell('Incident response', 'Ivan Petrov')).toHaveValue('R');
  await expect(path.gaps('Incident response')).toHaveText('⚠ No accountable owner');
  await expect(path.row('Monitoring')).toContainText('✓ Owned');

  expect(harness.query('SELECT decision, conditions, decided_on FROM path_recommendations')).toEqual([
    { decision: 'conditional-go', conditions: JSON.stringify(['Name a monitoring owner before go-live', 'Agree the review share with Finance']), decided_on: '2026-03-06' },
  ]);
  expect(harness.query('SELECT name, position, target_week FROM path_phases WHERE deleted_at IS NULL ORDER BY position')).toEqual([
    { name: 'Harden', position: 0, target_week: 4 },
    { name: 'Integrate', position: 1, target_week: 10 },
  ]);
  expect(harness.query("SELECT target_kind, target_id FROM path_links WHERE recommendation_id IS NOT NULL AND deleted_at IS NULL")).toEqual([
    { target_kind: 'criterion', target_id: 'pf-value-quantified' },
  ]);
  expect(
    harness.query(
      'SELECT r.responsibility, p.name, r.role FROM path_raci r JOIN participants p ON p.id = r.participant_id WHERE r.deleted_at IS NULL ORDER BY r.responsibility, p.name',
    ),
  ).toEqual([
    { responsibility: 'incident-response', name: 'Ivan Petrov', role: 'R' },
    { responsibility: 'monitoring', name: 'Grace Hopper', role: 'C' },
    { responsibility: 'monitoring', name: 'Ivan Petrov', role: 'AR' },
  ]);
  expect(harness.query('SELECT name FROM path_systems WHERE deleted_at IS NULL')).toEqual([{ name: 'SAP S/4HANA' }]);
});

test('findings from the board are linked to the recommendation and a phase, one unlinked, and still there after a reload', async ({ page, harness }) => {
  const workspace = await openEngagement(page, harness, []);
  const [engagement] = harness.query<{ id: string }>('SELECT id FROM engagements');
  const sender = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };
  const ids: string[] = [];
  for (const [title, severity] of [
    ['Nobody is paged at night', 'critical'],
    ['Drift is not measured', 'high'],
    ['Reviewers see every invoice', 'medium'],
  ] as const) {
    // A second apart, so their references (F1, F2, F3) follow the order they were recorded in.
    harness.clock.advance(1000);
    const created = await harness.dispatch(sender, 'findings:create', { engagementId: engagement!.id, title, severity, area: 'production-requirements', day: 2 });
    ids.push((created as { value: { id: string } }).value.id);
  }

  await workspace.goTo('Path to ship');
  const path = new PathToShipPage(page);
  await path.setRecommendation({
    decision: 'Conditional go',
    rationale: 'Ship once someone is paged and drift is watched.',
    conditions: [],
    decidedBy: 'Not recorded yet',
    decidedOn: '2026-03-06',
    criteria: [],
    findings: ['F1', 'F2'],
  });
  const supporting = path.linkedFindings(path.recommendation, 'Supporting findings');
  await expect(supporting).toHaveText([/^F1\s*Nobody is paged at night\s*Critical$/, /^F2\s*Drift is not measured\s*High$/]);

  // A phase links a finding by keyboard alone: type in the search box, Tab to Link, Enter.
  await path.roadmap.getByRole('button', { name: 'Add phase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add phase' });
  await dialog.getByLabel('Phase name', { exact: true }).fill('Harden');
  await dialog.getByLabel('Target week', { exact: true }).fill('4');
  const search = dialog.getByLabel('Find a finding to link', { exact: true });
  await search.fill('review');
  await expect(dialog.getByRole('list', { name: 'Findings to link' }).getByRole('listitem')).toHaveText([/^F3\s*Reviewers see every invoice/]);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Link F3 Reviewers see every invoice' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(path.linkedFindings(dialog)).toHaveText([/^F3\s*Reviewers see every invoice\s*Medium/]);
  await expect(search).toBeFocused();
  await dialog.getByRole('button', { name: 'Add phase' }).click();
  await expect(dialog).toBeHidden();
  await expect(path.linkedFindings(path.phase('Harden'), 'Findings for Harden')).toHaveText([/^F3\s*Reviewers see every invoice/]);

  // Unlink one from the recommendation with its chip's remove button.
  await path.recommendation.getByRole('button', { name: 'Edit' }).click();
  const rec = page.getByRole('dialog', { name: 'Recommendation' });
  await rec.getByRole('button', { name: 'Unlink F1 Nobody is paged at night' }).click();
  await expect(path.linkedFindings(rec)).toHaveText([/^F2\s*Drift is not measured/]);
  await page.screenshot({ path: `${SHOTS}/path-to-ship-link-findings.png` });
  await rec.getByRole('button', { name: 'Save recommendation' }).click();
  await expect(rec).toBeHidden();

  await page.reload();
  await expect(workspace.sectionTitle).toHaveText('Path to ship');
  await expect(supporting).toHaveText([/^F2\s*Drift is not measured\s*High$/]);
  await expect(path.linkedFindings(path.phase('Harden'), 'Findings for Harden')).toHaveText([/^F3\s*Reviewers see every invoice/]);
  await path.roadmap.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SHOTS}/path-to-ship-linked-findings.png` });
  expect(harness.query("SELECT recommendation_id IS NOT NULL AS rec, target_id FROM path_links WHERE target_kind = 'finding' AND deleted_at IS NULL ORDER BY rec")).toEqual([
    { rec: 0, target_id: ids[2] },
    { rec: 1, target_id: ids[1] },
  ]);
});

test('a deleted phase comes back in its place with Undo', async ({ page, harness }) => {
  const workspace = await openEngagement(page, harness, []);
  await workspace.goTo('Path to ship');
  const path = new PathToShipPage(page);
  await expect(path.operatingModel).toContainText('No participants yet');
  for (const [name, week] of [['Harden', 4], ['Integrate', 10], ['Scale', 26]] as const) await path.addPhase({ name, targetWeek: week });
  await path.phase('Integrate').focus();
  await page.keyboard.press('Delete');
  await path.expectPhaseOrder(['Harden', 'Scale']);
  expect(harness.query('SELECT count(*) AS n FROM path_phases WHERE deleted_at IS NULL')).toEqual([{ n: 2 }]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await path.expectPhaseOrder(['Harden', 'Integrate', 'Scale']);
  expect(harness.query('SELECT name FROM path_phases WHERE deleted_at IS NULL ORDER BY position')).toEqual([{ name: 'Harden' }, { name: 'Integrate' }, { name: 'Scale' }]);
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`screenshots: path to ship at ${size.width}x${size.height}`, async ({ page, harness }) => {
    // A whole engagement is built through the screens first, which takes a while on a shared machine.
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const workspace = await openEngagement(page, harness);
    await workspace.goTo('Cost model');
    const cost = new CostModelPage(page);
    await cost.createFirstScenario();
    await cost.fill({ 'Pilot volume': '200', 'Production volume': '9,000', 'Integration build': '90000', 'Fixed infrastructure': '1500', 'Outputs reviewed by a person': '20', 'Time per review': '2', 'Reviewer cost': '38' });
    await workspace.goTo('Path to ship');
    const path = new PathToShipPage(page);
    await path.setRecommendation({
      decision: 'Conditional go',
      rationale:
        'Extraction reaches 96.5 % on real supplier invoices and the business case holds at production volume. What is missing is ownership: nobody monitors quality once it is live, and the SAP posting has no owner on the ERP side.',
      conditions: ['Name an accountable owner for monitoring before go-live', 'Agree a 20 % review share with Finance', 'Sign the SAP posting interface with the ERP team'],
      decidedBy: 'Grace Hopper',
      decidedOn: '2026-03-06',
      criteria: ['Business value in numbers', 'Success metrics agreed'],
    });
    await path.addPhase({ name: 'Harden', targetWeek: 4, owner: 'Dana Wu', milestones: ['Evaluation set of 2,000 invoices', 'Confidence threshold agreed'], exitCriteria: ['Accuracy ≥ 97 % on the evaluation set'] });
    await path.addPhase({ name: 'Integrate', targetWeek: 10, owner: 'Ivan Petrov', milestones: ['Posting to SAP in test', 'Review queue in the AP tool'], exitCriteria: ['500 invoices posted without manual fixes'] });
    await path.addPhase({ name: 'Production pilot', targetWeek: 16, owner: 'Omar Haddad', milestones: ['One business unit live'], exitCriteria: ['Four weeks within the error budget'] });
    await path.addPhase({ name: 'Scale', targetWeek: 26, owner: 'Grace Hopper', milestones: ['All business units live'], exitCriteria: ['Run cost within budget for a quarter'] });
    await path.addSystem('SAP S/4HANA');
    await path.addSystem('Coupa');
    for (const [resp, person, role] of [
      ['Monitoring', 'Dana Wu', 'R'],
      ['Retraining', 'Dana Wu', 'A/R'],
      ['Edge-case review', 'Omar Haddad', 'R'],
      ['Edge-case review', 'Grace Hopper', 'A'],
      ['Incident response', 'Ivan Petrov', 'R'],
      ['Budget', 'Grace Hopper', 'A/R'],
      ['Integration: SAP S/4HANA', 'Ivan Petrov', 'A/R'],
      ['Integration: SAP S/4HANA', 'Dana Wu', 'C'],
    ] as const) {
      await path.assign(resp, person, role);
    }
    await page.evaluate(() => document.fonts.ready);
    for (const [part, region] of [
      ['top', path.recommendation],
      ['roadmap', path.roadmap],
      ['operating-model', path.operatingModel],
    ] as const) {
      await region.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SHOTS}/path-to-ship-${size.width}-${part}.png` });
    }
    if (size.width === 1366) {
      const results = await new AxeBuilder({ page }).include('.ps-screen').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
