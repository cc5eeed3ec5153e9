import { describe, expect, it } from 'vitest';
import type { BarcodeLine, PrintLabel } from '../../main/app-contract.ts';
import {
  copiesFrom,
  defaultCopies,
  jobLabels,
  jobLinesOf,
  jobRows,
  jobTotals,
  type RowFacts,
} from '../../renderer/src/labels/job-lines.ts';
import { labelsOnPage, pageCount, totalLabels } from '../../renderer/src/labels/label-pages.ts';
import { labelPriceText } from '../../renderer/src/labels/label-text.ts';

const line = (code: string, quantity: number, unitPrice = 150_000, name = `Kaos ${code}`): BarcodeLine => ({
  variantId: `id-${code}`,
  name,
  code,
  quantity,
  unitPrice,
});

const facts: RowFacts = {
  documentIsCost: false,
  priceSource: 'document',
  symbology: 'auto',
  catalog: () => null,
  outlet: () => undefined,
};

describe('copies per line', () => {
  it('defaults to the quantity received, one label per unit', () => {
    expect(defaultCopies(3)).toBe(3);
    expect(defaultCopies(1)).toBe(1);
    expect(defaultCopies(0)).toBe(0);
    expect(defaultCopies(-2)).toBe(0);
  });

  it('gives a fractional quantity (a unit of measure) a label for the part too', () => {
    expect(defaultCopies(2.5)).toBe(3);
    expect(defaultCopies(2.0000000001)).toBe(2);
  });

  it('reads what is typed into a copies field as a whole number from 0 to 9999', () => {
    expect(copiesFrom('12')).toBe(12);
    expect(copiesFrom('')).toBe(0);
    expect(copiesFrom('1.5')).toBe(15);
    expect(copiesFrom('abc')).toBe(0);
    expect(copiesFrom('123456')).toBe(9999);
  });
});

describe('the job and its totals', () => {
  const lines = jobLinesOf([line('1315L', 3), line('2DL-P', 2), line('', 4), line('CR1042-M-BRU', 5)]);

  it('lets the count alone decide: a line set to zero prints nothing and every other line prints its count', () => {
    const edited = lines.map((l) => (l.key === '1' || l.key === '3' ? { ...l, copies: 0 } : l));
    const rows = jobRows(edited, facts);
    expect(rows.map((row) => row.printing)).toEqual([true, false, false, false]);
    expect(jobTotals(rows, 1)).toEqual({
      labels: 3,
      pages: 3,
      unprintable: 1,
      pendingPrices: 0,
      counted: 2,
    });
    expect(jobLabels(rows).map((l) => [l.code, l.copies])).toEqual([['1315L', 3]]);
  });

  it('never prints a line whose code cannot be printed, whatever its count', () => {
    const rows = jobRows(lines, facts);
    expect(rows[2]?.printing).toBe(false);
    expect(jobTotals(rows, 1).labels).toBe(10);
  });

  it('counts sheets for a sheet profile: 10 labels on 24-label sheets is one sheet', () => {
    const rows = jobRows(lines, facts);
    expect(jobTotals(rows, 24).pages).toBe(1);
    expect(jobTotals(jobRows(jobLinesOf([line('A1', 25)]), facts), 24).pages).toBe(2);
  });

  it('waits for a price still on its way rather than print without it', () => {
    const rows = jobRows(lines, { ...facts, priceSource: 'catalog', catalog: () => undefined });
    expect(jobTotals(rows, 1)).toMatchObject({ labels: 0, pendingPrices: 4 });
  });

  it('names the label after the product and variant when the catalog knows them', () => {
    const rows = jobRows(jobLinesOf([line('1315L', 1, 150_000, 'Cardigan Rajut (L)')]), {
      ...facts,
      catalog: () => ({ product: 'Cardigan Rajut', variant: 'L', unitPrice: 160_000 }),
    });
    expect(jobLabels(rows)).toEqual([
      {
        name: 'Cardigan Rajut',
        variant: 'L',
        code: '1315L',
        price: 150_000,
        copies: 1,
        symbology: 'code128',
      },
    ]);
  });
});

describe('pages of labels', () => {
  const labels: PrintLabel[] = [
    { name: 'A', variant: null, code: 'A', price: 1, copies: 3, symbology: 'code128' },
    { name: 'B', variant: null, code: 'B', price: 1, copies: 2, symbology: 'code128' },
  ];

  it('puts each copy on a page of its own on a roll', () => {
    expect(totalLabels(labels)).toBe(5);
    expect(pageCount(labels, 1)).toBe(5);
    expect(labelsOnPage(labels, 1, 2).map((l) => l.code)).toEqual(['A']);
    expect(labelsOnPage(labels, 1, 3).map((l) => l.code)).toEqual(['B']);
    expect(labelsOnPage(labels, 1, 5)).toEqual([]);
  });

  it('fills sheets in order and leaves the last one partly empty', () => {
    expect(pageCount(labels, 4)).toBe(2);
    expect(labelsOnPage(labels, 4, 0).map((l) => l.code)).toEqual(['A', 'A', 'A', 'B']);
    expect(labelsOnPage(labels, 4, 1).map((l) => l.code)).toEqual(['B']);
  });
});

describe('the price on a label', () => {
  it('is whole rupiah with the Indonesian thousands dot: Rp 280.000', () => {
    expect(labelPriceText({ price: 280_000 })).toBe('Rp\u00a0280.000');
    expect(labelPriceText({ price: 1_250_000 })).toBe('Rp\u00a01.250.000');
    expect(labelPriceText({ price: 0 })).toBe('Rp\u00a00');
    expect(labelPriceText({ price: 149_999.6 })).toBe('Rp\u00a0150.000');
  });

  it('is left off when there is none', () => {
    expect(labelPriceText({ price: null })).toBe('');
  });
});
