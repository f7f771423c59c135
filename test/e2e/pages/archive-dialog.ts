import { expect, type Locator, type Page } from '@playwright/test';

/** The import dialog: the archive's preview, then what the import did. */
export class ArchiveDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Import “|Archive imported)/ });
  }

  count(label: 'Notes' | 'Findings' | 'Participants'): Locator {
    return this.dialog.getByRole('definition').and(this.dialog.locator(`div:has(> dt:text-is("${label}")) > dd`));
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Import|Merge) archive$/ }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Archive imported' })).toBeVisible();
  }
}
