import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness';
import { findOverflows, formatOverflows } from './layout-fit';
import { WorkspacePage } from './pages/workspace-page';

/**
 * Every screen over the sample engagement at the laptop and desktop sizes a consultant uses: nothing
 * may stick out of its card or past the window's right edge. One page per size; sections are
 * reached by their route, as a reload would. Dark screenshots go to test-results for a look.
 */
const SHOTS = 'test-results/layout';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * The app draws in the system's UI font, and some are much wider than this machine's: DejaVu Sans
 * (a common Linux default) stands in for them, so a layout that fits only a narrow font fails here.
 */
const WIDE_FONT = '"DejaVu Sans", Verdana, sans-serif';

interface Screen {
  name: string;
  section?: string;
  title?: string;
  ready: (page: Page) => Locator;
}

const SCREENS: Screen[] = [
  { name: 'engagements', ready: (page) => page.getByTestId('engagement-row') },
  { name: 'setup and participants', section: 'setup', title: 'Setup', ready: (page) => page.getByRole('region', { name: 'Participants' }).getByRole('row').nth(3) },
  { name: 'agenda', section: 'agenda', title: 'Agenda', ready: (page) => page.getByText('Current-process walkthrough').first() },
  { name: 'capture', section: 'capture', title: 'Capture', ready: (page) => page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first() },
  { name: 'capture: actions and decisions', section: 'capture', title: 'Capture', ready: (page) => page.getByRole('list', { name: 'Open actions' }).getByRole('listitem') },
  { name: 'board', section: 'board', title: 'Board', ready: (page) => page.getByRole('table', { name: 'Findings board' }) },
  { name: 'assessment', section: 'assessment', title: 'Assessment', ready: (page) => page.getByText('24 of 24 criteria scored') },
  { name: 'cost model', section: 'cost-model', title: 'Cost model', ready: (page) => page.getByText('Smaller model, more review').first() },
  { name: 'path to ship', section: 'path-to-ship', title: 'Path to ship', ready: (page) => page.getByText('Shadow run through a month end').first() },
  { name: 'deliverables', section: 'deliverables', title: 'Deliverables', ready: (page) => page.getByRole('article', { name: 'Report preview' }) },
];

async function openSample(page: Page, open: () => Promise<void>): Promise<string> {
  await open();
  await page.getByRole('region', { name: 'No engagements yet' }).getByRole('button', { name: 'Try the sample' }).click();
  await new WorkspacePage(page).expectOpen('Halden Industrial Supply');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  const id = /#\/engagements\/([^/]+)/.exec(new URL(page.url()).hash)?.[1];
  if (!id) throw new Error(`The sample opened at ${page.url()}, not at an engagement route.`);
  return id;
}

async function show(page: Page, engagementId: string, screen: Screen): Promise<void> {
  const hash = screen.section ? `#/engagements/${engagementId}/${screen.section}` : '#/';
  await page.evaluate((h) => (window.location.hash = h), hash);
  if (screen.title) await expect(page.locator('#section-title')).toHaveText(screen.title);
  await expect(screen.ready(page).first()).toBeVisible();
}

/** Runs a check in the system font and again in a wide one. */
async function inBothFonts(page: Page, check: (font: string) => Promise<void>): Promise<void> {
  await check('the system font');
  await page.evaluate((font) => document.documentElement.style.setProperty('--font-sans', font), WIDE_FONT);
  await check('a wide font');
  await page.evaluate(() => document.documentElement.style.removeProperty('--font-sans'));
}

function expectFits(page: Page, where: string): Promise<void> {
  return inBothFonts(page, async (font) => {
    expect.soft(formatOverflows(await findOverflows(page)), `${where} in ${font}: elements past their card or the window`).toEqual([]);
  });
}

/** The section scrolls inside its pane, so the window is made as tall as the section for one picture of all of it. */
async function shootWhole(page: Page, size: { width: number; height: number }, path: string): Promise<void> {
  const main = page.locator('main');
  const height = await main.evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

for (const size of SIZES) {
  test(`every screen fits its cards and the window at ${size.width}x${size.height}`, async ({ page, harness }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const engagementId = await openSample(page, () => harness.open());

    for (const screen of SCREENS) {
      await show(page, engagementId, screen);
      await expectFits(page, `${screen.name} at ${size.width}`);
      if (size.width !== 1280) await shootWhole(page, size, `${SHOTS}/${screen.section ?? 'engagements'}-light-${size.width}.png`);
      if (screen.section === 'assessment') {
        const tabs = page.getByRole('tablist', { name: 'Assessment' }).getByRole('tab');
        await inBothFonts(page, async (font) => {
          const tops = await tabs.evaluateAll((all) => all.map((tab) => Math.round(tab.getBoundingClientRect().top)));
          expect.soft(new Set(tops).size, `assessment tabs at ${size.width} in ${font} sit on one row`).toBe(1);
        });
        for (const tab of await tabs.all()) {
          await tab.click();
          await expectFits(page, `assessment tab "${await tab.innerText()}" at ${size.width}`);
        }
      }
    }

    if (size.width === 1280) return;
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const screen of SCREENS) {
      await show(page, engagementId, screen);
      await shootWhole(page, size, `${SHOTS}/${screen.section ?? 'engagements'}-dark-${size.width}.png`);
    }
  });
}
