/**
 * Number and money formatting for the cost model, on Intl with one fixed locale so a figure
 * reads the same on every machine and in every exported report.
 */

const LOCALE = 'en-GB';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Decimals enough to show two significant digits of an amount below one (0.0025 stays 0.0025,
 * not 0.00), never fewer than two and never more than six.
 */
function fractionDigitsForSmall(amount: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(amount)));
  return Math.min(6, Math.max(2, -magnitude + 1));
}

/**
 * Money as a reader expects it: whole units from 1,000 up, cents below, and more decimals for
 * per-item amounts below one. `compact` gives 730K-style figures for chart axes.
 */
export function formatMoney(amount: number, currency: string, options: { compact?: boolean } = {}): string {
  const base: Intl.NumberFormatOptions = { style: 'currency', currency, currencyDisplay: 'narrowSymbol' };
  if (options.compact) return formatter({ ...base, notation: 'compact', maximumSignificantDigits: 3 }).format(amount);
  const abs = Math.abs(amount);
  if (abs >= 1000) return formatter({ ...base, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
  if (abs >= 1 || abs === 0) return formatter({ ...base, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return formatter({ ...base, minimumFractionDigits: 2, maximumFractionDigits: fractionDigitsForSmall(amount) }).format(amount);
}

/** A count or quantity with thousands separators and at most `maxDecimals` decimals. */
export function formatNumber(value: number, maxDecimals = 0): string {
  return formatter({ maximumFractionDigits: maxDecimals }).format(value);
}

/** A value already in percent, e.g. 81 → "81 %", with at most `maxDecimals` decimals. */
export function formatPercent(value: number, maxDecimals = 0): string {
  return `${formatNumber(value, maxDecimals)} %`;
}

/** Large numbers as 1.2K / 3.4M, for chart axes. */
export function formatCompact(value: number): string {
  return formatter({ notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** A share from 0 to 1 as a percentage, e.g. 0.125 → "12.5 %". */
export function formatShare(share: number, maxDecimals = 1): string {
  return `${formatter({ maximumFractionDigits: maxDecimals }).format(share * 100)} %`;
}

/** The symbol a currency is shown with (€, $, £ or the code itself), for input units. */
export function currencySymbol(currency: string): string {
  const part = formatter({ style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((p) => p.type === 'currency');
  return part?.value ?? currency;
}

/**
 * Reads a number as a person types it: spaces and thousands commas ("10,000") are allowed, a
 * point is the decimal mark. Returns null for anything else, so the caller can say so.
 */
export function parseTypedNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s_]/g, '');
  if (compact === '') return null;
  const withoutThousands = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(withoutThousands)) return null;
  return Number(withoutThousands);
}
