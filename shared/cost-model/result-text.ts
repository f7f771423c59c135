import type { BreakEven, CostModelResult } from './cost-model';
import { formatMoney, formatNumber } from './format';

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

/**
 * Break-even as a client document states it: a figure, or in words why there is none. "Never"
 * only when both costs are known; a missing input is named, not read as a verdict.
 */
export function breakEvenStatement(breakEven: BreakEven, currency: string): string {
  switch (breakEven.kind) {
    case 'no-volume':
      return 'Not computed — no production volume was entered';
    case 'never':
      return breakEven.todayCostPerItem === 0 ? 'Not computed — today’s cost per item was not entered' : `Never: ${breakEvenDetail(breakEven, currency)}`;
    case 'months':
      return breakEvenText(breakEven);
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

/**
 * A count of items per day, the one rounding the app and every exported file use: whole items
 * from 10 up, and small counts keep a decimal so 0.4 errors a day does not read as none.
 */
export function countText(value: number): string {
  return formatNumber(value, Math.abs(value) < 10 ? 1 : 0);
}
