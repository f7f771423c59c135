import { mkdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { boardPicture } from '../../shared/report/board-picture';
import { crowdedBoard } from '../unit/shared/report/board-picture-fixture';

const SHOTS = 'test-results/screens';

/**
 * The board picture's height is computed, not measured, so the app can photograph it without
 * running a script. Here Chromium lays out the busiest board and confirms every box lies inside
 * the computed page and every card inside its cell: nothing is cut off at the bottom.
 */
test('the busiest board fits the size its page declares, nothing cut off', async ({ page }) => {
  const picture = boardPicture(crowdedBoard());
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  await page.setViewportSize({ width: picture.width, height: picture.height });
  await page.setContent(picture.html);
  const layout = await page.evaluate(() => {
    const bottom = (el: Element) => el.getBoundingClientRect().bottom;
    const right = (el: Element) => el.getBoundingClientRect().right;
    const cells = [...document.querySelectorAll('.cell')];
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      lowest: Math.max(...[...document.querySelectorAll('main *')].map(bottom)),
      rightmost: Math.max(...[...document.querySelectorAll('main *')].map(right)),
      footerBottom: bottom(document.querySelector('footer')!),
      cardsOutsideCells: cells.flatMap((cell) => [...cell.querySelectorAll('.card, .more')].filter((card) => bottom(card) > bottom(cell) + 0.5)).length,
      cards: document.querySelectorAll('.card').length,
    };
  });
  expect(layout.scrollHeight).toBe(picture.height);
  expect(layout.scrollWidth).toBe(picture.width);
  expect(layout.lowest).toBeLessThanOrEqual(picture.height);
  expect(layout.rightmost).toBeLessThanOrEqual(picture.width);
  expect(layout.footerBottom).toBeGreaterThan(picture.height - 40);
  expect(layout.cardsOutsideCells).toBe(0);
  expect(layout.cards).toBe(10);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/board-picture-crowded.png` });
});
