import { expect, type Locator, type Page } from '@playwright/test';

/** The Deliverables screen: options, the report preview, the export actions and the release check before each export. */
export class DeliverablesPage {
  readonly preview: Locator;
  readonly filesWritten: Locator;
  /** Where the panel says what an export is doing and what it wrote. */
  readonly status: Locator;
  /** "What the client receives": the list every export shows for confirmation before it writes. */
  readonly releaseCheck: Locator;

  constructor(readonly page: Page) {
    this.preview = page.getByRole('article', { name: 'Report preview' });
    this.filesWritten = page.getByRole('list', { name: 'Files written' });
    this.status = page.getByRole('status', { name: 'Export status' });
    this.releaseCheck = page.getByRole('dialog', { name: 'What the client receives' });
  }

  async expectPreview(): Promise<void> {
    await expect(this.preview).toBeVisible();
  }

  async redactNames(on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: /Replace participant names/ }).setChecked(on);
  }

  /** Asks for the week pack and waits for the release check; nothing is written yet. */
  async reviewWeekPack(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export week pack…' }).click();
    await expect(this.releaseCheck).toBeVisible();
  }

  /** Confirms the release check on screen, as the facilitator would after reading it. */
  async confirmRelease(): Promise<void> {
    await expect(this.releaseCheck).toBeVisible();
    await this.releaseCheck.getByRole('button', { name: 'Confirm & export' }).click();
    await expect(this.releaseCheck).toBeHidden();
  }

  async exportWeekPack(): Promise<void> {
    await this.reviewWeekPack();
    await this.confirmRelease();
  }

  async exportBoardPicture(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export board picture…' }).click();
    await this.confirmRelease();
  }
}
