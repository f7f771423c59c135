import { test, expect } from './harness';
import { AgendaPage } from './pages/agenda-page';
import { EngagementsPage } from './pages/engagements-page';
import { SetupPage } from './pages/setup-page';
import { WorkspacePage } from './pages/workspace-page';

async function newEngagement(page: import('@playwright/test').Page, weekStart = '2026-03-02') {
  const list = new EngagementsPage(page);
  await list.create({ client: 'Northwind Logistics', pilot: 'Invoice extraction', weekStart });
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Northwind Logistics');
  return workspace;
}

test('setup: details are saved with field messages for bad input, and survive a reload', async ({ page, harness }) => {
  await harness.open();
  const workspace = await newEngagement(page);
  await expect(workspace.sectionTitle).toHaveText('Setup');
  const setup = new SetupPage(page);

  await setup.fill('Accuracy (%)', '120');
  await setup.fill('Pilot volume / day', '-4');
  await setup.fill('Week starts', '');
  await setup.save();
  await expect(setup.form.getByText('Accuracy cannot be above 100 %.')).toBeVisible();
  await expect(setup.form.getByText('Pilot volume per day cannot be negative.')).toBeVisible();
  await expect(setup.form.getByText('Use a date in the form YYYY-MM-DD.')).toBeVisible();
  expect(harness.query('SELECT accuracy_pct FROM engagements')).toEqual([{ accuracy_pct: null }]);

  await setup.fill('Week starts', '2026-03-02');
  await setup.fill('Accuracy (%)', '96.5');
  await setup.fill('Pilot volume / day', '120');
  await setup.fill('Production volume / day', '9000');
  await setup.fill('Cost per query', '0.03');
  await setup.fill('Venue', 'Rotterdam HQ');
  await setup.fill('Facilitators', 'Kim Lee, Sam Roy');
  await page.keyboard.press('Control+s');
  await expect(setup.form.getByRole('status')).toHaveText('All changes saved');
  await page.reload();
  await expect(setup.form.getByLabel('Venue')).toHaveValue('Rotterdam HQ');
  expect(harness.query('SELECT accuracy_pct, production_volume_per_day, facilitators FROM engagements')).toEqual([
    { accuracy_pct: 96.5, production_volume_per_day: 9000, facilitators: '["Kim Lee","Sam Roy"]' },
  ]);
});

test('participants: the room-coverage panel warns without an operator and clears when one joins', async ({ page, harness }) => {
  await harness.open();
  await newEngagement(page);
  const setup = new SetupPage(page);
  await setup.addParticipant({ name: 'Grace Hopper', title: 'CFO', fn: 'Sponsor' });
  await setup.addParticipant({ name: 'Ivan Petrov', fn: 'IT / integration' });
  await setup.addParticipant({ name: 'Fatima Zahra', fn: 'Finance', days: [4, 5] });
  const warnings = setup.coverage.getByTestId('coverage-warning');
  await expect(warnings).toHaveCount(1);
  await expect(warnings.first()).toContainText('No operator is in the room');

  await setup.addParticipant({ name: 'Olu Ade', title: 'AP clerk', fn: 'Operator', days: [1, 2] });
  await expect(warnings).toHaveCount(1);
  await expect(warnings.first()).toContainText('Olu Ade is not attending day 3');

  await setup.row('Olu Ade').getByRole('button', { name: 'Edit Olu Ade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit participant' });
  await dialog.getByLabel('Day 3', { exact: true }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(setup.coverage).toContainText('The room is covered');

  await page.reload();
  await expect(setup.participants.getByRole('row')).toHaveCount(5);
  await expect(setup.row('Olu Ade')).toContainText('D1 D2 D3');

  await setup.row('Ivan Petrov').getByRole('button', { name: 'Remove Ivan Petrov' }).click();
  await expect(setup.coverage.getByTestId('coverage-warning')).toContainText('No one from IT / integration');
  await page.getByRole('status').filter({ hasText: 'Removed Ivan Petrov' }).getByRole('button', { name: 'Undo' }).click();
  await expect(setup.coverage).toContainText('The room is covered');
  // The removed participant stays as a tombstone (for merges); four are on the engagement.
  expect(harness.query<{ n: number }>('SELECT count(*) AS n FROM participants WHERE deleted_at IS NULL')).toEqual([{ n: 4 }]);
});

test('participants: the function starts unchosen, is chosen by typing its first letter, and Enter adds the participant', async ({ page, harness }) => {
  await harness.open();
  await newEngagement(page);
  const setup = new SetupPage(page);
  const dialog = await setup.openAddParticipant();
  await page.keyboard.type('Grace Hopper');
  const fn = dialog.getByRole('combobox', { name: 'Function' });
  await fn.focus();
  await expect(fn).toHaveValue('');
  await expect(fn.locator('option:checked')).toHaveText('Choose a function');

  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Choose the participant’s function.')).toBeVisible();
  expect(harness.query('SELECT name FROM participants')).toEqual([]);

  await page.keyboard.press('s');
  await expect(fn).toHaveValue('sponsor');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(setup.row('Grace Hopper')).toContainText('Sponsor');

  // The next dialog starts unchosen again: O is Operator, not the Other below it.
  await setup.openAddParticipant();
  await page.keyboard.type('Olu Ade');
  await fn.focus();
  await page.keyboard.press('o');
  await expect(fn).toHaveValue('operator');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(harness.query('SELECT name, function FROM participants ORDER BY name')).toEqual([
    { name: 'Grace Hopper', function: 'sponsor' },
    { name: 'Olu Ade', function: 'operator' },
  ]);
});

test('agenda: the template fills the week; sessions are edited, moved by keyboard and deleted with undo, and persist', async ({ page, harness }) => {
  await harness.open();
  const workspace = await newEngagement(page);
  await workspace.goTo('Agenda');
  const agenda = new AgendaPage(page);
  for (let day = 1; day <= 5; day++) await expect(agenda.sessions(day).first()).toBeVisible();
  const day1 = await agenda.titles(1);
  expect(day1.length).toBeGreaterThan(4);

  await agenda.addSession(2, { title: 'Vendor call', start: '16:45', end: '17:15' });
  await expect(agenda.session(2, 'Vendor call')).toBeVisible();

  await agenda.session(1, day1[1]!).click();
  const edit = agenda.dialog('Edit session');
  await edit.getByLabel('Title').fill('Walkthrough of the invoice desk');
  await edit.getByRole('button', { name: 'Add question' }).click();
  await edit.getByLabel(/^Question \d+$/).last().fill('Which invoices never reach the pilot?');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  const card = agenda.session(1, 'Walkthrough of the invoice desk');
  await card.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => agenda.titles(1)).toEqual(['Walkthrough of the invoice desk', day1[0], ...day1.slice(2)]);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(agenda.session(2, 'Walkthrough of the invoice desk')).toBeFocused();
  await expect.poll(() => agenda.titles(1)).toEqual([day1[0], ...day1.slice(2)]);

  const afterMove = [day1[0]!, ...day1.slice(2)];
  await agenda.sessions(1).nth(2).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => agenda.titles(1)).toEqual(afterMove.filter((_, i) => i !== 2));
  await page.getByRole('status').filter({ hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => agenda.titles(1)).toEqual(afterMove);

  await agenda.sessions(1).nth(3).click();
  await agenda.dialog('Edit session').getByRole('button', { name: 'Delete session' }).click();
  const final = afterMove.filter((_, i) => i !== 3);
  await expect.poll(() => agenda.titles(1)).toEqual(final);

  await page.reload();
  await expect.poll(() => agenda.titles(1)).toEqual(final);
  await expect(agenda.session(2, 'Walkthrough of the invoice desk')).toBeVisible();
  await expect(agenda.session(2, 'Vendor call')).toBeVisible();
  const stored = harness.query<{ questions: string }>("SELECT questions FROM sessions WHERE title = 'Walkthrough of the invoice desk'");
  expect(JSON.parse(stored[0]!.questions).at(-1)).toEqual({ text: 'Which invoices never reach the pilot?' });
  const positions = harness.query<{ day: number; positions: string }>('SELECT day, group_concat(position) AS positions FROM (SELECT day, position FROM sessions WHERE deleted_at IS NULL ORDER BY day, position) GROUP BY day');
  for (const row of positions) expect(row.positions.split(',').map(Number)).toEqual([...row.positions.split(',').keys()]);
});

test('agenda: today follows the clock; the timer starts, runs, pauses, extends and shows overtime', async ({ page, harness }) => {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const start = new Date(`${today}T10:05:00`);
  await page.clock.install({ time: start });
  harness.clock.set(start);
  const advance = async (ms: number) => {
    harness.clock.advance(ms);
    await page.clock.fastForward(ms);
  };
  await harness.open();
  const workspace = await newEngagement(page, today);
  await workspace.goTo('Agenda');
  const agenda = new AgendaPage(page);
  await expect(agenda.day(1)).toContainText('Today');
  await expect(agenda.nowPanel).toContainText('Now');
  const current = agenda.sessions(1).filter({ hasText: 'Now' });
  await expect(current).toHaveCount(1);
  await expect(agenda.nowPanel.getByRole('status')).toContainText('was due to start');

  await agenda.timer.getByRole('button', { name: 'Start timer' }).click();
  await expect(agenda.timer).toContainText('Running');
  await advance(65_000);
  await expect(agenda.timer.getByRole('timer')).toHaveText(/^1:0\d$/);
  await agenda.timer.getByRole('button', { name: 'Pause' }).click();
  await expect(agenda.timer).toContainText('Paused');
  const planned = harness.query<{ ms: number }>('SELECT timer_accumulated_ms AS ms FROM sessions WHERE timer_accumulated_ms > 0');
  expect(planned).toHaveLength(1);

  await agenda.timer.getByRole('button', { name: 'Resume' }).click();
  await advance(3 * 60 * 60 * 1000);
  await expect(agenda.timer.getByTestId('timer-remaining')).toContainText('Over by');
  await expect(agenda.timer.getByRole('timer')).toHaveText(/^3:0\d:\d\d$/);
  await agenda.timer.getByRole('button', { name: '+15 min' }).click();
  expect(harness.query('SELECT timer_extension_minutes AS m FROM sessions WHERE timer_extension_minutes > 0')).toEqual([{ m: 15 }]);
  await page.reload();
  await expect(agenda.timer).toContainText('Running');
});

test('a saved agenda template is offered when creating the next engagement', async ({ page, harness }) => {
  await harness.open();
  const workspace = await newEngagement(page);
  await workspace.goTo('Agenda');
  await page.getByRole('button', { name: 'Save as template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save agenda as a template' });
  await dialog.getByLabel('Template name').fill('Logistics week');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Logistics week' })).toBeVisible();

  await workspace.backToList();
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const create = page.getByRole('dialog', { name: 'New engagement' });
  await create.getByLabel('Client').fill('Contoso');
  await create.getByLabel('Pilot').fill('Claims');
  const option = create.getByLabel('Agenda').locator('option', { hasText: 'Logistics week' });
  await create.getByLabel('Agenda').selectOption((await option.getAttribute('value'))!);
  await create.getByRole('button', { name: 'Create engagement' }).click();
  await new WorkspacePage(page).expectOpen('Contoso');
  const counts = harness.query<{ client_name: string; n: number }>(
    'SELECT e.client_name, count(s.id) AS n FROM engagements e LEFT JOIN sessions s ON s.engagement_id = e.id GROUP BY e.id ORDER BY e.client_name',
  );
  expect(counts[0]!.n).toBe(counts[1]!.n);
});
