import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { COST_INPUT_FIELDS, CostInputs, type CostInputField } from '../../../shared/cost-model/cost-inputs';
import { computeCostModel } from '../../../shared/cost-model/cost-model';
import { buildReadoutDeck } from '../../../shared/report/deck-model';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/report-inputs';
import { buildReport } from '../../../shared/report/report-model';
import { CostHeadline } from '../../../renderer/features/cost-model/CostHeadline';
import { reportData } from '../shared/report/report-fixture';

/** Any value a consultant could type into a field: within its bounds, whole where it must be, sometimes empty where it may be. */
function fieldValue(field: CostInputField): fc.Arbitrary<number | null> {
  const spec: { min: number; max?: number; integer?: boolean; optional?: boolean } = COST_INPUT_FIELDS[field];
  const max = spec.max ?? 1_000_000;
  const value = spec.integer
    ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(max) })
    : fc.oneof(
        fc.double({ min: spec.min, max, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: Math.ceil(spec.min), max: Math.min(Math.floor(max), 10_000) }),
        fc.constantFrom(spec.min, max),
      );
  return spec.optional ? fc.option(value, { nil: null }) : value;
}

const costInputs: fc.Arbitrary<CostInputs> = fc
  .record({
    currency: fc.constantFrom('EUR', 'USD', 'GBP', 'CHF', 'JPY'),
    ...(Object.fromEntries((Object.keys(COST_INPUT_FIELDS) as CostInputField[]).map((field) => [field, fieldValue(field)])) as Record<CostInputField, fc.Arbitrary<number>>),
  })
  .map((raw) => CostInputs.parse(raw));

const unescape = (html: string) => html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** What the cost screen's headline shows for each figure, by its label. */
function appFigures(inputs: CostInputs): Map<string, string> {
  const html = renderToStaticMarkup(<CostHeadline inputs={inputs} result={computeCostModel(inputs)} onFinding={() => undefined} />);
  const figures = new Map<string, string>();
  for (const match of html.matchAll(/aria-label="([^"]+)"><p class="kpi-label">[^<]*<\/p><p class="kpi-value">([^<]*)<\/p>/g)) figures.set(unescape(match[1]!), unescape(match[2]!));
  return figures;
}

const byLabel = (list: readonly { label: string; value: string }[], label: string | RegExp): string => {
  const found = list.find((f) => (typeof label === 'string' ? f.label === label : label.test(f.label)));
  if (!found) throw new Error(`No figure labelled ${String(label)}.`);
  return found.value;
};

describe('the same cost figures everywhere', () => {
  it('the cost screen, the report’s summary and chapter, and the deck’s money slide print the same figures for any inputs', () => {
    fc.assert(
      fc.property(costInputs, (inputs) => {
        const data = reportData();
        const scenario = { ...data.scenarios[0]!, inputs };
        const withScenario = { ...data, scenarios: [scenario] };
        const report = buildReport(withScenario, DEFAULT_REPORT_OPTIONS);
        const deck = buildReadoutDeck(withScenario, DEFAULT_REPORT_OPTIONS, { kind: 'week' });
        const money = deck.slides.find((slide) => slide.title === 'The money');
        if (money?.kind !== 'figures') throw new Error('The deck has no money slide.');
        const app = appFigures(inputs);
        const summary = report.summary.money!;
        const chapter = report.cost.scenarios[0]!;

        const perMonth = app.get('Cost per month');
        expect(byLabel(summary.figures, /^Cost per month at production volume/)).toBe(perMonth);
        expect(byLabel(chapter.headline, 'Cost per month at production volume')).toBe(perMonth);
        expect(byLabel(money.figures, 'Cost per month at production volume')).toBe(perMonth);

        const threeYears = app.get('3-year total cost');
        expect(byLabel(summary.figures, 'Total cost over 3 years')).toBe(threeYears);
        expect(byLabel(chapter.headline, 'Total cost of ownership, 3 years')).toBe(threeYears);
        expect(byLabel(money.figures, 'Total cost of ownership, 3 years')).toBe(threeYears);

        expect(byLabel(money.figures, 'Cost per transaction')).toBe(app.get('Cost per transaction'));
        expect(byLabel(summary.errors, 'Wrong outputs a day')).toBe(app.get('Wrong outputs per day'));
        expect(byLabel(chapter.errors, 'Wrong outputs per day')).toBe(app.get('Wrong outputs per day'));
        expect(`${byLabel(summary.errors, 'Reviewers needed (FTE)')} FTE`).toBe(app.get('Reviewers needed'));

        // Break-even: the same figure when there is one; where there is none the client document says why in words.
        const breakEven = app.get('Break-even')!;
        const stated = byLabel(summary.figures, 'Break-even');
        expect(byLabel(chapter.headline, 'Break-even')).toBe(stated);
        if (/\d|Immediately/.test(breakEven)) expect(stated).toBe(breakEven);
        else expect(stated).toMatch(breakEven === 'Never' ? /^(Never: |Not computed — today’s cost per item)/ : /^Not computed — no production volume/);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
