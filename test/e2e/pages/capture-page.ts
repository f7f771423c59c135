import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_ORIGIN, type Harness } from '../harness';
import { EngagementsPage } from './engagements-page';
import { WorkspacePage } from './workspace-page';

/** A new engagement with these participants, open on Capture with the box focused. */
export async function openCapture(page: Page, harness: Harness, participants: { name: string; function: string }[] = []) {
  await harness.open();
  await new EngagementsPage(page).create({ client: 'Northwind Logistics', pilot: 'Invoice extraction', weekStart: '2026-03-02' });
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Northwind Logistics');
  const [engagement] = harness.query<{ id: string }>('SELECT id FROM engagements');
  for (const p of participants) {
    const result = await harness.dispatch({ url: `${TEST_ORIGIN}/index.html`, isMainFrame: true }, 'participants:create', { engagementId: engagement!.id, ...p });
    expect(result.ok).toBe(true);
  }
  if (participants.length > 0) await page.reload();
  await workspace.goTo('Capture');
  const capture = new CapturePage(page);
  await expect(capture.box).toBeFocused();
  return { capture, engagementId: engagement!.id, workspace };
}

/** The Capture section: the capture box, its save indicator, the timeline and search. */
export class CapturePage {
  readonly box: Locator;
  readonly saveIndicator: Locator;
  readonly timeline: Locator;
  readonly notes: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('textbox', { name: 'Note', exact: true });
    this.saveIndicator = page.getByTestId('save-indicator');
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.notes = this.timeline.getByTestId('note');
    this.search = page.getByRole('searchbox', { name: 'Search notes' });
  }

  /** Types a note key by key, as a facilitator would, and presses Enter. */
  async capture(text: string): Promise<void> {
    await this.box.pressSequentially(text);
    await this.box.press('Enter');
  }

  note(text: string): Locator {
    return this.notes.filter({ hasText: text });
  }

  /**
   * The texts of every note on the timeline in order. Only the notes near the viewport are drawn,
   * so this scrolls the page from top to bottom as a reader would, collecting as it goes.
   */
  async scrollThroughNoteTexts(): Promise<string[]> {
    const seen = new Map<number, string>();
    const scroller = this.page.locator('.workspace-main');
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    for (;;) {
      // A frame lets the list draw the rows for the new scroll position.
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const [position, text] of await this.notes.evaluateAll((items) =>
        items.map((li) => [Number(li.getAttribute('aria-posinset')), li.querySelector('.note-text')?.textContent ?? ''] as const),
      )) {
        seen.set(position, text);
      }
      const atEnd = await scroller.evaluate((el) => {
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
        el.scrollBy(0, el.clientHeight * 0.7);
        return false;
      });
      if (atEnd) break;
    }
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveText(/^Saved D\d+-\d{3}$/);
  }
}
