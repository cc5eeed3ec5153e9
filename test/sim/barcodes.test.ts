import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

const LINE_KEYS = ['VariantID', 'Name', 'Code', 'Quantity', 'UnitPrice'];

let h: SimHarness;
let fixtures: SimFixtures;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
  fixtures = await h.fixtures();
});
afterAll(() => h.close());

describe('label lines of a supplier bill', () => {
  it('answers the lines in the Barcode example shape, for a number with slashes sent in the query', async () => {
    const bill = fixtures.bills.find((b) => b.number.includes('/'));
    expect(bill).toBeDefined();
    const answer = await h.call('GET', 'Barcode/ByBillNumber', {
      query: { Outlet: bill?.outlet ?? '', Number: bill?.number ?? '' },
    });
    expect(answer.status).toBe(200);
    const lines = answer.body as Array<Record<string, unknown>>;
    expect(lines).toEqual(bill?.lines);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(LINE_KEYS);
      expect(line.Quantity).toBeGreaterThanOrEqual(1);
      expect(line.Quantity).toBeLessThanOrEqual(30);
      expect(Number.isInteger(line.UnitPrice)).toBe(true);
    }
  });

  it('answers the same lines through the POST twin', async () => {
    const bill = fixtures.bills[4];
    const answer = await h.call('POST', 'Barcode/ByBillNumber', {
      body: { Outlet: bill?.outlet, Number: bill?.number },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(bill?.lines);
  });

  it('names variant lines like "Cardigan (L)" and points at real variants', async () => {
    const line = fixtures.bills.flatMap((b) => b.lines).find((l) => l.Name.includes('('));
    expect(line?.Name).toMatch(/^.+ \(.+\)$/);
    const detail = await h.call('GET', 'Variant/Detail', { query: { ID: line?.VariantID ?? '' } });
    expect((detail.body as { Code: string }).Code).toBe(line?.Code);
  });

  it('does not find a bill under another outlet, and says so in DealPOS words', async () => {
    const bill = fixtures.bills[0];
    const other = fixtures.outlets.find((o) => o.Name !== bill?.outlet && !o.Suspended);
    const numbersThere = fixtures.bills.filter((b) => b.outlet === other?.Name).map((b) => b.number);
    const number = numbersThere.includes(bill?.number ?? '') ? '2023.09.99999' : (bill?.number ?? '');
    const answer = await h.call('GET', 'Barcode/ByBillNumber', {
      query: { Outlet: other?.Name ?? '', Number: number },
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe(`Bill ${number} does not exist in Database`);
  });

  it('answers 400 for an unknown number', async () => {
    const answer = await h.call('GET', 'Barcode/ByBillNumber', {
      query: { Outlet: 'Pluit', Number: '2023.09.99999' },
    });
    expect(answer.body).toEqual({ Message: 'Bill 2023.09.99999 does not exist in Database' });
  });
});

describe('label lines of an outlet delivery', () => {
  it('answers the delivery lines for the receiving outlet', async () => {
    const delivery = fixtures.deliveries[1];
    const answer = await h.call('GET', 'Barcode/ByOutletDeliveryNumber', {
      query: { Outlet: delivery?.outlet ?? '', Number: delivery?.number ?? '' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(delivery?.lines);
  });

  it('answers 400 with "Outlet Delivery" in the message for an unknown number', async () => {
    const answer = await h.call('GET', 'Barcode/ByOutletDeliveryNumber', {
      query: { Outlet: 'Pluit', Number: 'OD/1999/01/0001' },
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe('Outlet Delivery OD/1999/01/0001 does not exist in Database');
  });
});
