import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_ORIGIN, type Harness } from '../harness';

const SENDER = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

/** Calls a channel as the renderer would, for seeding; fails loudly if the core refuses. */
export async function call<T>(harness: Harness, channel: string, payload: unknown): Promise<T> {
  const result = await harness.dispatch(SENDER, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The Board section: the area × day grid, its cards, dialogs and the presenter. */
export class BoardPage {
  readonly grid: Locator;
  readonly presenter: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('table', { name: 'Findings board' });
    this.presenter = page.getByRole('dialog', { name: /^Presenter/ });
  }

  /** A cell by its key, e.g. "approach:2". */
  cell(key: string): Locator {
    return this.page.locator(`[data-cell="${key}"]`);
  }

  cards(key: string): Locator {
    return this.cell(key).getByTestId('finding-card');
  }

  card(title: string): Locator {
    return this.grid.getByTestId('finding-card').filter({ has: this.page.locator('.finding-title', { hasText: title }) });
  }

  async titles(key: string): Promise<string[]> {
    return this.cards(key).locator('.finding-title').allTextContents();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true });
  }

  async promoteFromNotes(query: string, ref: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add from notes' }).click();
    const picker = this.dialog('Add a finding from notes');
    await picker.getByLabel('Search notes').fill(query);
    await picker.getByRole('button', { name: `Promote note ${ref}` }).click();
    await expect(picker).toBeHidden();
  }

  /**
   * Drags with the real mouse, in small steps as a hand would, onto `target` (a card or a cell)
   * in the cell `cellKey`, `at` that fraction of its height (at most 60 px down), and lets go once
   * the cell shows it is the drop target, as a person would.
   */
  async drag(card: Locator, target: Locator, cellKey: string, at = 0.5): Promise<void> {
    await this.pickUp(card, target, cellKey, at);
    await this.page.mouse.up();
  }

  /** As `drag`, but keeps the mouse pressed over the target, to look at where the card would land. */
  async pickUp(card: Locator, target: Locator, cellKey: string, at = 0.5): Promise<void> {
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('Card or target is not on screen.');
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + Math.min(to.height * at, 60), { steps: 12 });
    await expect(this.cell(cellKey)).toHaveClass(/is-over/);
  }

  async present(): Promise<void> {
    await this.page.getByRole('button', { name: 'Present' }).click();
    await expect(this.presenter).toBeVisible();
  }
}
