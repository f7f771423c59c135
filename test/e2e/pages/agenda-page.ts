import { expect, type Locator, type Page } from '@playwright/test';

/** The Agenda section: days side by side, sessions, the now panel and its timer. */
export class AgendaPage {
  readonly nowPanel: Locator;
  readonly timer: Locator;

  constructor(readonly page: Page) {
    this.nowPanel = page.getByRole('region', { name: 'Now' });
    this.timer = page.getByRole('group', { name: /^Timer for/ });
  }

  day(day: number): Locator {
    return this.page.getByRole('region', { name: `Day ${day}`, exact: true });
  }

  sessions(day: number): Locator {
    return this.day(day).getByTestId('session-card');
  }

  async titles(day: number): Promise<string[]> {
    return this.sessions(day).locator('.session-title').allTextContents();
  }

  session(day: number, title: string): Locator {
    return this.sessions(day).filter({ has: this.page.locator('.session-title', { hasText: title }) });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async addSession(day: number, s: { title: string; start: string; end: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Add session to day ${day}` }).click();
    const dialog = this.dialog('Add session');
    await dialog.getByLabel('Title').fill(s.title);
    await dialog.getByLabel('Starts').fill(s.start);
    await dialog.getByLabel('Ends').fill(s.end);
    await dialog.getByRole('button', { name: 'Add session' }).click();
    await expect(dialog).toBeHidden();
  }
}
