import { expect, type Locator, type Page } from '@playwright/test';

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

  async expectSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveText(/^Saved D\d+-\d{3}$/);
  }
}
