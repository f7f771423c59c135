import { expect, type Locator, type Page } from '@playwright/test';

/** A card or item the presenter draws, and whether all of it is on the screen. */
export interface DrawnCard {
  id: string;
  title: string;
  /** Inside the viewport and inside its column, with nothing of the title hidden. */
  whole: boolean;
}

/** Presenter mode: its views, its pages and what each page draws. */
export class PresenterPage {
  readonly root: Locator;
  readonly indicator: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /^Presenter/ });
    this.indicator = this.root.locator('.presenter-page');
  }

  heading(name: string | RegExp): Locator {
    return this.root.getByRole('heading', { level: 1, name });
  }

  /** The page shown and how many the view has, read from the "Page 2 of 3" line. */
  async pageNumbers(): Promise<{ page: number; of: number }> {
    const text = (await this.indicator.textContent()) ?? '';
    const match = /^Page (\d+) of (\d+)$/u.exec(text.trim());
    if (!match) throw new Error(`No page indicator: "${text}"`);
    return { page: Number(match[1]), of: Number(match[2]) };
  }

  /** The columns' headings on this page, in order. */
  columnHeadings(): Promise<string[]> {
    return this.root.locator('.presenter-column-head h2').allTextContents();
  }

  /** The finding cards this page shows (not the unseen copies the pages are measured from). */
  cards(): Locator {
    return this.root.locator('[data-testid="presenter-page-items"] [data-card-id]');
  }

  /** Every card on this page, with whether it is wholly on screen and its title wholly shown. */
  drawnCards(): Promise<DrawnCard[]> {
    return this.cards().evaluateAll((cards) =>
      cards.map((card) => {
        const inside = (inner: DOMRect, outer: { top: number; left: number; bottom: number; right: number }) =>
          inner.top >= outer.top - 0.5 && inner.left >= outer.left - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.right <= outer.right + 0.5;
        const rect = card.getBoundingClientRect();
        const body = card.closest('.presenter-column-body')!.getBoundingClientRect();
        const title = card.querySelector<HTMLElement>('.presenter-card-title')!;
        const style = getComputedStyle(title);
        // The title's text as drawn, wherever its lines fall, must lie within the card: nothing clamped, nothing cut by an ellipsis.
        const text = document.createRange();
        text.selectNodeContents(title);
        const titleWhole = inside(text.getBoundingClientRect(), rect) && style.textOverflow !== 'ellipsis' && style.webkitLineClamp === 'none';
        const viewport = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
        return { id: card.getAttribute('data-card-id')!, title: title.textContent ?? '', whole: inside(rect, viewport) && inside(rect, body) && titleWhole };
      }),
    );
  }

  /** Visits the view's pages from the first to the last, turning them with Page Down as a clicker does; returns how many there were. */
  async everyPage(visit: (page: number) => Promise<void>): Promise<number> {
    await expect(this.indicator).toHaveText(/^Page 1 of \d+$/);
    let { page, of } = await this.pageNumbers();
    await visit(page);
    while (page < of) {
      await this.page.keyboard.press('PageDown');
      await expect(this.indicator).toHaveText(`Page ${page + 1} of ${of}`);
      ({ page, of } = await this.pageNumbers());
      await visit(page);
    }
    return of;
  }
}
