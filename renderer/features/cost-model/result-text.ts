import type { BreakEven, CostModelResult } from '../../../shared/cost-model/cost-model';
import { formatMoney, formatNumber } from '../../../shared/cost-model/format';

/** A cost per transaction, or a dash when there is no volume to divide by. */
export function perTransactionText(value: number | null, currency: string): string {
  return value === null ? '—' : formatMoney(value, currency);
}

/** Break-even in words a sponsor reads at a glance. */
export function breakEvenText(breakEven: BreakEven): string {
  switch (breakEven.kind) {
    case 'no-volume':
      return '—';
    case 'never':
      return 'Never';
    case 'months':
      if (breakEven.months === 0) return 'Immediately';
      if (breakEven.months < 1) return '< 1 month';
      return `${formatNumber(breakEven.months, 1)} months`;
  }
}

export function breakEvenDetail(breakEven: BreakEven, currency: string): string {
  switch (breakEven.kind) {
    case 'no-volume':
      return 'Enter a production volume to compare with today.';
    case 'never':
      return breakEven.todayCostPerItem === 0
        ? "Enter today's cost per item to compare."
        : `AI costs ${formatMoney(breakEven.aiCostPerItem, currency)} an item, today ${formatMoney(breakEven.todayCostPerItem, currency)}.`;
    case 'months':
      return `Saves ${formatMoney(breakEven.savingPerMonth, currency)} a month against today.`;
  }
}

export function wrongOutputsDetail(result: CostModelResult): string {
  const { caughtPerDay, uncaughtPerDay } = result.errors;
  return `${countText(caughtPerDay)} caught by review · ${countText(uncaughtPerDay)} reach the business`;
}

/** A count per day: small counts keep a decimal so 0.4 errors a day does not read as none. */
export function countText(value: number): string {
  return formatNumber(value, Math.abs(value) < 10 ? 1 : 0);
}
