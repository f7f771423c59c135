import { describe, expect, it } from 'vitest';
import { CostInputs, DEFAULT_COST_INPUTS } from '../../../../shared/cost-model/cost-inputs';
import { monthlyCostByVolume, wrongOutputsByAccuracy } from '../../../../shared/cost-model/chart-series';
import { computeCostModel } from '../../../../shared/cost-model/cost-model';

/** Defaults (everything zero, 365 days, 100 % accuracy) with only the numbers a test is about. */
function inputs(overrides: Partial<CostInputs>): CostInputs {
  return CostInputs.parse({ ...DEFAULT_COST_INPUTS, ...overrides });
}

describe('cost at pilot and production volume', () => {
  it('2 cents a query: 100 a day is 2 a day, 100,000 a day is 2,000 a day and 730,000 a year', () => {
    const r = computeCostModel(inputs({ modelCostPerQuery: 0.02, pilotVolumePerDay: 100, productionVolumePerDay: 100_000 }));
    expect(r.pilot.perDay).toBeCloseTo(2, 10);
    expect(r.production.perDay).toBeCloseTo(2000, 10);
    expect(r.production.perYear).toBeCloseTo(730_000, 6);
    expect(r.production.perMonth).toBeCloseTo(730_000 / 12, 6);
    expect(r.production.perTransaction).toBeCloseTo(0.02, 12);
  });

  it('spreads fixed costs over operating days: 250 days turns 12,000 a year into 48 a day', () => {
    const r = computeCostModel(inputs({ infrastructurePerMonth: 1000, workingDaysPerYear: 250, productionVolumePerDay: 100 }));
    expect(r.production.perYear).toBeCloseTo(12_000, 8);
    expect(r.production.perDay).toBeCloseTo(48, 8);
    // 12,000 over 25,000 items
    expect(r.production.perTransaction).toBeCloseTo(0.48, 10);
  });

  it('has no cost per transaction at zero volume', () => {
    expect(computeCostModel(inputs({ infrastructurePerMonth: 500 })).pilot.perTransaction).toBeNull();
  });
});

describe('errors and review', () => {
  const base = { productionVolumePerDay: 10_000, accuracyPct: 98, reviewSharePct: 25, downstreamCostPerError: 40 };

  it('98 % accurate at 10,000 a day is 200 wrong a day; review of a quarter catches 50, 150 slip through', () => {
    const r = computeCostModel(inputs(base));
    expect(r.errors.wrongPerDay).toBeCloseTo(200, 8);
    expect(r.errors.caughtPerDay).toBeCloseTo(50, 8);
    expect(r.errors.uncaughtPerDay).toBeCloseTo(150, 8);
    expect(r.errors.downstreamCostPerDay).toBeCloseTo(6000, 6);
    // the uncaught errors are a cost line too: 6,000 a day for 365 days
    expect(r.production.lineItemsPerYear.errors).toBeCloseTo(6000 * 365, 4);
    expect(r.errors.falsePositivesPerDay).toBeNull();
  });

  it('splits the errors into false positives and misses when the split is known', () => {
    const r = computeCostModel(inputs({ ...base, falsePositiveSharePct: 30 }));
    expect(r.errors.falsePositivesPerDay).toBeCloseTo(60, 8);
    expect(r.errors.falseNegativesPerDay).toBeCloseTo(140, 8);
  });

  it('reviewing 10 % of 10,000 at 3 minutes is 50 hours a day: 8.33 reviewers at 6 productive hours', () => {
    const r = computeCostModel(
      inputs({ productionVolumePerDay: 10_000, reviewSharePct: 10, minutesPerReview: 3, reviewerCostPerHour: 30, productiveHoursPerFteDay: 6 }),
    );
    expect(r.reviewHoursPerDay).toBeCloseTo(50, 8);
    expect(r.reviewerFte).toBeCloseTo(50 / 6, 8);
    expect(r.production.perDay).toBeCloseTo(1500, 6);
  });

  it('charts wrong outputs per day falling to zero at 100 %, with the current accuracy on the curve', () => {
    const points = wrongOutputsByAccuracy(inputs({ ...base, accuracyPct: 97.5 }));
    expect(points[0]!.accuracyPct).toBe(80);
    expect(points.at(-1)).toMatchObject({ accuracyPct: 100, wrongPerDay: 0 });
    expect(points.find((p) => p.accuracyPct === 97.5)?.wrongPerDay).toBeCloseTo(250, 8);
    expect(points.find((p) => p.accuracyPct === 90)?.uncaughtPerDay).toBeCloseTo(750, 8);
  });
});

describe('break-even against today', () => {
  const base = { productionVolumePerDay: 1000, modelCostPerQuery: 0.1, currentCostPerItem: 1 };

  it('saves 0.90 an item on 1,000 a day: 27,375 a month repays a 54,750 build in 2 months', () => {
    const r = computeCostModel(inputs({ ...base, integrationBuild: 54_750 }));
    expect(r.breakEven.kind).toBe('months');
    if (r.breakEven.kind !== 'months') return;
    expect(r.breakEven.savingPerMonth).toBeCloseTo(27_375, 6);
    expect(r.breakEven.months).toBeCloseTo(2, 10);
    expect(r.breakEven.aiCostPerItem).toBeCloseTo(0.1, 10);
  });

  it('never breaks even when the AI costs more per item than today', () => {
    const r = computeCostModel(inputs({ ...base, currentCostPerItem: 0.05, integrationBuild: 10 }));
    expect(r.breakEven).toMatchObject({ kind: 'never', todayCostPerItem: 0.05 });
  });

  it('pays back at once with nothing to build, and never on a volume too small for a number, instead of “NaN months”', () => {
    expect(computeCostModel(inputs({ ...base, integrationBuild: 0 })).breakEven).toMatchObject({ kind: 'months', months: 0 });
    expect(computeCostModel(inputs({ ...base, productionVolumePerDay: 5e-324, integrationBuild: 0 })).breakEven).toMatchObject({ kind: 'months', months: 0 });
    expect(computeCostModel(inputs({ ...base, productionVolumePerDay: 5e-324, integrationBuild: 10 })).breakEven.kind).toBe('never');
  });

  it('says there is no volume to compare when production volume is zero', () => {
    expect(computeCostModel(inputs({ currentCostPerItem: 1 })).breakEven).toEqual({ kind: 'no-volume' });
  });
});

describe('storage', () => {
  const base = { productionVolumePerDay: 1000, storagePerRecordKb: 50, storagePricePerGbMonth: 0.1 };

  it('50 KB × 1,000 a day × 365 days is 18.25 GB after a year, and stays there with 12 months retention', () => {
    const r = computeCostModel(inputs({ ...base, retentionMonths: 12 }));
    expect(r.storageGbAfter1Year).toBeCloseTo(18.25, 8);
    expect(r.storageGbAfter3Years).toBeCloseTo(18.25, 8);
    // steady state: 18.25 GB held all year at 0.10 per GB-month
    expect(r.production.lineItemsPerYear.storage).toBeCloseTo(18.25 * 0.1 * 12, 8);
    // first year fills up month by month: 1/12, 2/12 … 12/12 of 18.25 GB
    expect(r.years[0]!.lineItems.storage).toBeCloseTo((18.25 / 12) * 0.1 * 78, 8);
  });

  it('keeps growing with longer retention and with growth: 18.25 + 36.5 + 73 GB after three years', () => {
    expect(computeCostModel(inputs({ ...base, retentionMonths: 36 })).storageGbAfter3Years).toBeCloseTo(54.75, 8);
    const grown = computeCostModel(inputs({ ...base, retentionMonths: 36, growthPctPerYear: 100 }));
    expect(grown.storageGbAfter3Years).toBeCloseTo(127.75, 8);
  });

  it('keeps nothing with zero retention', () => {
    expect(computeCostModel(inputs({ ...base, retentionMonths: 0 })).storageGbAfter1Year).toBe(0);
  });
});

describe('total cost of ownership', () => {
  it('adds the one-off build to year one and grows the volume 10 % a year', () => {
    const r = computeCostModel(
      inputs({ integrationBuild: 100_000, infrastructurePerMonth: 1000, modelCostPerQuery: 0.01, productionVolumePerDay: 1000, growthPctPerYear: 10 }),
    );
    expect(r.years.map((y) => y.volumePerDay)).toEqual([1000, 1100, expect.closeTo(1210, 8)]);
    expect(r.tco1Year).toBeCloseTo(100_000 + 12_000 + 3650, 6);
    expect(r.years[1]!.total).toBeCloseTo(12_000 + 4015, 6);
    expect(r.tco3Years).toBeCloseTo(115_650 + 16_015 + 16_416.5, 6);
  });

  it('lists the cost lines largest first with shares that add up to the whole', () => {
    const r = computeCostModel(
      inputs({ productionVolumePerDay: 1000, modelCostPerQuery: 0.02, infrastructurePerMonth: 1000, supportFte: 1, costPerFtePerYear: 90_000 }),
    );
    expect(r.breakdown.slice(0, 3).map((l) => [l.id, l.perYear])).toEqual([
      ['support', 90_000],
      ['infrastructure', 12_000],
      ['model', expect.closeTo(7300, 6)],
    ]);
    expect(r.breakdown.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 10);
    expect(r.breakdown[0]!.share).toBeCloseTo(90_000 / 109_300, 10);
  });
});

describe('monthly cost by volume', () => {
  it('spans a decade either side of the pilot and production volumes on a log scale', () => {
    const points = monthlyCostByVolume(inputs({ pilotVolumePerDay: 200, productionVolumePerDay: 50_000, modelCostPerQuery: 0.02 }));
    expect(points[0]!.volumePerDay).toBe(10);
    expect(points.at(-1)!.volumePerDay).toBeCloseTo(1_000_000, 4);
    const at1000 = points.find((p) => Math.abs(p.volumePerDay - 1000) < 1e-6);
    expect(at1000?.perMonth).toBeCloseTo((1000 * 0.02 * 365) / 12, 6);
  });
});

describe('inputs', () => {
  it('reject negative volumes, accuracy outside 0–100 %, bad currencies and fractional days, in words', () => {
    const result = CostInputs.safeParse({
      ...DEFAULT_COST_INPUTS,
      pilotVolumePerDay: -1,
      accuracyPct: 101,
      currency: 'euro',
      workingDaysPerYear: 250.5,
      retentionMonths: 1.5,
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      pilotVolumePerDay: 'Pilot volume cannot be negative.',
      accuracyPct: 'Accuracy cannot be more than 100 %.',
      currency: 'Currency must be a three-letter code such as EUR or USD.',
      workingDaysPerYear: 'Operating days must be a whole number.',
      retentionMonths: 'Retention must be a whole number.',
    });
  });

  it('accept an unknown false-positive split as empty, and upper-case the currency', () => {
    const parsed = CostInputs.parse({ ...DEFAULT_COST_INPUTS, currency: 'usd', falsePositiveSharePct: null });
    expect(parsed).toMatchObject({ currency: 'USD', falsePositiveSharePct: null });
    expect(CostInputs.safeParse({ ...DEFAULT_COST_INPUTS, accuracyPct: Number.NaN }).success).toBe(false);
    expect(CostInputs.safeParse({ ...DEFAULT_COST_INPUTS, accuracyPct: undefined }).success).toBe(false);
  });
});
