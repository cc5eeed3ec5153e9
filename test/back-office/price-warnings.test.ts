import { describe, expect, it } from 'vitest';
import { priceWarnings } from '../../renderer/src/back-office/price-warnings.ts';

describe('the review of a price change calls out a likely slip', () => {
  it('a 72% price cut is called out before it is saved', () => {
    expect(priceWarnings([{ field: 'unitPrice', from: 434_000, to: 123_500 }], 100_000)).toEqual([
      { kind: 'big-cut', outlet: null, percent: 72 },
    ]);
  });

  it('a zero too many (ten times the price) is called out, an outlet price too', () => {
    expect(
      priceWarnings([{ field: 'outletPrice', outlet: 'Pluit', from: 95_000, to: 950_000 }], null),
    ).toEqual([{ kind: 'big-rise', outlet: 'Pluit', percent: 900 }]);
  });

  it('a selling price under the cost is called out', () => {
    expect(priceWarnings([{ field: 'unitPrice', from: 250_000, to: 199_000 }], 214_000)).toEqual([
      { kind: 'below-cost', outlet: null, price: 199_000, cost: 214_000 },
    ]);
  });

  it('an ordinary change, a new outlet price, or a name change says nothing', () => {
    expect(priceWarnings([{ field: 'unitPrice', from: 250_000, to: 229_000 }], 150_000)).toEqual([]);
    expect(
      priceWarnings([{ field: 'outletPrice', outlet: 'Dago', from: null, to: 240_000 }], 150_000),
    ).toEqual([]);
    expect(priceWarnings([{ field: 'name', from: 'Rok', to: 'Rok Highwaist' }], 150_000)).toEqual([]);
  });
});
