import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with each serious or critical violation named by rule and element, so the report says what to fix. */
export async function expectAccessible(page: Page, screen: string, strict?: { rules: string[]; include: string }): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const describe = (v: (typeof results.violations)[number]) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`;
  expect.soft(blocking.map(describe), `${screen}: serious or critical violations`).toEqual([]);
  if (strict) {
    const extra = await new AxeBuilder({ page }).include(strict.include).withRules(strict.rules).analyze();
    expect.soft(extra.violations.map(describe), `${screen}: ${strict.rules.join(', ')}`).toEqual([]);
  }
}
