import { mkdirSync } from 'node:fs';
import { expect, test, type Harness } from './harness';
import { expectAccessible } from './axe';
import { findOverflows, formatOverflows } from './layout-fit';
import { AgendaPage } from './pages/agenda-page';
import { openCapture } from './pages/capture-page';

const SHOTS = 'test-results/actions';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Nothing on the screen as it is sticks out of its card or the window, at each laptop size, light and dark; and axe finds nothing serious in either theme. */
async function fitsEverywhere(page: import('@playwright/test').Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${where}, ${colorScheme}`);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      expect.soft(formatOverflows(await findOverflows(page)), `${where} at ${size.width}, ${colorScheme}`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The page's clock and the core's at the same moment of the engagement's week (which starts on Monday 2 March 2026). */
async function at(page: import('@playwright/test').Page, harness: Harness, time: string) {
  const moment = new Date(time);
  await page.clock.install({ time: moment });
  harness.clock.set(moment);
}

test('an action is followed up from the panel with the keyboard: owner, due day, status, overdue, undo', async ({ page, harness }) => {
  await at(page, harness, '2026-03-04T10:00:00');
  const { capture } = await openCapture(page, harness, [{ name: 'Ana Silva', function: 'operator' }]);
  await capture.capture('!action send the exception log');
  await capture.capture('!decision keep the pilot on one supplier');
  const panel = page.getByRole('region', { name: 'Actions and decisions' });
  const item = panel.getByRole('list', { name: 'Open actions' }).getByRole('listitem');
  await expect(item).toContainText('send the exception log');
  await expect(panel.getByRole('list', { name: 'Decisions' })).toContainText('keep the pilot on one supplier');

  const ref = (await item.getAttribute('data-note-ref'))!;
  await panel.getByLabel(`Owner of ${ref}`).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => harness.query('SELECT owner_id IS NOT NULL AS owned, due_day FROM action_items')).toEqual([{ owned: 1, due_day: 1 }]);
  // Wednesday is day 3: an open action due on day 1 is overdue.
  await expect(item).toHaveClass(/is-overdue/);
  await expect(item).toContainText('Overdue');
  await expect(page.getByTestId('sidebar-actions')).toHaveText('1 open action · 1 overdue');
  mkdirSync(SHOTS, { recursive: true });
  await panel.screenshot({ path: `${SHOTS}/panel.png` });
  await fitsEverywhere(page, 'the actions panel');

  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => harness.query('SELECT status FROM action_items')).toEqual([{ status: 'done' }]);
  await expect(panel.getByRole('list', { name: 'Open actions' })).toHaveCount(0);
  await expect(panel).toContainText('1 done or dropped');
  await page.getByRole('status').filter({ hasText: `${ref} is now done` }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => harness.query('SELECT status FROM action_items')).toEqual([{ status: 'open' }]);
  await expect(item).toContainText('send the exception log');
});

test('agenda: a room ready early starts the next session with one key, and checks in who is there', async ({ page, harness }) => {
  await at(page, harness, '2026-03-02T08:50:00');
  const { workspace } = await openCapture(page, harness, [
    { name: 'Ana Silva', function: 'operator' },
    { name: 'Bo Chen', function: 'finance' },
  ]);
  await expect(page.getByRole('region', { name: 'Session questions' })).toHaveCount(0);
  await workspace.goTo('Agenda');
  const agenda = new AgendaPage(page);
  await expect(agenda.nowPanel).toContainText('Next · starts at 09:00');
  const first = agenda.sessions(1).first();
  await first.focus();
  await page.keyboard.press('s');
  await expect(agenda.timer).toContainText('Running');
  await expect(agenda.nowPanel).toContainText('Kickoff');
  // The walkthrough after it starts late or early the same way, and the kickoff's timer stops.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('s');
  await expect(agenda.nowPanel).toContainText('Current-process walkthrough');
  await expect
    .poll(() => harness.query("SELECT title FROM sessions WHERE timer_started_at IS NOT NULL AND status = 'in-progress'"))
    .toEqual([{ title: 'Current-process walkthrough' }]);

  const checkIn = agenda.nowPanel.getByRole('group', { name: /In the room for/ });
  await checkIn.getByLabel('Ana Silva').focus();
  await page.keyboard.press('Space');
  await expect(checkIn).toContainText('1 of 2');
  expect(harness.query('SELECT count(*) AS n FROM session_attendance WHERE deleted_at IS NULL')).toEqual([{ n: 1 }]);
  mkdirSync(SHOTS, { recursive: true });
  await agenda.nowPanel.screenshot({ path: `${SHOTS}/agenda-early-start.png` });
  await fitsEverywhere(page, 'the agenda with a check-in');

  // The room-coverage panel says who was there when the area was discussed.
  await workspace.goTo('Setup');
  await expect(page.getByTestId('area-presence')).toHaveText('Problem fit (1 of 5 sessions checked in): Ana Silva. Not checked in: IT / integration, Sponsor, Finance.');
});

test('keyboard: setup opens on its first field, Alt+Down reaches the newest note’s actions, Capture shows the running session’s questions', async ({ page, harness }) => {
  await at(page, harness, '2026-03-02T09:10:00');
  const { capture, workspace } = await openCapture(page, harness);
  await capture.capture('The first note');
  await capture.capture('The newest note');
  await capture.box.press('Alt+ArrowDown');
  await expect(capture.note('The newest note').getByRole('button', { name: /^Edit D1-/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(capture.box).toBeFocused();

  await workspace.goTo('Agenda');
  const agenda = new AgendaPage(page);
  await agenda.timer.getByRole('button', { name: 'Start timer' }).click();
  await workspace.goTo('Capture');
  const questions = page.getByRole('region', { name: 'Session questions' });
  await expect(questions.getByRole('listitem').first()).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.locator('.capture-top').screenshot({ path: `${SHOTS}/capture-questions.png` });
  await fitsEverywhere(page, 'capture with the session’s questions');

  await workspace.backToList();
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const create = page.getByRole('dialog', { name: 'New engagement' });
  await create.getByLabel('Client').fill('Contoso');
  await create.getByLabel('Pilot').fill('Claims');
  await create.getByLabel('Pilot').press('Enter');
  await expect(page.locator('#section-title')).toHaveText('Setup');
  await expect(page.getByRole('textbox', { name: 'Client' })).toBeFocused();
});
