import { expect, type Locator, type Page } from '@playwright/test';

/** The path to ship: recommendation, lifecycle budget, roadmap with timeline, and the RACI operating model. */
export class PathToShipPage {
  readonly recommendation: Locator;
  readonly budget: Locator;
  readonly roadmap: Locator;
  readonly phases: Locator;
  readonly timeline: Locator;
  readonly operatingModel: Locator;
  readonly raci: Locator;

  constructor(readonly page: Page) {
    this.recommendation = page.getByRole('region', { name: 'Recommendation' });
    this.budget = page.getByRole('region', { name: 'Lifecycle budget' });
    this.roadmap = page.getByRole('region', { name: 'Roadmap' });
    this.phases = this.roadmap.getByRole('list', { name: 'Phases' }).getByTestId('phase');
    this.timeline = page.getByRole('figure', { name: 'Roadmap timeline' });
    this.operatingModel = page.getByRole('region', { name: 'Operating model' });
    this.raci = this.operatingModel.getByRole('table', { name: 'RACI' });
  }

  async setRecommendation(r: {
    decision: string;
    rationale: string;
    conditions: string[];
    decidedBy: string;
    decidedOn: string;
    criteria: string[];
    findings?: string[];
  }): Promise<void> {
    const open = this.recommendation.getByRole('button', { name: /Record the recommendation|Edit/ });
    await open.click();
    const dialog = this.page.getByRole('dialog', { name: 'Recommendation' });
    await dialog.getByRole('radio', { name: new RegExp(`^${r.decision}`) }).check();
    await dialog.getByLabel('Rationale', { exact: true }).fill(r.rationale);
    await dialog.getByLabel('Conditions', { exact: true }).fill(r.conditions.join('\n'));
    await dialog.getByLabel('Decided by', { exact: true }).selectOption({ label: r.decidedBy });
    await dialog.getByLabel('Decided on', { exact: true }).fill(r.decidedOn);
    for (const c of r.criteria) await dialog.getByRole('checkbox', { name: c }).check();
    for (const ref of r.findings ?? []) await this.linkFinding(dialog, ref);
    await dialog.getByRole('button', { name: 'Save recommendation' }).click();
    await expect(dialog).toBeHidden();
  }

  async addPhase(p: { name: string; targetWeek: number; owner?: string; milestones?: string[]; exitCriteria?: string[]; criteria?: string[]; findings?: string[] }): Promise<void> {
    await this.roadmap.getByRole('button', { name: 'Add phase' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add phase' });
    await dialog.getByLabel('Phase name', { exact: true }).fill(p.name);
    await dialog.getByLabel('Target week', { exact: true }).fill(String(p.targetWeek));
    if (p.owner) await dialog.getByLabel('Owner', { exact: true }).selectOption({ label: p.owner });
    if (p.milestones) await dialog.getByLabel('Milestones', { exact: true }).fill(p.milestones.join('\n'));
    if (p.exitCriteria) await dialog.getByLabel('Exit criteria', { exact: true }).fill(p.exitCriteria.join('\n'));
    for (const c of p.criteria ?? []) await dialog.getByRole('checkbox', { name: c }).check();
    for (const ref of p.findings ?? []) await this.linkFinding(dialog, ref);
    await dialog.getByRole('button', { name: 'Add phase' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Links a finding by its reference (F3) from an open recommendation or phase dialog. */
  async linkFinding(dialog: Locator, ref: string): Promise<void> {
    await dialog.getByLabel('Find a finding to link', { exact: true }).fill(ref);
    await dialog.getByRole('list', { name: 'Findings to link' }).getByRole('button', { name: new RegExp(`^Link ${ref} `) }).click();
    await expect(this.linkedFindings(dialog).filter({ hasText: ref })).toHaveCount(1);
  }

  /** The findings an item links to, as chips: in a dialog (removable) or on the screen. */
  linkedFindings(scope: Locator, name = 'Linked findings'): Locator {
    return scope.getByRole('list', { name, exact: true }).getByRole('listitem');
  }

  phase(name: string): Locator {
    return this.phases.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async expectPhaseOrder(names: string[]): Promise<void> {
    await expect(this.phases.getByRole('heading', { level: 3 })).toHaveText(names);
  }

  cell(responsibility: string, person: string): Locator {
    return this.raci.getByLabel(`${responsibility}: ${person}`, { exact: true });
  }

  async assign(responsibility: string, person: string, role: string): Promise<void> {
    await this.cell(responsibility, person).selectOption({ label: role });
    await expect(this.cell(responsibility, person)).toHaveValue(role === 'A/R' ? 'AR' : role);
  }

  row(responsibility: string): Locator {
    return this.raci.getByTestId('raci-row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${responsibility}`) }) });
  }

  gaps(responsibility: string): Locator {
    return this.raci.getByRole('list', { name: `Gaps in ${responsibility}` }).getByRole('listitem');
  }

  async addSystem(name: string): Promise<void> {
    await this.operatingModel.getByLabel('System name', { exact: true }).fill(name);
    await this.operatingModel.getByRole('button', { name: 'Add system' }).click();
    await expect(this.operatingModel.getByRole('list', { name: 'Systems' })).toContainText(name);
  }
}
