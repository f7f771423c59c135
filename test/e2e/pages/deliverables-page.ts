import { expect, type Locator, type Page } from '@playwright/test';

/** The Deliverables screen: options, the report preview and the export actions. */
export class DeliverablesPage {
  readonly preview: Locator;
  readonly filesWritten: Locator;

  constructor(readonly page: Page) {
    this.preview = page.getByRole('article', { name: 'Report preview' });
    this.filesWritten = page.getByRole('list', { name: 'Files written' });
  }

  async expectPreview(): Promise<void> {
    await expect(this.preview).toBeVisible();
  }

  async redactNames(on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: /Replace participant names/ }).setChecked(on);
  }

  async exportWeekPack(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export week pack…' }).click();
  }

  async exportBoardPicture(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export board picture…' }).click();
  }
}
