import { describe, expect, it } from 'vitest';
import { reportDifferences } from '../../main/receive/report-differences.ts';
import { countedBill } from './report-fixture.ts';

describe('what the discrepancy report finds in a finished count', () => {
  const { rows, totals, matchingLines } = reportDifferences(countedBill());

  it('lists a short line with its missing units and their value at the bill’s price', () => {
    expect(rows[0]).toMatchObject({
      state: 'short',
      code: '8991234567890',
      expected: 6,
      counted: 4,
      difference: -2,
      unitPrice: 85_000,
      value: -170_000,
    });
  });

  it('lists an over line with its extra units and their value', () => {
    expect(rows[1]).toMatchObject({ state: 'over', expected: 3, counted: 5, difference: 2, value: 299_000 });
  });

  it('leaves a matched line out and counts it apart', () => {
    expect(rows.map((r) => r.code)).not.toContain('8997777000011');
    expect(matchingLines).toBe(1);
  });

  it('lists items not on the bill at the catalog price, or without a value when nobody knows the code', () => {
    expect(rows.slice(2)).toEqual([
      {
        state: 'unexpected',
        code: '8990000000017',
        name: 'Topi Rajut',
        expected: 0,
        counted: 2,
        difference: 2,
        unitPrice: 45_000,
        value: 90_000,
      },
      {
        state: 'unexpected',
        code: '=SUM(A1)',
        name: null,
        expected: 0,
        counted: 1,
        difference: 1,
        unitPrice: null,
        value: null,
      },
    ]);
  });

  it('totals the units and the rupiah of each kind of difference', () => {
    expect(totals).toEqual({
      expected: 19,
      counted: 19,
      short: 2,
      over: 2,
      unexpected: 3,
      valueShort: 170_000,
      valueOver: 299_000,
      valueUnexpected: 90_000,
      unexpectedUnpriced: 1,
    });
  });

  it('finds nothing to report when every line matched', () => {
    const bill = countedBill();
    const matched = reportDifferences({
      ...bill,
      lines: bill.lines.map((line) => ({ ...line, counted: line.expected })),
      unexpected: [],
    });
    expect(matched.rows).toEqual([]);
    expect(matched.matchingLines).toBe(3);
    expect(matched.totals.valueShort + matched.totals.valueOver).toBe(0);
  });
});
