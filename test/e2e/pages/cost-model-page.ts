import { expect, type Locator, type Page } from '@playwright/test';

/** The cost model screen: scenario tabs, the inputs form, headline figures, charts and comparison. */
export class CostModelPage {
  readonly tabs: Locator;
  readonly inputs: Locator;
  readonly headline: Locator;
  readonly saveStatus: Locator;
  readonly comparison: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Cost scenarios' });
    this.inputs = page.getByRole('form', { name: 'Scenario inputs' });
    this.headline = page.getByRole('region', { name: 'Headline figures at production volume' });
    this.saveStatus = page.locator('.save-status');
    this.comparison = page.getByRole('region', { name: 'Scenarios side by side' });
  }

  async createFirstScenario(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create a scenario' }).click();
    await expect(this.tabs.getByRole('tab')).toHaveCount(1);
  }

  field(label: string): Locator {
    return this.inputs.getByLabel(label, { exact: true });
  }

  /** Types into each field in turn and waits until the screen says the scenario is saved. */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
    await this.expectSaved();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  kpi(label: string): Locator {
    return this.headline.getByRole('group', { name: label });
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  tab(name: string): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async duplicate(): Promise<void> {
    const count = await this.tabs.getByRole('tab').count();
    await this.page.getByRole('button', { name: 'Duplicate', exact: true }).click();
    await expect(this.tabs.getByRole('tab')).toHaveCount(count + 1);
  }

  async rename(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename scenario' });
    await dialog.getByLabel('Scenario name').fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete scenario?' });
    await dialog.getByRole('button', { name: 'Delete scenario' }).click();
    await expect(dialog).toBeHidden();
  }
}
