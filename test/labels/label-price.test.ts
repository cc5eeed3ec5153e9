import { describe, expect, it } from 'vitest';
import { labelPrice, type PriceFacts } from '../../renderer/src/labels/label-price.ts';

const facts = (change: Partial<PriceFacts> = {}): PriceFacts => ({
  document: 252_000,
  catalog: { product: 'Kemeja', variant: 'M', unitPrice: 280_000 },
  outlet: { code: 'KMJ-M', found: true, outletPrice: 265_000, sellingPrice: 280_000 },
  ...change,
});

describe('the price source of a job', () => {
  it("takes the document's price, and shows the others that differ", () => {
    expect(labelPrice('document', facts())).toEqual({
      amount: 252_000,
      origin: 'document',
      fallback: false,
      pending: false,
      differing: [
        { origin: 'catalog', amount: 280_000 },
        { origin: 'outlet', amount: 265_000 },
      ],
    });
  });

  it("does not flag a supplier bill's buying price as a difference from the selling price", () => {
    const bill = facts({ documentIsCost: true });
    expect(labelPrice('catalog', bill).differing).toEqual([{ origin: 'outlet', amount: 265_000 }]);
    expect(labelPrice('outlet', bill).differing).toEqual([{ origin: 'catalog', amount: 280_000 }]);
    // Printing the buying price itself still shows what the shelf price would be.
    expect(labelPrice('document', bill).differing).toHaveLength(2);
  });

  it('takes the selling price from the catalog on this PC', () => {
    expect(labelPrice('catalog', facts())).toMatchObject({
      amount: 280_000,
      origin: 'catalog',
      fallback: false,
    });
  });

  it("falls back to the document's price for a code the catalog does not have, and says so", () => {
    expect(labelPrice('catalog', facts({ catalog: null }))).toMatchObject({
      amount: 252_000,
      origin: 'document',
      fallback: true,
    });
  });

  it("takes the outlet's own price, or the selling price where the outlet has none", () => {
    expect(labelPrice('outlet', facts())).toMatchObject({
      amount: 265_000,
      origin: 'outlet',
      fallback: false,
    });
    const none = facts({ outlet: { code: 'KMJ-M', found: true, outletPrice: null, sellingPrice: 280_000 } });
    expect(labelPrice('outlet', none)).toMatchObject({ amount: 280_000, origin: 'selling', fallback: true });
    const unknown = facts({ outlet: { code: 'KMJ-M', found: false, outletPrice: null, sellingPrice: null } });
    expect(labelPrice('outlet', unknown)).toMatchObject({
      amount: 252_000,
      origin: 'document',
      fallback: true,
    });
  });

  it('is pending until the catalog or DealPOS has answered', () => {
    expect(labelPrice('catalog', facts({ catalog: undefined }))).toMatchObject({
      amount: null,
      pending: true,
    });
    expect(labelPrice('outlet', facts({ outlet: undefined }))).toMatchObject({ amount: null, pending: true });
  });

  it('shows no difference where every source agrees', () => {
    const same = facts({
      document: 280_000,
      outlet: { code: 'x', found: true, outletPrice: 280_000, sellingPrice: 280_000 },
    });
    expect(labelPrice('document', same).differing).toEqual([]);
  });
});
