import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

const LIST_ROW_KEYS = [
  'ID',
  'ProductID',
  'Category',
  'Brand',
  'Product',
  'Variant',
  'Name',
  'Code',
  'Type',
  'OrderPrice',
  'UnitCost',
  'UnitPrice',
  'Taxable',
  'LoyaltyPoint',
  'Discontinued',
  'Weight',
];
const DETAIL_KEYS = [
  'ID',
  'ProductID',
  'Category',
  'Brand',
  'Product',
  'Variant',
  'Name',
  'Code',
  'Weight',
  'Type',
  'OrderPrice',
  'UnitCost',
  'UnitPrice',
  'Taxable',
  'LoyaltyPoint',
  'Discontinued',
  'ImageURL',
  'ThumbnailURL',
  'Components',
  'Description',
  'OutletPrice',
];

interface Row {
  ID: string;
  Code: string;
  Category: string;
  Discontinued: boolean;
}

let h: SimHarness;
let fixtures: SimFixtures;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
  fixtures = await h.fixtures();
});
afterAll(() => h.close());

describe('outlets and categories', () => {
  it('lists active outlets by default and the suspended one on request', async () => {
    const active = (await h.call('GET', 'Outlet')).body as Array<{ Suspended: boolean }>;
    expect(active.length).toBeGreaterThanOrEqual(4);
    expect(active.every((o) => !o.Suspended)).toBe(true);
    expect(Object.keys(active[0] ?? {})).toEqual(['ID', 'Name', 'Code', 'Suspended']);
    const all = (await h.call('POST', 'Outlet/p', { body: { SuspendedStatus: 'All' } })).body as unknown[];
    expect(all.length).toBe(active.length + 1);
  });

  it('lists leaf category paths and filters discontinued ones', async () => {
    const all = (await h.call('GET', 'Category')).body as Array<{ Name: string; Discontinued: boolean }>;
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.every((c) => c.Name.includes('/'))).toBe(true);
    expect(Object.keys(all[0] ?? {})).toEqual(['ID', 'Name', 'Discontinued']);
    const current = (await h.call('POST', 'Category/p', { body: { Discontinued: false } })).body as unknown[];
    expect(current.length).toBe(all.filter((c) => !c.Discontinued).length);
    expect(current.length).toBeLessThan(all.length);
  });
});

describe('listing variants page by page', () => {
  it('pages through a category in a stable order whose rows add up to RecordsCount and Count', async () => {
    const category = 'Women/Tops';
    const count = (await h.call('GET', 'Variant/Count', { query: { Category: category } })).body as {
      Count: number;
    };
    const seen: string[] = [];
    let recordsCount = -1;
    for (let page = 1; page < 100; page++) {
      const answer = await h.call('GET', 'Variant', {
        query: { Category: category, PageNumber: page, PageSize: 7 },
      });
      const body = answer.body as { Data: Row[]; RecordsCount: number };
      recordsCount = body.RecordsCount;
      seen.push(...body.Data.map((r) => r.ID));
      for (const row of body.Data) expect(row.Category).toBe(category);
      if (body.Data.length < 7) break;
    }
    expect(count.Count).toBeGreaterThan(7);
    expect(seen.length).toBe(count.Count);
    expect(recordsCount).toBe(count.Count);
    expect(new Set(seen).size).toBe(seen.length);
    const again = (
      await h.call('POST', 'Variant', { body: { Category: category, PageNumber: 2, PageSize: 7 } })
    ).body as { Data: Row[] };
    expect(again.Data.map((r) => r.ID)).toEqual(seen.slice(7, 14));
  });

  it('answers list rows in the documented shape, ten per page by default', async () => {
    const body = (await h.call('GET', 'Variant', { query: { Category: 'Men/Batik' } })).body as {
      Data: Row[];
    };
    expect(body.Data).toHaveLength(10);
    expect(Object.keys(body.Data[0] ?? {})).toEqual(LIST_ROW_KEYS);
  });

  it('answers Variant/Data rows with ID, Name, Code, Type, UnitPrice and UnitCost and no RecordsCount', async () => {
    const body = (await h.call('GET', 'Variant/Data', { query: { Category: 'Men/Batik', PageSize: 3 } }))
      .body as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['Data']);
    expect(Object.keys((body.Data as object[])[0] ?? {})).toEqual([
      'ID',
      'Name',
      'Code',
      'Type',
      'UnitPrice',
      'UnitCost',
    ]);
  });

  it('refuses a PageSize above the maximum with DealPOS text', async () => {
    const answer = await h.call('GET', 'Variant', { query: { Category: 'Women/Tops', PageSize: 1001 } });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe('PageSize must not be greater than 1000');
    expect(
      (await h.call('GET', 'Variant', { query: { Category: 'Women/Tops', PageSize: 1000 } })).status,
    ).toBe(200);
  });

  it('insists on Category and names an unknown path', async () => {
    const missing = await h.call('GET', 'Variant/Count');
    expect(missing.status).toBe(400);
    expect(messageOf(missing)).toBe('Category is required');
    const unknown = await h.call('GET', 'Variant', { query: { Category: 'Shirt' } });
    expect(unknown.body).toEqual({ Message: 'Path Shirt does not exist in Database' });
  });

  it('lists every category when Category is made optional at run time', async () => {
    await h.control('config', { categoryRequired: false });
    try {
      const count = (await h.call('GET', 'Variant/Count')).body as { Count: number };
      expect(count.Count).toBe(fixtures.variantCount);
      const page = (await h.call('GET', 'Variant', { query: { PageSize: 50 } })).body as {
        Data: Row[];
        RecordsCount: number;
      };
      expect(page.RecordsCount).toBe(fixtures.variantCount);
      expect(new Set(page.Data.map((r) => r.Category)).size).toBeGreaterThan(1);
    } finally {
      await h.control('config', { categoryRequired: true });
    }
  });
});

describe('variant detail and code lookups', () => {
  it('answers the detail of a variant by code and by ID', async () => {
    const code = fixtures.sampleVariantCodes[1] ?? '';
    const byCode = await h.call('GET', 'Variant/Detail', { query: { Code: code } });
    expect(byCode.status).toBe(200);
    expect(Object.keys(byCode.body as object)).toEqual(DETAIL_KEYS);
    const detail = byCode.body as { ID: string; Components: unknown[]; OutletPrice: unknown[] };
    expect(Array.isArray(detail.Components)).toBe(true);
    expect(Array.isArray(detail.OutletPrice)).toBe(true);
    const byId = await h.call('GET', 'Variant/Detail', { query: { ID: detail.ID } });
    expect(byId.body).toEqual(byCode.body);
  });

  it('answers 400 for an unknown code', async () => {
    const answer = await h.call('GET', 'Variant/Detail', { query: { Code: 'NO-SUCH-CODE' } });
    expect(answer.status).toBe(400);
  });

  it('maps known, current codes to IDs and leaves unknown and discontinued codes out', async () => {
    const discontinued = fixtures.discontinuedCodes[0] ?? '';
    const current = fixtures.sampleVariantCodes
      .filter((c) => !fixtures.discontinuedCodes.includes(c))
      .slice(0, 3);
    const answer = await h.call('POST', 'Variant/GetIDByListCode', {
      body: [...current, 'UNKNOWN-1', discontinued],
    });
    expect(answer.status).toBe(200);
    const rows = answer.body as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.Code)).toEqual(current);
    expect(Object.keys(rows[0] ?? {})).toEqual(['ID', 'ProductID', 'Code']);
    const viaQuery = await h.call('GET', 'Variant/GetIDByListCode', { query: { ListCode: current } });
    expect(viaQuery.body).toEqual(rows);
  });

  it('reports discontinued codes through the Discontinued twin with its flag', async () => {
    const discontinued = fixtures.discontinuedCodes[0] ?? '';
    const current = fixtures.sampleVariantCodes.find((c) => !fixtures.discontinuedCodes.includes(c)) ?? '';
    const all = await h.call('POST', 'Variant/GetIDByListCodeDiscontinued', {
      body: { ListCode: [current, discontinued], Discontinued: 'All' },
    });
    const rows = all.body as Array<{ Code: string; Discontinued: boolean }>;
    expect(rows.map((r) => [r.Code, r.Discontinued])).toEqual([
      [current, false],
      [discontinued, true],
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual(['ID', 'ProductID', 'Code', 'Discontinued']);
    const onlyYes = await h.call('POST', 'Variant/GetIDByListCodeDiscontinued', {
      body: { ListCode: [current, discontinued], Discontinued: 'Yes' },
    });
    expect((onlyYes.body as Row[]).map((r) => r.Code)).toEqual([discontinued]);
  });

  it('has about five percent of variants discontinued and codes of every kind in the sample', async () => {
    const share = fixtures.discontinuedCodes.length / fixtures.variantCount;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.1);
    expect(fixtures.sampleVariantCodes).toHaveLength(20);
    expect(fixtures.sampleVariantCodes.some((c) => /^\d{13}$/.test(c))).toBe(true);
    expect(fixtures.sampleVariantCodes.some((c) => /^[A-Z0-9]+-[A-Z0-9-]+$/.test(c))).toBe(true);
  });
});
