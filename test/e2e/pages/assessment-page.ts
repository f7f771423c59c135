import { expect, type Locator, type Page } from '@playwright/test';

/** The assessment screen of an open engagement: tabs, scorecards, ML Test Score, diagnostic, summary. */
export class AssessmentPage {
  readonly tabs: Locator;
  readonly chart: Locator;
  readonly overall: Locator;
  readonly mlScore: Locator;
  readonly weakest: Locator;
  readonly unscored: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Assessment' });
    this.chart = page.getByTestId('readiness-chart');
    this.overall = page.getByTestId('overall-readiness');
    this.mlScore = page.getByTestId('ml-test-score-value');
    this.weakest = page.getByTestId('weakest-criteria');
    this.unscored = page.getByTestId('unscored-criteria');
  }

  async openTab(name: string): Promise<void> {
    const tab = this.tabs.getByRole('tab', { name: new RegExp(`^${name}`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  criterion(title: string): Locator {
    return this.page.getByRole('listitem', { name: title });
  }

  async scoreCriterion(title: string, score: 'Not scored' | 'Not in place' | 'Partly' | 'In place' | 'N/A'): Promise<void> {
    // A click, not check(): the control shows the choice once the core has stored it.
    const radio = this.criterion(title).getByRole('radio', { name: score, exact: true });
    await radio.click();
    await expect(radio).toBeChecked();
  }

  async commentOn(title: string, text: string): Promise<void> {
    const field = this.criterion(title).getByRole('textbox', { name: `Comment on ${title}` });
    await field.fill(text);
    await field.blur();
    await expect(this.criterion(title).getByText('Saved')).toBeVisible();
  }

  mlTest(label: string): Locator {
    return this.page.getByTestId('ml-test').filter({ hasText: label });
  }

  async scoreMlTest(label: string, points: 'Not done' | 'Manual' | 'Automated'): Promise<void> {
    const radio = this.mlTest(label).getByRole('radio', { name: points, exact: true });
    await radio.click();
    await expect(radio).toBeChecked();
  }

  cause(title: string): Locator {
    return this.page.getByRole('listitem', { name: title });
  }

  evidence(title: string): Locator {
    return this.criterion(title).getByRole('list', { name: `Evidence for ${title}` });
  }

  /** Links a note found by its words, through the criterion's evidence dialog. */
  async linkNote(title: string, words: string, ref: string): Promise<void> {
    await this.criterion(title).getByRole('button', { name: `Add evidence to ${title}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Evidence for ${title}` });
    await dialog.getByRole('searchbox', { name: 'Search notes' }).fill(words);
    await dialog.getByRole('button', { name: `Link note ${ref}` }).click();
    await expect(dialog.getByText('Linked')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
  }
}
