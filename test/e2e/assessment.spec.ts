import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ML_TESTS } from '../../shared/assessment/ml-test-score';
import { test, expect, TEST_ORIGIN } from './harness';
import { AssessmentPage } from './pages/assessment-page';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = 'test-results/screens';

async function openAssessment(page: Page, client: string): Promise<AssessmentPage> {
  await new EngagementsPage(page).create({ client, pilot: 'Claims triage', weekStart: '2026-03-02' });
  await new WorkspacePage(page).goTo('Assessment');
  const assessment = new AssessmentPage(page);
  await expect(assessment.tabs).toBeVisible();
  return assessment;
}

test('scores criteria and ML tests, the summary follows, and a reload finds everything as left', async ({ page, harness }) => {
  await harness.open();
  const a = await openAssessment(page, 'Contoso Insurance');

  await expect(a.chart).toHaveAttribute('aria-label', /Problem fit Not scored, Approach Not scored/);
  await expect(a.overall).toContainText('Not scored');
  await expect(a.mlScore).toHaveText('0');
  await expect(page.getByText('More of a research project than a productionised system.')).toBeVisible();

  await a.openTab('Problem fit');
  await a.scoreCriterion('Business value in numbers', 'In place');
  await a.scoreCriterion('Success metrics agreed', 'Partly');
  await a.scoreCriterion('Simpler non-AI alternatives weighed', 'N/A');
  await a.commentOn('Success metrics agreed', 'Targets agreed with finance, not with operations.');
  await expect(page.getByTestId('area-readiness')).toHaveText('75 %');
  await expect(a.tabs.getByRole('tab', { name: /^Problem fit/ })).toContainText('3/5');

  await a.openTab('Production requirements');
  await a.criterion('The 2am incident').getByText('Why it matters').click();
  await expect(a.criterion('The 2am incident').getByText(/on-call path and an off switch/)).toBeVisible();
  await expect(a.criterion('The 2am incident').getByText('MANAGE 2.4')).toBeVisible();
  await a.scoreCriterion('The 2am incident', 'Not in place');

  await a.openTab('ML Test Score');
  for (const label of ['Data 1', 'Model 1', 'Infra 1', 'Monitor 1']) await a.scoreMlTest(label, 'Automated');
  await a.scoreMlTest('Monitor 2', 'Manual');
  await expect(page.getByTestId('ml-section-sum-monitoring')).toHaveText('1.5 of 7');
  await expect(a.mlScore).toHaveText('1');
  await expect(page.getByText(/Breck, Cai, Nielsen, Salib and Sculley/)).toBeVisible();

  await a.openTab('Summary');
  await expect(a.chart).toHaveAttribute('aria-label', /Problem fit 75 %, Approach Not scored, Production requirements 0 %, Path to ship Not scored/);
  await expect(a.overall).toContainText('50 %');
  await expect(a.mlScore).toHaveText('1');
  await expect(page.getByText('Not totally untested, but there may be serious holes in reliability.')).toBeVisible();
  await expect(a.weakest.getByRole('listitem')).toHaveText([/Not in place\s*The 2am incident/, /Partly\s*Success metrics agreed/]);
  await expect(page.getByText(/NIST AI Risk Management Framework/)).toBeVisible();
  // One visible bar: problem fit at 75 %; production requirements is scored but at 0 %.
  await expect(page.locator('.chart-bar path')).toHaveCount(1);

  await page.reload();
  await expect(a.overall).toContainText('50 %');
  await expect(a.mlScore).toHaveText('1');
  await a.openTab('Problem fit');
  await expect(a.criterion('Success metrics agreed').getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(a.criterion('Success metrics agreed').getByRole('textbox', { name: /Comment on/ })).toHaveValue(
    'Targets agreed with finance, not with operations.',
  );
  await a.openTab('ML Test Score');
  await expect(a.mlTest('Monitor 2').getByRole('radio', { name: 'Manual' })).toBeChecked();

  expect(harness.query('SELECT criterion_id, score, comment FROM assessment_criterion_scores ORDER BY criterion_id')).toEqual([
    { criterion_id: 'pf-non-ai-alternatives', score: 'not-applicable', comment: '' },
    { criterion_id: 'pf-success-metrics', score: 'partly', comment: 'Targets agreed with finance, not with operations.' },
    { criterion_id: 'pf-value-quantified', score: 'in-place', comment: '' },
    { criterion_id: 'pr-incident-response', score: 'not-in-place', comment: '' },
  ]);
  expect(harness.query('SELECT test_id, points FROM assessment_ml_test_scores ORDER BY test_id')).toEqual([
    { test_id: 'data-1', points: 1 },
    { test_id: 'infra-1', points: 1 },
    { test_id: 'model-1', points: 1 },
    { test_id: 'monitor-1', points: 1 },
    { test_id: 'monitor-2', points: 0.5 },
  ]);
});

test('the score controls and tabs work from the keyboard alone', async ({ page, harness }) => {
  await harness.open();
  const a = await openAssessment(page, 'Fabrikam');
  await a.tabs.getByRole('tab', { name: 'Summary' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(a.tabs.getByRole('tab', { name: /^Problem fit/ })).toHaveAttribute('aria-selected', 'true');
  await expect(a.tabs.getByRole('tab', { name: /^Problem fit/ })).toBeFocused();

  const first = a.criterion('Business value in numbers');
  await first.getByRole('radio', { name: 'Not scored' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Not in place', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(first).toHaveAttribute('data-score', 'partly');
  await expect.poll(() => harness.query("SELECT score FROM assessment_criterion_scores WHERE criterion_id = 'pf-value-quantified'")).toEqual([
    { score: 'partly' },
  ]);
});

test('the diagnostic suggests a rating from the scores, and the rating and justification are kept', async ({ page, harness }) => {
  await harness.open();
  const a = await openAssessment(page, 'Tailspin');
  await a.openTab('Problem fit');
  await a.scoreCriterion('Owner of the business outcome', 'Not in place');
  await a.openTab('Diagnostic');
  await expect(page.getByTestId('diagnostic-reading')).toHaveText('The pilot-purgatory diagnostic has not been rated yet.');

  const owners = a.cause('The wrong people owned it');
  await expect(owners).toContainText('Suggested from the scores: Major risk');
  await owners.getByRole('button', { name: /Use the suggestion/ }).click();
  await expect(owners.getByRole('radio', { name: 'Major risk' })).toBeChecked();
  const justification = owners.getByRole('textbox', { name: /Justification/ });
  await justification.fill('Operations were not invited to any session.');
  await justification.blur();
  await expect(owners.getByText('Saved')).toBeVisible();
  await expect(page.getByTestId('diagnostic-reading')).toHaveText(
    'High risk of pilot purgatory: 1 of 4 causes is a major risk (the wrong people owned it).',
  );

  await page.reload();
  await a.openTab('Diagnostic');
  await expect(a.cause('The wrong people owned it').getByRole('radio', { name: 'Major risk' })).toBeChecked();
  expect(harness.query('SELECT cause_id, rating, justification FROM assessment_cause_ratings')).toEqual([
    { cause_id: 'wrong-owners', rating: 'major-risk', justification: 'Operations were not invited to any session.' },
  ]);
});

test('every assessment tab passes an accessibility scan', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await harness.open();
  const a = await openAssessment(page, 'Wingtip');
  await a.openTab('Problem fit');
  await a.scoreCriterion('Success metrics agreed', 'Partly');
  for (const tab of ['Summary', 'Problem fit', 'Approach', 'Production requirements', 'Path to ship', 'ML Test Score', 'Diagnostic']) {
    await a.openTab(tab);
    const results = await new AxeBuilder({ page }).include('.assessment').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${tab}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('screenshots: a scorecard, the ML Test Score, the diagnostic and the summary', async ({ page, harness }) => {
  await harness.open();
  const a = await openAssessment(page, 'Northwind Logistics');
  const scores: [string, string, 'Not in place' | 'Partly' | 'In place' | 'N/A'][] = [
    ['Problem fit', 'Business value in numbers', 'In place'],
    ['Problem fit', 'Current process and its cost', 'Partly'],
    ['Problem fit', 'Success metrics agreed', 'In place'],
    ['Problem fit', 'Owner of the business outcome', 'Not in place'],
    ['Approach', 'Pilot data versus production data', 'Not in place'],
    ['Approach', 'Evaluation on production-like data', 'Partly'],
    ['Approach', 'Model and vendor choice', 'In place'],
    ['Production requirements', 'The 2am incident', 'Not in place'],
    ['Production requirements', 'Monitoring in production', 'Partly'],
    ['Production requirements', 'Storage growth over a year', 'N/A'],
    ['Path to ship', 'Recommendation with reasons', 'Partly'],
  ];
  for (const [area, title, score] of scores) {
    await a.openTab(area);
    await a.scoreCriterion(title, score);
  }
  await a.openTab('Problem fit');
  await a.commentOn('Current process and its cost', 'Volume known (1,200 claims a day); handling cost per claim still an estimate.');
  await a.criterion('Business value in numbers').getByText('Why it matters').click();
  await page.screenshot({ path: `${SHOTS}/assessment-scorecard.png` });

  await a.openTab('ML Test Score');
  for (const test of ML_TESTS.filter((_, i) => i % 3 === 0)) await a.scoreMlTest(test.label, 'Automated');
  for (const test of ML_TESTS.filter((_, i) => i % 3 === 1)) await a.scoreMlTest(test.label, 'Manual');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/assessment-ml-test-score.png` });

  await a.openTab('Diagnostic');
  await a.cause('The wrong people owned it').getByRole('button', { name: /Use the suggestion/ }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/assessment-diagnostic.png` });

  await a.openTab('Summary');
  await expect(a.chart).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/assessment-summary.png` });
});

test('a criterion is scored with a note as evidence, and after a reload it is still linked; a deleted note disappears', async ({ page, harness }) => {
  await harness.open();
  const a = await openAssessment(page, 'Evidence Ltd');
  const [engagement] = harness.query<{ id: string }>('SELECT id FROM engagements');
  const sender = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };
  const created = await harness.dispatch(sender, 'notes:create', { engagementId: engagement!.id, day: 2, text: 'Nobody has sized the savings' });
  expect(created.ok).toBe(true);
  const note = (created as { value: { id: string; ref: string } }).value;

  await a.openTab('Problem fit');
  await a.scoreCriterion('Business value in numbers', 'Not in place');
  await a.linkNote('Business value in numbers', 'sized', note.ref);
  await expect(a.evidence('Business value in numbers')).toContainText(note.ref);
  await page.screenshot({ path: `${SHOTS}/assessment-evidence.png`, fullPage: true });

  await page.reload();
  await a.openTab('Problem fit');
  await expect(a.evidence('Business value in numbers')).toContainText(note.ref);
  expect(harness.query('SELECT count(*) AS n FROM criterion_evidence WHERE deleted_at IS NULL')).toEqual([{ n: 1 }]);

  expect((await harness.dispatch(sender, 'notes:delete', { id: note.id })).ok).toBe(true);
  await page.reload();
  await a.openTab('Problem fit');
  await expect(a.criterion('Business value in numbers').getByRole('radio', { name: 'Not in place', exact: true })).toBeChecked();
  await expect(a.evidence('Business value in numbers')).toHaveCount(0);
});

test('a weak criterion becomes a finding in one action and appears on the board', async ({ page, harness }) => {
  await harness.open();
  const a = await openAssessment(page, 'Gap Finders');
  await a.openTab('Production requirements');
  await expect(a.criterion('The 2am incident').getByRole('button', { name: 'Create a finding from The 2am incident' })).toHaveCount(0);
  await a.scoreCriterion('The 2am incident', 'Not in place');
  await a.criterion('The 2am incident').getByRole('button', { name: 'Create a finding from The 2am incident' }).click();
  await expect(a.evidence('The 2am incident')).toContainText('The 2am incident: not in place');
  expect(harness.query('SELECT title, area, day, kind, severity FROM findings')).toEqual([
    { title: 'The 2am incident: not in place', area: 'production-requirements', day: 1, kind: 'gap', severity: 'high' },
  ]);

  await new WorkspacePage(page).goTo('Board');
  await expect(page.getByText('The 2am incident: not in place').first()).toBeVisible();
});
