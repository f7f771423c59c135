import type { Browser, Page } from '@playwright/test';
import type { RoomStatus, RunningRoom } from '../../shared/domain/room';
import { expectAccessible } from './axe';
import { test, expect } from './harness';
import { BoardPage, call } from './pages/board-page';
import { openCapture } from './pages/capture-page';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const SHOTS = process.env.ROOM_SCREENSHOTS;

async function phone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('phones join, send notes, vote and rate while the facilitator accepts; a scribe captures through a dropped connection', async ({ page, harness, browser }) => {
  test.setTimeout(120_000);
  const { capture, engagementId, workspace } = await openCapture(page, harness, [{ name: 'Ana Silva', function: 'operator' }]);
  await call(harness, 'findings:create', { engagementId, title: 'Month end is not covered', area: 'problem-fit', day: 1 });

  // One action starts the room, on loopback for the test.
  await page.getByRole('button', { name: 'Room mode…' }).click();
  const panel = page.getByRole('dialog', { name: 'Room mode' });
  await panel.getByLabel('Network').selectOption('127.0.0.1');
  await panel.getByRole('button', { name: 'Start Room mode' }).click();
  await expect(panel.getByRole('img', { name: /QR code/ })).toBeVisible();
  const room = (await call<RoomStatus>(harness, 'room:status', {})) as RunningRoom;
  await expect(panel.getByTestId('room-code')).toHaveText(room.joinCode);

  // Ana scans the code (it is in the link); the second phone types the address and the code.
  const ana = await phone(browser, room.participantUrl);
  await ana.getByLabel('Your name (optional)').fill('Ana Silva');
  await ana.getByRole('button', { name: 'Join with my name' }).click();
  const anon = await phone(browser, `http://${room.shortAddress}/`);
  await anon.getByLabel('Join code').fill(room.joinCode.toLowerCase());
  await anon.getByRole('button', { name: 'Join anonymously' }).click();
  for (const p of [ana, anon]) await expect(p.locator('#prompt')).toHaveText(room.prompt);
  await expect(panel.getByRole('status').filter({ hasText: 'phones joined' })).toContainText('2 phones joined');

  // A question the facilitator types reaches the phones live.
  await panel.getByLabel('Another question').fill('What breaks at month end?');
  await panel.getByRole('button', { name: 'Show on phones' }).click();
  for (const p of [ana, anon]) await expect(p.locator('#prompt')).toHaveText('What breaks at month end?');

  // Voting and the quick poll; the panel shows counts and the distribution, never who.
  await panel.getByRole('checkbox', { name: /Month end is not covered/ }).check();
  await panel.getByRole('button', { name: 'Open the checked findings for voting' }).click();
  await ana.getByRole('button', { name: 'One dot more on Month end is not covered' }).click();
  await expect(ana.locator('#dots-left')).toHaveText('2 of 3 dots left');
  await ana.getByRole('button', { name: 'One dot more on Month end is not covered' }).click();
  await expect(ana.locator('#dots-left')).toHaveText('1 of 3 dots left');
  await anon.getByRole('button', { name: 'One dot more on Month end is not covered' }).click();
  await ana.getByRole('button', { name: 'Approach: 4' }).click();
  await anon.getByRole('button', { name: 'Approach: 2' }).click();
  await expect(panel.getByTestId('room-votes')).toContainText('Month end is not covered3');
  await expect(panel.getByTestId('room-ratings').getByRole('row', { name: /Approach/ })).toHaveText('Approach01010');
  await expectAccessible(page, 'Room panel');
  await expectAccessible(ana, 'participant page');
  if (SHOTS) {
    await panel.screenshot({ path: `${SHOTS}/room-panel.png` });
    await ana.screenshot({ path: `${SHOTS}/room-phone.png`, fullPage: false });
  }

  // The presenter shows the same results under the board, and follows a new dot live.
  await panel.getByRole('button', { name: 'Close' }).click();
  await workspace.goTo('Board');
  const board = new BoardPage(page);
  await board.present();
  const results = board.presenter.getByRole('region', { name: 'Room results' });
  await expect(results.getByTestId('room-votes')).toContainText('Month end is not covered3');
  await anon.getByRole('button', { name: 'One dot more on Month end is not covered' }).click();
  await expect(results.getByTestId('room-votes')).toContainText('Month end is not covered4');
  await expect(results).not.toContainText('Ana');
  await expect(board.presenter.getByTestId('room-code')).toHaveText(room.joinCode);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/room-presenter.png` });
  await page.keyboard.press('Escape');
  await expect(board.presenter).toBeHidden();
  await workspace.goTo('Capture');

  // Notes from phones wait in Capture's inbox, named or anonymous as sent.
  await ana.getByLabel('Your note').fill('Month end doubles the volume');
  await ana.getByRole('button', { name: 'Send' }).click();
  await expect(ana.getByRole('status').filter({ hasText: 'Sent' })).toHaveText('Sent: 1');
  await anon.getByLabel('Your note').fill('The sponsor never asked us');
  await anon.getByRole('button', { name: 'Send' }).click();
  await expect(anon.getByRole('status').filter({ hasText: 'Sent' })).toHaveText('Sent: 1');
  const inbox = page.getByRole('region', { name: /From the room/ });
  await expect(inbox.getByRole('listitem')).toHaveCount(2);
  await expect(inbox.getByRole('listitem').nth(0)).toContainText('From Ana Silva');
  await expect(inbox.getByRole('listitem').nth(1)).toContainText('Anonymous');
  expect(harness.query('SELECT count(*) AS n FROM notes')).toEqual([{ n: 0 }]);

  // Accept by keyboard; edit the other first, adding a marker.
  await inbox.getByRole('listitem').nth(0).getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(capture.note('Month end doubles the volume')).toContainText('Ana Silva');
  await inbox.getByRole('listitem').getByRole('button', { name: 'Edit' }).click();
  await inbox.getByRole('textbox').fill('The sponsor never asked the team !risk');
  await inbox.getByRole('button', { name: 'Accept' }).click();
  await expect(capture.note('The sponsor never asked the team')).toBeVisible();
  await expect(inbox).toBeHidden();
  expect(harness.query('SELECT text, kind, speaker_name FROM notes ORDER BY rowid')).toEqual([
    { text: 'Month end doubles the volume', kind: 'observation', speaker_name: 'Ana Silva' },
    { text: 'The sponsor never asked the team', kind: 'risk', speaker_name: '' },
  ]);

  // The scribe seat, over HTTPS with the room's own certificate.
  const scribeContext = await browser.newContext({ ignoreHTTPSErrors: true });
  const scribe = await scribeContext.newPage();
  await scribe.goto(room.scribeUrl);
  const box = scribe.getByRole('textbox', { name: 'Note' });
  await box.fill('Invoices are re-keyed by hand !risk');
  await box.press('Enter');
  await expect(scribe.locator('#scribe-status')).toHaveText('Every note is saved on the laptop.');
  await expect(capture.note('Invoices are re-keyed by hand')).toBeVisible();
  await expectAccessible(scribe, 'scribe page');

  await scribeContext.setOffline(true);
  for (const text of ['Offline one', 'Offline two', 'Offline three']) {
    await box.fill(text);
    await box.press('Enter');
  }
  await expect(scribe.locator('#scribe-pending li')).toHaveCount(3);
  await expect(scribe.locator('#scribe-status')).toContainText('waiting for the network');
  await scribeContext.setOffline(false);
  await expect(scribe.locator('#scribe-status')).toHaveText('Every note is saved on the laptop.');
  await expect(capture.note('Offline three')).toBeVisible();
  const scribed = harness.query<{ text: string }>("SELECT text FROM notes WHERE text LIKE 'Offline%' OR text LIKE 'Invoices%' ORDER BY rowid");
  expect(scribed.map((n) => n.text)).toEqual(['Invoices are re-keyed by hand', 'Offline one', 'Offline two', 'Offline three']);

  // Stopped, the room no longer answers.
  await call(harness, 'room:stop', {});
  await expect(ana.request.get(`http://${room.shortAddress}/api/state`)).rejects.toThrow(/ECONNREFUSED/);
  for (const context of [ana.context(), anon.context(), scribeContext]) await context.close();
});
