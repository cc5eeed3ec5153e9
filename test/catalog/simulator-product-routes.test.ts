import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { seedStore } from '../../main/simulator/store.ts';

// The simulator answers /Product and the stock reads as live stores did (README "What live
// stores answered": "Products with their variants", "Stock", "End of a list"), over raw HTTP.

const seed = 42;
const variants = 5_000;
const store = seedStore(seed, variants, 'live');
let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startSimulator({ seed, variants, quiet: true, maxPageSize: 1000 });
  const response = await fetch(`${sim.baseUrl}Token/OAuth2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: sim.credentials.full.clientId,
      client_secret: sim.credentials.full.clientSecret,
    }),
  });
  token = ((await response.json()) as { access_token: string }).access_token;
});
afterAll(async () => {
  await sim.close();
});

const get = async (path: string) => {
  const response = await fetch(`${sim.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
};

describe('the simulated live /Product and stock reads', () => {
  it('/Product answers {DataArray, RecordsCount: -1} and cuts a 5,000-row page to 1,000 without a word', async () => {
    const body = (await get('Product?PageNumber=1&PageSize=5000&QueryInventory=true')) as {
      DataArray: { ID: string; ImageUrl: unknown; Variants: Record<string, unknown>[] }[];
      RecordsCount: number;
    };
    expect(body.RecordsCount).toBe(-1);
    expect(body.DataArray).toHaveLength(Math.min(1000, store.catalog.products.length));
    const first = body.DataArray[0]!;
    expect(Object.keys(first).sort()).toEqual(
      [
        'Category',
        'Code',
        'Created',
        'Discontinued',
        'ID',
        'ImageUrl',
        'Name',
        'Released',
        'ThumbnailUrl',
        'Variants',
      ].sort(),
    );
    expect(Object.keys(first.Variants[0]!).sort()).toEqual(
      [
        'Code',
        'Discontinued',
        'Discount',
        'ID',
        'Inventory',
        'Model',
        'ProductID',
        'TypeID',
        'UnitCost',
        'UnitPrice',
        'Weight',
      ].sort(),
    );
    expect(typeof first.Variants[0]!.Inventory).toBe('number');
    // Page 2 at the cut size follows on from page 1.
    const second = (await get('Product?PageNumber=2&PageSize=1000')) as { DataArray: { ID: string }[] };
    expect(second.DataArray[0]?.ID).toBe(store.catalog.products[1000]?.id);
  });

  it('/Product without QueryInventory carries no stock figure', async () => {
    const body = (await get('Product?PageNumber=1&PageSize=3')) as {
      DataArray: { Variants: { Inventory: unknown }[] }[];
    };
    expect(body.DataArray[0]!.Variants[0]!.Inventory).toBeNull();
  });

  it('/Inventory lists variants with their summed stock, and CodeArrayGroupByOutlet gives each outlet', async () => {
    const rows = (await get('Inventory?PageNumber=1&PageSize=2')) as unknown as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).sort()).toEqual(['Category', 'Code', 'I', 'Product', 'Variant']);
    expect(Object.keys(rows[0]!.I as object).sort()).toEqual([
      'Allocated',
      'Available',
      'OnHand',
      'Threshold',
    ]);

    const code = store.catalog.variants[0]!.code;
    const response = await fetch(`${sim.baseUrl}Inventory/CodeArrayGroupByOutlet`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ Code: [code, 'NOPE-404'] }),
    });
    const grouped = (await response.json()) as { Code: string; Inventories: { Outlet: string }[] }[];
    expect(grouped.map((g) => g.Code)).toEqual([code]);
    expect(grouped[0]!.Inventories.map((i) => i.Outlet)).toEqual(
      store.outlets.filter((o) => !o.suspended).map((o) => o.name),
    );
  });
});
