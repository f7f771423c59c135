import { expect, type Locator, type Page } from '@playwright/test';

/** The engagements list: what a user sees and does on the first screen. */
export class EngagementsPage {
  readonly heading: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Engagements', level: 1 });
    this.rows = page.getByTestId('engagement-row');
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async create(input: { client: string; pilot: string; weekStart?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New engagement' }).first().click();
    const dialog = this.dialog('New engagement');
    await dialog.getByLabel('Client').fill(input.client);
    await dialog.getByLabel('Pilot').fill(input.pilot);
    if (input.weekStart) await dialog.getByLabel('Week starts').fill(input.weekStart);
    await dialog.getByRole('button', { name: 'Create engagement' }).click();
  }

  async open(text: string): Promise<void> {
    await this.row(text).getByRole('button').first().click();
  }

  async rename(text: string, client: string, pilot: string): Promise<void> {
    await this.row(text).getByRole('button', { name: /^Rename/ }).click();
    const dialog = this.dialog('Rename engagement');
    await dialog.getByLabel('Client').fill(client);
    await dialog.getByLabel('Pilot').fill(pilot);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  async archive(text: string): Promise<void> {
    await this.row(text).getByRole('button', { name: /^Archive/ }).click();
  }

  async delete(text: string): Promise<void> {
    await this.row(text).getByRole('button', { name: /^Delete/ }).click();
    const dialog = this.dialog('Delete engagement?');
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await expect(dialog).toBeHidden();
  }
}
