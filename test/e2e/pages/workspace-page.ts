import { expect, type Locator, type Page } from '@playwright/test';

/** An open engagement: the sidebar navigation and the current section. */
export class WorkspacePage {
  readonly nav: Locator;
  readonly sectionTitle: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Engagement' });
    this.sectionTitle = page.locator('#section-title');
  }

  async expectOpen(client: string): Promise<void> {
    await expect(this.nav).toContainText(client);
  }

  async goTo(section: string): Promise<void> {
    await this.nav.getByRole('link', { name: new RegExp(`^${section}`) }).click();
    await expect(this.sectionTitle).toHaveText(section);
  }

  async backToList(): Promise<void> {
    await this.nav.getByRole('button', { name: /All engagements/ }).click();
  }
}
