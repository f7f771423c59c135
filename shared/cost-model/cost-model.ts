import type { CostInputs } from './cost-inputs';

/** The recurring cost lines, in the order the breakdown chart stacks them. */
export const COST_LINE_ITEMS = [
  { id: 'model', label: 'Model / API' },
  { id: 'compute', label: 'Compute' },
  { id: 'review', label: 'Human review' },
  { id: 'errors', label: 'Uncaught errors' },
  { id: 'support', label: 'Support staff' },
  { id: 'infrastructure', label: 'Infrastructure' },
  { id: 'monitoring', label: 'Monitoring' },
  { id: 'storage', label: 'Storage' },
] as const;
export type CostLineItem = (typeof COST_LINE_ITEMS)[number]['id'];
export type LineItemCosts = Record<CostLineItem, number>;

/** Storage is priced per decimal gigabyte, as cloud providers bill it: 1 GB = 1,000,000 KB. */
export const KB_PER_GB = 1_000_000;
export const MONTHS_PER_YEAR = 12;

export interface CostAtVolume {
  volumePerDay: number;
  perDay: number;
  perMonth: number;
  perYear: number;
  /** Null when the volume is zero: there is no transaction to divide by. */
  perTransaction: number | null;
  lineItemsPerYear: LineItemCosts;
}

export interface ErrorOutcome {
  wrongPerDay: number;
  caughtPerDay: number;
  uncaughtPerDay: number;
  /** Null when the split of errors is not known. */
  falsePositivesPerDay: number | null;
  falseNegativesPerDay: number | null;
  downstreamCostPerDay: number;
}

export type BreakEven =
  | { kind: 'no-volume' }
  | { kind: 'never'; aiCostPerItem: number; todayCostPerItem: number }
  | { kind: 'months'; months: number; aiCostPerItem: number; todayCostPerItem: number; savingPerMonth: number };

export interface BreakdownLine {
  id: CostLineItem;
  label: string;
  perYear: number;
  /** Share of the yearly total, 0–1. */
  share: number;
}

export interface YearCost {
  year: number;
  volumePerDay: number;
  oneOff: number;
  lineItems: LineItemCosts;
  total: number;
}

export interface CostModelResult {
  pilot: CostAtVolume;
  production: CostAtVolume;
  years: YearCost[];
  tco1Year: number;
  tco3Years: number;
  errors: ErrorOutcome;
  reviewHoursPerDay: number;
  reviewerFte: number;
  storageGbAfter1Year: number;
  storageGbAfter3Years: number;
  breakEven: BreakEven;
  breakdown: BreakdownLine[];
}

const emptyLines = (): LineItemCosts => ({
  model: 0,
  compute: 0,
  review: 0,
  errors: 0,
  support: 0,
  infrastructure: 0,
  monitoring: 0,
  storage: 0,
});

const sumLines = (lines: LineItemCosts): number => Object.values(lines).reduce((a, b) => a + b, 0);

function daysPerMonth(inputs: CostInputs): number {
  return inputs.workingDaysPerYear / MONTHS_PER_YEAR;
}

/** What each item costs in model, compute, review and missed errors: the costs that scale with volume. */
function variableCostPerItem(inputs: CostInputs) {
  const errorRate = 1 - inputs.accuracyPct / 100;
  const reviewShare = inputs.reviewSharePct / 100;
  return {
    model: inputs.modelCostPerQuery,
    compute: inputs.computeCostPerQuery,
    review: reviewShare * (inputs.minutesPerReview / 60) * inputs.reviewerCostPerHour,
    // Review is assumed to catch every error in the share it sees, so only the unreviewed
    // share of errors reaches the business and costs money downstream.
    errors: errorRate * (1 - reviewShare) * inputs.downstreamCostPerError,
  };
}

function fixedCostPerMonth(inputs: CostInputs) {
  return {
    support: (inputs.supportFte * inputs.costPerFtePerYear) / MONTHS_PER_YEAR,
    infrastructure: inputs.infrastructurePerMonth,
    monitoring: inputs.monitoringPerMonth,
  };
}

/** Gigabytes held once the retention window is full at a constant volume. */
export function steadyStateStorageGb(inputs: CostInputs, volumePerDay: number): number {
  return (volumePerDay * daysPerMonth(inputs) * inputs.retentionMonths * inputs.storagePerRecordKb) / KB_PER_GB;
}

/**
 * The running cost at a constant daily volume, once storage has reached its steady state (the
 * retention window is full): the figure to quote for "what does it cost per month at this
 * volume". One-off build costs are not included; see the TCO for those.
 */
export function costAtVolume(inputs: CostInputs, volumePerDay: number): CostAtVolume {
  const perItem = variableCostPerItem(inputs);
  const fixed = fixedCostPerMonth(inputs);
  const itemsPerYear = volumePerDay * inputs.workingDaysPerYear;
  const lineItemsPerYear: LineItemCosts = {
    model: perItem.model * itemsPerYear,
    compute: perItem.compute * itemsPerYear,
    review: perItem.review * itemsPerYear,
    errors: perItem.errors * itemsPerYear,
    support: fixed.support * MONTHS_PER_YEAR,
    infrastructure: fixed.infrastructure * MONTHS_PER_YEAR,
    monitoring: fixed.monitoring * MONTHS_PER_YEAR,
    storage: steadyStateStorageGb(inputs, volumePerDay) * inputs.storagePricePerGbMonth * MONTHS_PER_YEAR,
  };
  const perYear = sumLines(lineItemsPerYear);
  return {
    volumePerDay,
    // A "day" is an operating day, so a year is workingDaysPerYear of them.
    perDay: perYear / inputs.workingDaysPerYear,
    perMonth: perYear / MONTHS_PER_YEAR,
    perYear,
    perTransaction: itemsPerYear > 0 ? perYear / itemsPerYear : null,
    lineItemsPerYear,
  };
}

/** Production volume in a given year (1-based): growth compounds once per year, from year two. */
export function productionVolumeInYear(inputs: CostInputs, year: number): number {
  return inputs.productionVolumePerDay * (1 + inputs.growthPctPerYear / 100) ** (year - 1);
}

/**
 * Three years of production simulated month by month, so storage builds up as items arrive
 * and expire after the retention window, and volume steps up with growth at each year's start.
 * Storage is billed on what is held at the end of each month.
 */
function simulateYears(inputs: CostInputs, yearCount: number) {
  const perItem = variableCostPerItem(inputs);
  const fixed = fixedCostPerMonth(inputs);
  const itemsPerMonthHistory: number[] = [];
  const years: YearCost[] = [];
  const heldGbAtYearEnd: number[] = [];
  for (let year = 1; year <= yearCount; year++) {
    const volumePerDay = productionVolumeInYear(inputs, year);
    const itemsPerMonth = volumePerDay * daysPerMonth(inputs);
    const lines = emptyLines();
    let heldKb = 0;
    for (let month = 0; month < MONTHS_PER_YEAR; month++) {
      itemsPerMonthHistory.push(itemsPerMonth);
      const kept = inputs.retentionMonths > 0 ? itemsPerMonthHistory.slice(-inputs.retentionMonths) : [];
      heldKb = kept.reduce((a, b) => a + b, 0) * inputs.storagePerRecordKb;
      lines.model += perItem.model * itemsPerMonth;
      lines.compute += perItem.compute * itemsPerMonth;
      lines.review += perItem.review * itemsPerMonth;
      lines.errors += perItem.errors * itemsPerMonth;
      lines.support += fixed.support;
      lines.infrastructure += fixed.infrastructure;
      lines.monitoring += fixed.monitoring;
      lines.storage += (heldKb / KB_PER_GB) * inputs.storagePricePerGbMonth;
    }
    heldGbAtYearEnd.push(heldKb / KB_PER_GB);
    const oneOff = year === 1 ? inputs.integrationBuild : 0;
    years.push({ year, volumePerDay, oneOff, lineItems: lines, total: sumLines(lines) + oneOff });
  }
  return { years, heldGbAtYearEnd };
}

export function errorOutcome(inputs: CostInputs, volumePerDay: number): ErrorOutcome {
  const wrongPerDay = volumePerDay * (1 - inputs.accuracyPct / 100);
  const caughtPerDay = wrongPerDay * (inputs.reviewSharePct / 100);
  const uncaughtPerDay = wrongPerDay - caughtPerDay;
  const fpShare = inputs.falsePositiveSharePct;
  return {
    wrongPerDay,
    caughtPerDay,
    uncaughtPerDay,
    falsePositivesPerDay: fpShare === null ? null : wrongPerDay * (fpShare / 100),
    falseNegativesPerDay: fpShare === null ? null : wrongPerDay * (1 - fpShare / 100),
    downstreamCostPerDay: uncaughtPerDay * inputs.downstreamCostPerError,
  };
}

/**
 * Compares the AI's all-in running cost per item at first-year production volume with today's
 * cost per item. If the AI is cheaper, the monthly saving pays back the one-off build in
 * build / saving months; growth is left out so the answer errs on the cautious side.
 */
export function breakEven(inputs: CostInputs, production: CostAtVolume): BreakEven {
  if (production.perTransaction === null) return { kind: 'no-volume' };
  const aiCostPerItem = production.perTransaction;
  const todayCostPerItem = inputs.currentCostPerItem;
  const savingPerItem = todayCostPerItem - aiCostPerItem;
  if (savingPerItem <= 0) return { kind: 'never', aiCostPerItem, todayCostPerItem };
  const savingPerMonth = savingPerItem * production.volumePerDay * daysPerMonth(inputs);
  // Nothing to pay back is paid back at once, whatever the volume; a saving too small for a
  // floating-point number (a volume of 1e-300 items a day) never pays anything back.
  const months = inputs.integrationBuild === 0 ? 0 : inputs.integrationBuild / savingPerMonth;
  if (!Number.isFinite(months)) return { kind: 'never', aiCostPerItem, todayCostPerItem };
  return { kind: 'months', months, aiCostPerItem, todayCostPerItem, savingPerMonth };
}

/** The yearly cost lines at a volume, largest first, each with its share of the total. */
export function breakdown(at: CostAtVolume): BreakdownLine[] {
  return COST_LINE_ITEMS.map(({ id, label }) => ({
    id,
    label,
    perYear: at.lineItemsPerYear[id],
    share: at.perYear > 0 ? at.lineItemsPerYear[id] / at.perYear : 0,
  })).sort((a, b) => b.perYear - a.perYear);
}

/** Every result the cost screen and the report show, from one set of validated inputs. */
export function computeCostModel(inputs: CostInputs): CostModelResult {
  const pilot = costAtVolume(inputs, inputs.pilotVolumePerDay);
  const production = costAtVolume(inputs, inputs.productionVolumePerDay);
  const { years, heldGbAtYearEnd } = simulateYears(inputs, 3);
  const reviewHoursPerDay =
    (inputs.productionVolumePerDay * (inputs.reviewSharePct / 100) * inputs.minutesPerReview) / 60;
  return {
    pilot,
    production,
    years,
    tco1Year: years[0]!.total,
    tco3Years: years.reduce((sum, y) => sum + y.total, 0),
    errors: errorOutcome(inputs, inputs.productionVolumePerDay),
    reviewHoursPerDay,
    reviewerFte: reviewHoursPerDay / inputs.productiveHoursPerFteDay,
    storageGbAfter1Year: heldGbAtYearEnd[0]!,
    storageGbAfter3Years: heldGbAtYearEnd[2]!,
    breakEven: breakEven(inputs, production),
    breakdown: breakdown(production),
  };
}
