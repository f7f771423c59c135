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

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`screenshots: setup and agenda at ${size.width}x${size.height}`, async ({ page, harness }) => {
    await page.setViewportSize(size);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const at = new Date(`${today}T11:20:00`);
    await page.clock.install({ time: at });
    harness.clock.set(at);
    await harness.open();
    const list = new EngagementsPage(page);
    await list.create({ client: 'Northwind Logistics', pilot: 'Invoice extraction assistant', weekStart: today });
    const setup = page.getByRole('form', { name: 'Engagement' });
    await setup.getByLabel('What the pilot automates').fill('Reads supplier invoices (PDF and scans), extracts header and line items, and posts them to SAP for approval.');
    await setup.getByLabel('Facilitators').fill('Kim Lee, Sam Roy');
    await setup.getByLabel('Venue').fill('Rotterdam HQ, room 4.12');
    await setup.getByLabel('Accuracy (%)').fill('96.5');
    await setup.getByLabel('Production volume / day').fill('9000');
    await setup.getByRole('button', { name: 'Save' }).click();
    for (const [name, fn] of [
      ['Grace Hopper', 'Sponsor'],
      ['Ivan Petrov', 'IT / integration'],
      ['Dana Wu', 'Data / ML'],
    ] as const) {
      await page.getByRole('button', { name: 'Add participant' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add participant' });
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByLabel('Function').selectOption({ label: fn });
      await dialog.getByRole('button', { name: 'Add participant' }).click();
      await expect(dialog).toBeHidden();
    }
    await page.screenshot({ path: `${SHOTS}/setup-${size.width}.png` });
    await new WorkspacePage(page).goTo('Agenda');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.screenshot({ path: `${SHOTS}/agenda-week-${size.width}.png` });
    await page.getByRole('button', { name: 'One day' }).click();
    await page.screenshot({ path: `${SHOTS}/agenda-day-${size.width}.png`, fullPage: true });
  });
}

test('screenshots: capture mid-session', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const at = new Date(`${today}T11:20:00`);
  await page.clock.install({ time: at });
  harness.clock.set(at);
  await harness.open();
  await new EngagementsPage(page).create({ client: 'Northwind Logistics', pilot: 'Invoice extraction assistant', weekStart: today });
  const sender = { url: 'http://audit-workshop.test/index.html', isMainFrame: true };
  const [engagement] = harness.query<{ id: string }>('SELECT id FROM engagements');
  const id = engagement!.id;
  const person = async (name: string, fn: string) => {
    const r = await harness.dispatch(sender, 'participants:create', { engagementId: id, name, function: fn });
    return (r as { value: { id: string } }).value.id;
  };
  const ana = await person('Ana Silva', 'operator');
  const ivan = await person('Ivan Petrov', 'it-integration');
  const [session] = harness.query<{ id: string }>("SELECT id FROM sessions WHERE day = 1 AND start_time = '11:00'");
  await harness.dispatch(sender, 'sessions:timer', { id: session!.id, action: 'start' });
  const notes = [
    { text: 'We process about 9,000 supplier invoices a day at quarter end, 4,000 on a normal day.', speakerId: ana, kind: 'observation', tags: ['volume'] },
    { text: '“If the totals are wrong, we pay the wrong amount and nobody notices until the supplier calls.”', speakerId: ana, kind: 'quote', tags: [] },
    { text: 'Scanned invoices were left out of the pilot test set entirely.', speakerId: ivan, kind: 'risk', area: 'approach', tags: ['data'] },
    { text: 'Who signs off the posting when the model is unsure?', speakerId: null, kind: 'question', tags: ['review'] },
    { text: 'Sponsor seems to see this as a headcount play; check with finance privately.', speakerId: null, kind: 'observation', visibility: 'facilitator', tags: [] },
  ];
  for (const n of notes) {
    await harness.dispatch(sender, 'notes:create', { engagementId: id, day: 1, sessionId: session!.id, area: 'problem-fit', ...n });
  }
  await page.reload();
  await new WorkspacePage(page).goTo('Capture');
  await page.getByRole('textbox', { name: 'Note', exact: true }).pressSequentially('@iv !risk the ERP export');
  await page.screenshot({ path: `${SHOTS}/capture-1366.png` });
});
