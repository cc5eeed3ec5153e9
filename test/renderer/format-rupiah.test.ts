// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { formatRupiah } from '../../renderer/src/money/format-rupiah.ts';

// Intl puts a no-break space between "Rp" and the amount.
const nbsp = '\u00a0';

describe('prices in rupiah', () => {
  test('read as an Indonesian shop writes them: Rp, dots for thousands, no decimals', () => {
    expect(formatRupiah(149_000)).toBe(`Rp${nbsp}149.000`);
    expect(formatRupiah(1_250_000)).toBe(`Rp${nbsp}1.250.000`);
    expect(formatRupiah(0)).toBe(`Rp${nbsp}0`);
  });

  test('a fraction of a rupiah is rounded, never shown', () => {
    expect(formatRupiah(999.5)).toBe(`Rp${nbsp}1.000`);
    expect(formatRupiah(15_000.4)).toBe(`Rp${nbsp}15.000`);
  });

  test('a refund keeps its minus sign', () => {
    expect(formatRupiah(-25_000)).toBe(`-Rp${nbsp}25.000`);
  });

  test('nonsense is refused rather than printed on a label', () => {
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
