import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Engagement } from '../../shared/domain/engagement';
import { test, expect, type Harness } from './harness';
import { call } from './pages/board-page';
import { CapturePage } from './pages/capture-page';
import { DeliverablesPage } from './pages/deliverables-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = 'test-results/screens';

test.use({ viewport: { width: 1366, height: 768 } });

/** An engagement with a client-visible note, a facilitator-only aside and a finding, all on day 1. */
async function seed(harness: Harness): Promise<string> {
  const engagement = await call<Engagement>(harness, 'engagements:create', { clientName: 'Northwind Logistics', pilotName: 'Invoice extraction', weekStart: '2026-03-02' });
  const id = engagement.id;
  const maria = await call<{ id: string }>(harness, 'participants:create', { engagementId: id, name: 'Maria Schmidt', function: 'operator' });
  await call(harness, 'notes:create', { engagementId: id, day: 1, text: 'Maria Schmidt re-keys every invoice by hand', speakerId: maria.id });
  await call(harness, 'notes:create', { engagementId: id, day: 1, text: 'Sponsor doubts the savings; ask finance for the numbers', visibility: 'facilitator' });
  await call(harness, 'findings:create', { engagementId: id, title: 'Exceptions depend on Maria Schmidt alone', area: 'production-requirements', day: 1, severity: 'high' });
  return id;
}

test('a note made client-visible after being facilitator-only is flagged before the week pack leaves; Escape writes nothing, Enter exports and records the release', async ({ page, harness }) => {
  // The week pack prints a dozen PDFs through Chromium; on a loaded two-core machine that takes a while.
  test.setTimeout(180_000);
  const id = await seed(harness);
  await harness.open(`#/engagements/${id}/capture`);
  const capture = new CapturePage(page);
  await capture.note('Sponsor doubts').getByRole('button', { name: 'Make client-visible D1-P01' }).click();
  // Made client-visible, it takes the day's next client number.
  await expect(capture.note('Sponsor doubts').getByRole('button', { name: 'Make facilitator-only D1-002' })).toBeVisible();

  await new WorkspacePage(page).goTo('Deliverables');
  const screen = new DeliverablesPage(page);
  await screen.expectPreview();
  await screen.reviewWeekPack();
  const dialog = screen.releaseCheck;
  await expect(dialog.getByRole('button', { name: 'Confirm & export' })).toBeFocused();
  const flagged = dialog.getByRole('list', { name: 'Previously facilitator-only' });
  await expect(flagged.getByRole('listitem')).toHaveCount(1);
  await expect(flagged).toContainText('D1-002');
  await expect(flagged).toContainText('Sponsor doubts the savings');
  await expect(flagged).toContainText('on this laptop');
  const counts = dialog.getByRole('table', { name: 'Client-visible notes and findings by day' });
  await expect(counts.getByRole('row', { name: /^Day 1/ })).toHaveText(/Day 1 · Mon 2 Mar\s*2\s*1/);
  await expect(counts.getByRole('row', { name: /^Total/ })).toHaveText(/Total\s*2\s*1/);
  await expect(dialog.getByRole('list', { name: 'Participants named' })).toContainText('Maria Schmidt');
  await expect(dialog).toContainText('Redaction is off');
  await expect(dialog.getByRole('list', { name: 'Sections still empty' })).toContainText('Recommendation: No recommendation has been recorded yet.');
  await expect(dialog).toContainText('This is the engagement’s first export.');
  await page.screenshot({ path: `${SHOTS}/release-check.png` });
  // The list scrolls inside the dialog, from the keyboard too.
  const body = dialog.getByRole('region', { name: 'The release check' });
  await body.focus();
  await page.keyboard.press('End');
  await expect(dialog.getByRole('list', { name: 'Sections still empty' })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/release-check-end.png` });
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(readdirSync(harness.exportFolder!)).toEqual([]);
  expect(harness.query('SELECT id FROM releases')).toEqual([]);

  // Enter confirms from anywhere in the list, not only from the focused Confirm button.
  await screen.reviewWeekPack();
  await body.focus();
  await page.keyboard.press('Enter');
  await expect(screen.filesWritten).toBeVisible({ timeout: 60_000 });
  const [folder] = readdirSync(harness.exportFolder!);
  const written = readdirSync(path.join(harness.exportFolder!, folder!)).sort();
  expect(written).toContain('Notes.csv');
  const releases = harness.query<{ scope_kind: string; folder_name: string; files: string }>('SELECT scope_kind, folder_name, files FROM releases');
  expect(releases).toHaveLength(1);
  expect(releases[0]).toMatchObject({ scope_kind: 'week', folder_name: folder });
  expect((JSON.parse(releases[0]!.files) as string[]).sort()).toEqual(written);

  // The next export compares against this one: the aside is no longer news, the new finding is.
  await call(harness, 'findings:create', { engagementId: id, title: 'Invoices arrive in 14 layouts; the pilot saw three', area: 'approach', day: 2 });
  await page.getByRole('checkbox', { name: /Replace participant names/ }).setChecked(true);
  await page.getByRole('button', { name: 'Export board picture…' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Board picture: 1 file');
  await expect(dialog).toContainText('Last export: Week pack');
  await expect(dialog.getByRole('list', { name: 'Changes since the last export' })).toContainText('Added: 1 finding');
  await expect(dialog.getByRole('list', { name: 'Changes since the last export' })).toContainText('F2 Invoices arrive in 14 layouts; the pilot saw three');
  await expect(dialog.getByRole('list', { name: 'Previously facilitator-only' })).toHaveCount(0);
  await expect(dialog).toContainText('Redaction is on');
  await expect(dialog.getByRole('list', { name: 'Participants named' })).toHaveText('Maria Schmidt → appears as Operator');
  await page.screenshot({ path: `${SHOTS}/release-check-board.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(harness.query('SELECT id FROM releases')).toHaveLength(1);
});

test('when what the client receives changes while the list is open, confirming writes nothing and shows the new list', async ({ page, harness }) => {
  const id = await seed(harness);
  await harness.open(`#/engagements/${id}/deliverables`);
  const screen = new DeliverablesPage(page);
  await screen.expectPreview();
  await page.getByRole('button', { name: 'Export readout…' }).click();
  await expect(screen.releaseCheck).toContainText('Day 1 readout');
  await expect(screen.releaseCheck.getByRole('list', { name: 'Previously facilitator-only' })).toHaveCount(0);

  // A co-facilitator's change lands (say, through an imported archive) while the list is on screen.
  const [aside] = harness.query<{ id: string }>("SELECT id FROM notes WHERE visibility = 'facilitator'");
  await call(harness, 'notes:update', { id: aside!.id, visibility: 'client', kind: 'question' });

  await screen.releaseCheck.getByRole('button', { name: 'Confirm & export' }).click();
  await expect(screen.releaseCheck.getByRole('alert')).toContainText('This list changed after you had looked at it, so nothing was written.');
  await expect(screen.releaseCheck.getByRole('list', { name: 'Previously facilitator-only' })).toContainText('D1-002');
  expect(readdirSync(harness.exportFolder!)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/release-check-changed.png` });

  await screen.confirmRelease();
  await expect(screen.filesWritten).toContainText('Day 1 readout.md', { timeout: 30_000 });
  expect(harness.query('SELECT scope_kind, day FROM releases')).toEqual([{ scope_kind: 'day', day: 1 }]);
});
