import { expect, type Locator, type Page } from '@playwright/test';

/** The Setup section: the engagement form, participants and room coverage. */
export class SetupPage {
  readonly form: Locator;
  readonly participants: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Engagement' });
    this.participants = page.getByRole('region', { name: 'Participants' });
    this.coverage = page.getByLabel('Room coverage');
  }

  async fill(label: string, value: string): Promise<void> {
    await this.form.getByLabel(label, { exact: true }).fill(value);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save' }).click();
  }

  /** Opens the Add participant dialog, with focus in its Name field. */
  async openAddParticipant(): Promise<Locator> {
    await this.participants.getByRole('button', { name: 'Add participant' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add participant' });
    await expect(dialog.getByLabel('Name')).toBeFocused();
    return dialog;
  }

  async addParticipant(p: { name: string; title?: string; fn: string; days?: number[] }): Promise<void> {
    const dialog = await this.openAddParticipant();
    await dialog.getByLabel('Name').fill(p.name);
    if (p.title) await dialog.getByLabel('Title').fill(p.title);
    await dialog.getByLabel('Function').selectOption({ label: p.fn });
    for (const day of p.days ?? []) await dialog.getByLabel(`Day ${day}`, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await expect(dialog).toBeHidden();
  }

  row(name: string): Locator {
    return this.participants.getByRole('row').filter({ hasText: name });
  }
}
