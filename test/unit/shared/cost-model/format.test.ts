import { describe, expect, it } from 'vitest';
import { currencySymbol, formatCompact, formatMoney, formatNumber, formatShare, parseTypedNumber } from '../../../../shared/cost-model/format';

describe('formatMoney', () => {
  it('shows cents below 1,000 and whole units above, with thousands separators', () => {
    expect(formatMoney(2, 'EUR')).toBe('€2.00');
    expect(formatMoney(2000, 'EUR')).toBe('€2,000');
    expect(formatMoney(730_000, 'USD')).toBe('$730,000');
    expect(formatMoney(60_833.333, 'GBP')).toBe('£60,833');
    expect(formatMoney(999.999, 'EUR')).toBe('€1,000.00');
    expect(formatMoney(0, 'EUR')).toBe('€0.00');
  });

  it('keeps two significant digits of per-item amounts below one', () => {
    expect(formatMoney(0.02, 'EUR')).toBe('€0.02');
    expect(formatMoney(0.0025, 'EUR')).toBe('€0.0025');
    expect(formatMoney(0.123456, 'EUR')).toBe('€0.12');
    expect(formatMoney(0.000012345, 'EUR')).toBe('€0.000012');
  });

  it('writes negative amounts and unfamiliar currencies plainly', () => {
    expect(formatMoney(-1234.5, 'CHF')).toBe('-CHF\u00a01,235');
    expect(formatMoney(-0.5, 'EUR')).toBe('-€0.50');
  });

  it('compacts large amounts for chart axes', () => {
    expect(formatMoney(730_000, 'USD', { compact: true })).toBe('$730k');
    expect(formatMoney(1_250_000, 'EUR', { compact: true })).toBe('€1.25m');
  });
});

describe('numbers and shares', () => {
  it('round to the stated decimals with separators', () => {
    expect(formatNumber(8.3333, 1)).toBe('8.3');
    expect(formatNumber(200)).toBe('200');
    expect(formatNumber(1_234_567.8)).toBe('1,234,568');
    expect(formatCompact(12_000)).toBe('12k');
    expect(formatShare(0.125)).toBe('12.5 %');
    expect(formatShare(0.8234, 0)).toBe('82 %');
  });

  it('find the symbol a currency is shown with', () => {
    expect(currencySymbol('EUR')).toBe('€');
    expect(currencySymbol('USD')).toBe('$');
    expect(currencySymbol('CHF')).toBe('CHF');
  });
});

describe('parseTypedNumber', () => {
  it('reads what people type: thousands commas, spaces, a decimal point, a leading minus', () => {
    expect(parseTypedNumber('10,000')).toBe(10_000);
    expect(parseTypedNumber(' 1 000 000 ')).toBe(1_000_000);
    expect(parseTypedNumber('0.02')).toBe(0.02);
    expect(parseTypedNumber('.5')).toBe(0.5);
    expect(parseTypedNumber('-3')).toBe(-3);
    expect(parseTypedNumber('12,345.5')).toBe(12_345.5);
  });

  it('refuses what it cannot read for certain, rather than guessing', () => {
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('abc')).toBeNull();
    expect(parseTypedNumber('1,5')).toBeNull();
    expect(parseTypedNumber('1.2.3')).toBeNull();
    expect(parseTypedNumber('2e3')).toBeNull();
  });
});
