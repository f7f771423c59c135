import { expect, type Locator, type Page } from '@playwright/test';

/** The recovery screen the app shows instead of itself when its data file could not be opened. */
export class RecoveryPage {
  readonly backups: Locator;

  constructor(readonly page: Page) {
    this.backups = page.getByTestId('backup-row');
  }

  async expectVisible(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  /** Opens the confirmation for the listed backup at `index` (0 is the newest) with the keyboard. */
  async chooseWithKeyboard(index: number): Promise<void> {
    await this.backups.nth(index).getByRole('button', { name: /^Restore the backup from/ }).focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  }

  async confirmWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
  }
}
