import type { Engagement } from '../../shared/domain/engagement';
import type { Finding } from '../../shared/domain/finding';
import type { Note } from '../../shared/domain/note';
import { expectAccessible } from './axe';
import { expect, test, type Harness } from './harness';
import { BoardPage, call } from './pages/board-page';
import { PresenterPage } from './pages/presenter-page';

const SHOTS = 'test-results/screens';
const boardHash = (id: string) => `#/engagements/${id}/board`;
/** The projector is held to AAA contrast (7:1), for a room reading it from the back. */
const PRESENTER_AAA = { rules: ['color-contrast-enhanced'], include: '.presenter' };

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

async function presentSample(harness: Harness, page: import('@playwright/test').Page): Promise<{ engagementId: string; presenter: PresenterPage }> {
  const { engagementId } = await call<{ engagementId: string }>(harness, 'sample:load', {});
  await harness.open(boardHash(engagementId));
  const board = new BoardPage(page);
  await expect(board.grid).toBeVisible();
  await board.present();
  const presenter = new PresenterPage(page);
  await expect(presenter.heading('Findings so far')).toBeVisible();
  return { engagementId, presenter };
}

/** What the client may see on the board, as stored. */
function clientFindings(harness: Harness, engagementId: string) {
  return harness.query<{ id: string; title: string; day: number }>(
    "SELECT id, title, day FROM findings WHERE engagement_id = ? AND visibility = 'client' AND status <> 'dropped' AND deleted_at IS NULL",
    engagementId,
  );
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the board's pages show every client-visible finding whole, full title included`, async ({ page, harness }) => {
    await page.setViewportSize(size);
    const { engagementId, presenter } = await presentSample(harness, page);
    const expected = clientFindings(harness, engagementId);
    expect(expected.length).toBeGreaterThanOrEqual(16);

    const wholeOnSomePage = new Map<string, string>();
    const pages = await presenter.everyPage(async (n) => {
      for (const card of await presenter.drawnCards()) if (card.whole) wholeOnSomePage.set(card.id, card.title);
      if (size.width === 1366 || size.width === 1920) await page.screenshot({ path: `${SHOTS}/presenter-board-${size.width}-page${n}.png` });
    });
    expect(new Map([...wholeOnSomePage].sort())).toEqual(new Map(expected.map((f) => [f.id, f.title] as const).sort()));
    // Paging is earned: the sample does not fit one screen at projector type size.
    expect(pages).toBeGreaterThan(1);
    await expect(presenter.root).not.toContainText('…');

    // Past the last page the clicker goes on to day 1's readout, and back again to the board's last page.
    await page.keyboard.press('PageDown');
    await expect(presenter.heading('Day 1 readout')).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(presenter.heading('Findings so far')).toBeVisible();
    await expect(presenter.indicator).toHaveText(`Page ${pages} of ${pages}`);
  });
}

test('a finding up close: its details, recommendation and the client-visible notes it cites; Esc goes back to the board', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { engagementId, presenter } = await presentSample(harness, page);
  const first = presenter.cards().first();
  const id = await first.getAttribute('data-card-id');
  const [stored] = harness.query<{ title: string; recommendation: string }>('SELECT title, recommendation FROM findings WHERE id = ?', id);
  const quotes = harness.query<{ ref: string; text: string }>(
    `SELECT n.ref, n.text FROM finding_evidence e JOIN notes n ON n.id = e.note_id
     WHERE e.finding_id = ? AND e.deleted_at IS NULL AND n.deleted_at IS NULL AND n.visibility = 'client' ORDER BY n.ref`,
    id,
  );
  expect(quotes.length).toBeGreaterThan(0);
  expect(engagementId).toBeTruthy();

  await first.focus();
  await page.keyboard.press('Enter');
  await expect(presenter.heading(stored!.title)).toBeVisible();
  const evidence = presenter.root.getByRole('region', { name: 'Evidence' });
  const shown = new Set<string>();
  await presenter.everyPage(async () => {
    for (const text of await evidence.locator('[data-testid="presenter-page-items"] blockquote').allTextContents()) shown.add(text);
  });
  expect([...shown].sort()).toEqual(quotes.map((q) => q.text).sort());
  if (stored!.recommendation) await expect(presenter.root.getByRole('region', { name: 'Details and recommendation' })).toContainText('Recommendation');
  for (const width of [1366, 1920]) {
    await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
    await page.screenshot({ path: `${SHOTS}/presenter-focus-${width}.png` });
  }
  await page.keyboard.press('Escape');
  await expect(presenter.heading('Findings so far')).toBeVisible();
  await expect(presenter.cards().first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(presenter.root).toBeHidden();
});

test('a day readout shows only the sections the day has something in; the closing shows the verdict and the money', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { engagementId, presenter } = await presentSample(harness, page);
  const count = (sql: string, day: number) => harness.query<{ n: number }>(sql, engagementId, day)[0]!.n;
  const notes = (kind: string, day: number) =>
    count(`SELECT count(*) AS n FROM notes WHERE engagement_id = ? AND day = ? AND kind = '${kind}' AND visibility = 'client' AND deleted_at IS NULL`, day);
  const findings = clientFindings(harness, engagementId);

  for (const day of [1, 2, 3, 4, 5]) {
    await page.keyboard.press(String(day + 1));
    await expect(presenter.heading(`Day ${day} readout`)).toBeVisible();
    const sections = [
      ['New findings', findings.filter((f) => f.day === day).length],
      ['Decisions', notes('decision', day)],
      ['Risks', notes('risk', day)],
      ['Actions', notes('action', day)],
      [
        'Still open',
        count(
          `SELECT count(*) AS n FROM notes n WHERE n.engagement_id = ? AND n.day < ? AND n.kind = 'action' AND n.visibility = 'client' AND n.deleted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM action_items a WHERE a.note_id = n.id AND a.status <> 'open')`,
          day,
        ),
      ],
    ] as const;
    const withContent = sections.filter(([, n]) => n > 0).map(([name]) => name);
    expect(withContent.length).toBeGreaterThan(0);
    await expect.poll(() => presenter.columnHeadings()).toEqual(withContent);
    await expect(presenter.root).not.toContainText('Nothing new today');
    for (const [name, n] of sections.filter(([, k]) => k > 0)) {
      await expect(presenter.root.getByRole('region', { name }).locator('.presenter-count')).toHaveText(new RegExp(`(^| of )${n} `));
    }
    if (day === 2) {
      for (const width of [1366, 1920]) {
        await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
        await page.screenshot({ path: `${SHOTS}/presenter-day2-${width}.png` });
      }
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  }

  await page.keyboard.press('0');
  await expect(presenter.heading('The way forward')).toBeVisible();
  const [recommendation] = harness.query<{ decision: string }>('SELECT decision FROM path_recommendations WHERE engagement_id = ?', engagementId);
  expect(recommendation!.decision).toBe('conditional-go');
  await expect(presenter.root.locator('[data-testid="presenter-page-items"] .presenter-verdict')).toHaveText('Conditional go');
  const money = presenter.root.getByRole('region', { name: 'The money' });
  await expect(money).toContainText('Break-even');
  await expect(money.locator('[data-testid="presenter-page-items"] .presenter-figure-value').first()).toHaveText(/€/);
  const decisions = count("SELECT count(*) AS n FROM notes WHERE engagement_id = ? AND day <= ? AND kind = 'decision' AND visibility = 'client' AND deleted_at IS NULL", 5);
  await expect(presenter.root.getByRole('region', { name: 'Next steps' }).locator('.presenter-count')).toContainText(`${decisions} decisions`);
  for (const width of [1366, 1920]) {
    await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
    await page.screenshot({ path: `${SHOTS}/presenter-closing-${width}.png` });
  }
});

test('no presenter view shows a facilitator-only finding, or a facilitator-only note a finding cites', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const engagement = await call<Engagement>(harness, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  const note = (day: number, text: string, extra: Record<string, unknown> = {}) => call<Note>(harness, 'notes:create', { engagementId: engagement.id, day, text, ...extra });
  await call(harness, 'findings:create', { engagementId: engagement.id, title: 'SECRET the sponsor is leaving in May', area: 'approach', day: 1, severity: 'critical', visibility: 'facilitator' });
  const hidden = await note(1, 'HIDDEN corridor remark about the vendor', { visibility: 'facilitator', kind: 'decision' });
  const open = await note(1, 'Invoices arrive as scanned PDFs', { area: 'approach', kind: 'risk' });
  const shown = await call<Finding>(harness, 'findings:promote-note', { noteId: open.id });
  await call(harness, 'findings:link-note', { findingId: shown.id, noteId: hidden.id });
  await harness.open(boardHash(engagement.id));
  const board = new BoardPage(page);
  await board.present();
  const presenter = new PresenterPage(page);

  // Every view, page by page; the unseen copies the pages are measured from count too.
  const visited: string[] = [];
  const check = async () => {
    const text = (await presenter.root.textContent()) ?? '';
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('HIDDEN');
    expect(text).not.toContain(hidden.ref);
    visited.push((await presenter.root.getByRole('heading', { level: 1 }).textContent()) ?? '');
  };
  await expect(presenter.heading('Findings so far')).toBeVisible();
  for (let step = 0; step < 40 && !visited.includes('The way forward'); step++) {
    await check();
    await page.keyboard.press('PageDown');
  }
  await check();
  expect(visited).toEqual(expect.arrayContaining(['Findings so far', 'Day 1 readout', 'The way forward']));

  await page.keyboard.press('1');
  await presenter.cards().filter({ hasText: 'Invoices arrive' }).click();
  await expect(presenter.heading('Invoices arrive as scanned PDFs')).toBeVisible();
  await expect(presenter.root.getByRole('region', { name: 'Evidence' })).toContainText(open.text);
  await check();
});

test('every presenter view passes axe, the projector held to AAA contrast, in both themes', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { presenter } = await presentSample(harness, page);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.keyboard.press('1');
    await expect(presenter.heading('Findings so far')).toBeVisible();
    await expectAccessible(page, `presenter board, ${theme}`, PRESENTER_AAA);
    await presenter.cards().first().click();
    await expect(presenter.root.getByRole('region', { name: 'Evidence' })).toBeVisible();
    await expectAccessible(page, `presenter finding, ${theme}`, PRESENTER_AAA);
    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await expect(presenter.heading('Day 2 readout')).toBeVisible();
    await expect(presenter.root.getByRole('region', { name: 'New findings' })).toBeVisible();
    await expectAccessible(page, `presenter day readout, ${theme}`, PRESENTER_AAA);
    await page.keyboard.press('0');
    await expect(presenter.root.locator('[data-testid="presenter-page-items"] .presenter-verdict')).toBeVisible();
    await expectAccessible(page, `presenter closing, ${theme}`, PRESENTER_AAA);
    await page.screenshot({ path: `${SHOTS}/presenter-closing-1366-${theme}.png` });
  }
});
