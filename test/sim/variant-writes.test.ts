import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

interface Detail {
  ID: string;
  ProductID: string;
  Name: string;
  Variant: string;
  Category: string;
  UnitPrice: number;
  UnitCost: number;
  Discontinued: boolean;
  Description: string;
  OutletPrice: Array<{ Outlet: string; Price: number; ExtraCost: number }>;
}

let h: SimHarness;
let fixtures: SimFixtures;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
  fixtures = await h.fixtures();
});
afterAll(() => h.close());

async function detail(code: string) {
  return h.call('GET', 'Variant/Detail', { query: { Code: code } });
}

async function categoryCount(category: string): Promise<number> {
  return ((await h.call('GET', 'Variant/Count', { query: { Category: category } })).body as { Count: number })
    .Count;
}

describe('adding variants to a product', () => {
  it('answers the product ID with the new variant IDs, and the variants show up in every read', async () => {
    const before = (await detail(fixtures.sampleVariantCodes[2] ?? '')).body as Detail;
    const product = fixtures.products.find((p) => p.ID === before.ProductID);
    const countBefore = await categoryCount(before.Category);
    const answer = await h.call('POST', 'Variant/Add', {
      body: {
        Code: product?.Code,
        Variants: [
          {
            Model: 'Small',
            Code: 'SIM-ADD-S',
            UnitCost: 100000,
            UnitPrice: 150000,
            Discontinued: true,
            VariantDescription: 'Unavailable',
          },
          { Model: 'Medium', Code: 'SIM-ADD-M', UnitCost: 125000, UnitPrice: 175000, Discontinued: false },
        ],
      },
    });
    expect(answer.status).toBe(200);
    const body = answer.body as {
      ID: string;
      Variants: Array<{ Code: string; ID: string }>;
      ListVariantID: string[];
    };
    expect(Object.keys(body)).toEqual(['ID', 'Variants', 'ListVariantID']);
    expect(body.ID).toBe(product?.ID);
    expect(body.Variants.map((v) => v.Code)).toEqual(['SIM-ADD-S', 'SIM-ADD-M']);
    expect(body.ListVariantID).toEqual(body.Variants.map((v) => v.ID));

    const medium = (await detail('SIM-ADD-M')).body as Detail;
    expect(medium.ID).toBe(body.Variants[1]?.ID);
    expect(medium.ProductID).toBe(product?.ID);
    expect(medium.Name).toBe(`${product?.Name} (Medium)`);
    expect(medium.UnitPrice).toBe(175000);
    const small = (await detail('SIM-ADD-S')).body as Detail;
    expect(small.Discontinued).toBe(true);
    expect(small.Description).toBe('Unavailable');
    expect(await categoryCount(before.Category)).toBe(countBefore + 2);
    const ids = await h.call('POST', 'Variant/GetIDByListCode', { body: ['SIM-ADD-S', 'SIM-ADD-M'] });
    expect((ids.body as Array<{ Code: string }>).map((r) => r.Code)).toEqual(['SIM-ADD-M']);
    expect((await h.stats()).applied['POST variant/add']).toBe(1);
  });

  it('refuses a variant code that already exists with 409, adding nothing', async () => {
    const existing = fixtures.sampleVariantCodes[0] ?? '';
    const answer = await h.call('POST', 'Variant/Add', {
      body: {
        Code: fixtures.products[0]?.Code,
        Variants: [
          { Model: 'New', Code: 'SIM-DUP-NEW' },
          { Model: 'X', Code: existing },
        ],
      },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({ Message: `Variant code ${existing} already exists` });
    expect((await detail('SIM-DUP-NEW')).status).toBe(400);
  });

  it('refuses an unknown product code with 400', async () => {
    const answer = await h.call('POST', 'Variant/Add', {
      body: { Code: 'NO-PRODUCT', Variants: [{ Code: 'SIM-X' }] },
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe('Product with Code NO-PRODUCT does not exist in Database');
  });
});

describe('updating a variant by code', () => {
  it('answers "Update Success" and later reads show the new values', async () => {
    const code = fixtures.sampleVariantCodes[6] ?? '';
    const outlet = fixtures.outlets[0]?.Name ?? '';
    const answer = await h.call('PUT', 'Variant', {
      body: {
        Code: code,
        UnitPrice: 500000,
        UnitCost: 2000,
        Discontinued: false,
        OutletPrice: [{ Outlet: outlet, Price: 450000, ExtraCost: 0 }],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ Message: 'Update Success' });
    const after = (await detail(code)).body as Detail;
    expect(after.UnitPrice).toBe(500000);
    expect(after.UnitCost).toBe(2000);
    expect(after.OutletPrice).toContainEqual({ Outlet: outlet, Price: 450000, ExtraCost: 0 });
    const row = (await h.call('GET', 'Variant', { query: { Category: after.Category, Code: code } }))
      .body as {
      Data: Array<{ Code: string; UnitPrice: number }>;
    };
    expect(row.Data.find((r) => r.Code === code)?.UnitPrice).toBe(500000);
  });

  it('renames the variant when Model changes', async () => {
    const code = fixtures.sampleVariantCodes[7] ?? '';
    const before = (await detail(code)).body as Detail & { Product: string };
    await h.call('PUT', 'Variant', { body: { Code: code, Model: 'Premium' } });
    const after = (await detail(code)).body as Detail;
    expect(after.Variant).toBe('Premium');
    expect(after.Name).toBe(`${before.Product} (Premium)`);
  });

  it('answers 400 for an unknown code', async () => {
    const answer = await h.call('PUT', 'Variant', { body: { Code: 'NO-SUCH', UnitPrice: 1 } });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe('Variant with code NO-SUCH does not exist in Database');
  });
});

describe('deleting a variant by code', () => {
  it('answers the bare JSON sentence and the variant is gone from every read', async () => {
    const code = fixtures.sampleVariantCodes[8] ?? '';
    const before = (await detail(code)).body as Detail;
    const countBefore = await categoryCount(before.Category);
    const storeBefore = (await h.fixtures()).variantCount;
    const answer = await h.call('DELETE', 'Variant', { body: { Code: code } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(answer.body).toBe(`Variant with code ${code} has been successfully deleted.`);
    expect((await detail(code)).status).toBe(400);
    expect(await categoryCount(before.Category)).toBe(countBefore - 1);
    expect((await h.call('POST', 'Variant/GetIDByListCode', { body: [code] })).body).toEqual([]);
    expect((await h.fixtures()).variantCount).toBe(storeBefore - 1);
  });

  it('answers 400 when the code does not exist', async () => {
    const answer = await h.call('DELETE', 'Variant', { body: { Code: 'NO-SUCH' } });
    expect(answer.status).toBe(400);
  });
});
