import { expect, type Locator, type Page } from '@playwright/test';

/** The Ctrl/⌘ K command palette: a combobox over a listbox of commands. */
export class CommandPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.input = this.dialog.getByRole('combobox', { name: 'Go to or do' });
    this.options = this.dialog.getByRole('listbox', { name: 'Commands' }).getByRole('option');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }

  /** Types a query and runs the highlighted command with Enter, as a keyboard user would. */
  async run(query: string): Promise<void> {
    await this.open();
    await this.input.fill(query);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  selected(): Locator {
    return this.dialog.getByRole('option', { selected: true });
  }
}
