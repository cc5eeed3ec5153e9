import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bridgeRemote } from '../../renderer/src/catalog/bridge-remote.ts';
import type { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';
import { type CatalogRemote, CatalogSync } from '../../renderer/src/catalog/catalog-sync.ts';
import { catalogSuite } from './catalog-suite.ts';
import { checksumOf, seededCatalog } from './simulator-catalog.ts';

// The catalog from /Product?QueryInventory=true, as live stores answer it: products with their
// variants and stock, `RecordsCount: -1`, and a page size cut to the store's limit without a word.
// The real main-process handlers and the simulator over HTTP; IndexedDB is fake-indexeddb here.

const seed = 42;
const variants = 6_000;
const expected = seededCatalog(seed, variants);
const suite = catalogSuite({ seed, variants }, 'product-sync');

const storedItems = async (db: CatalogDb) => db.allItems((await db.active())!.slot);

describe('the catalog from /Product with stock', () => {
  it('is the whole catalog, stock included, when DealPOS cuts 5,000-row pages to 1,000 and gives no count', async () => {
    suite.sim.controls.config({ maxPageSize: 1000 });
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, bridgeRemote(suite.bridge)).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants, source: 'products' });
    expect(checksumOf(await storedItems(db))).toBe(checksumOf(expected.items));
    // Every page of 1,000 products, plus the empty page that proves the end (no count to say so).
    expect(outcome.kind === 'completed' && outcome.requests).toBe(Math.ceil(expected.products / 1000) + 1);
    // The cut is remembered: the next sync asks 1,000 at once.
    expect(await db.meta.get('product-page-size')).toEqual({ key: 'product-page-size', value: 1000 });
  });

  it('is the whole catalog when DealPOS cuts pages to 250', async () => {
    suite.sim.controls.config({ maxPageSize: 250 });
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, bridgeRemote(suite.bridge)).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants, source: 'products' });
    expect(checksumOf(await storedItems(db))).toBe(checksumOf(expected.items));
    expect(outcome.kind === 'completed' && outcome.requests).toBe(Math.ceil(expected.products / 250) + 1);
  });

  it('is the whole catalog when DealPOS lowers its limit in the middle of the list', async () => {
    suite.sim.controls.config({ maxPageSize: 500 });
    let pages = 0;
    const remote: CatalogRemote = {
      ...bridgeRemote(suite.bridge),
      products: async (pageNumber, pageSize) => {
        if (++pages === 3) suite.sim.controls.config({ maxPageSize: 300 });
        return bridgeRemote(suite.bridge).products(pageNumber, pageSize);
      },
    };
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, remote).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    expect(checksumOf(await storedItems(db))).toBe(checksumOf(expected.items));
  });

  it('a short first page from a small store is the whole list once the next page comes back empty', async () => {
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, bridgeRemote(suite.bridge), { initialPageSize: 10_000 }).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    expect(checksumOf(await storedItems(db))).toBe(checksumOf(expected.items));
  });

  it('finishes exactly when connections drop and DealPOS answers 503 along the way', async () => {
    suite.sim.controls.config({ maxPageSize: 500 });
    suite.sim.controls.faults(['drop', 503]);
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, bridgeRemote(suite.bridge)).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    expect(checksumOf(await storedItems(db))).toBe(checksumOf(expected.items));
  });

  it('resumes where the network died, after the page cut was learned, and ends complete', async () => {
    suite.sim.controls.config({ maxPageSize: 500 });
    let pages = 0;
    const flaky: CatalogRemote = {
      ...bridgeRemote(suite.bridge),
      products: async (...args) => {
        if (++pages > 3) throw new Error('network gone');
        return bridgeRemote(suite.bridge).products(...args);
      },
    };
    const db = suite.freshDb();
    await expect(new CatalogSync(db, flaky).run()).rejects.toThrow('network gone');
    const paused = await db.progress();
    expect(paused).toMatchObject({ mode: 'products', pageSize: 500, nextPage: 4 });
    expect(await db.active()).toBeUndefined();

    const resumed = await new CatalogSync(db, bridgeRemote(suite.bridge)).run();
    expect(resumed).toMatchObject({ kind: 'completed', count: variants, source: 'products' });
    // The three pages already stored are not fetched again.
    expect(resumed.kind === 'completed' && resumed.requests).toBe(Math.ceil(expected.products / 500) + 1);
    expect(checksumOf(await storedItems(db))).toBe(checksumOf(expected.items));
  });

  for (const status of [403, 404, 400]) {
    it(`falls back to /Variant when DealPOS refuses /Product with ${status}, and scans still find items`, async () => {
      suite.sim.controls.config({ categoryRequired: false });
      suite.sim.controls.faults([status]);
      const db = suite.freshDb();
      const outcome = await new CatalogSync(db, bridgeRemote(suite.bridge), { initialPageSize: 1000 }).run();
      expect(outcome).toMatchObject({ kind: 'completed', count: variants, source: 'variants' });
      const stored = await storedItems(db);
      expect(new Set(stored.map((i) => i.id))).toEqual(new Set(expected.items.map((i) => i.id)));
      const sample = expected.items[17]!;
      expect(await new CatalogLookup(db).find(sample.code)).toMatchObject({ id: sample.id });
      // The next sync goes to /Variant at once instead of being refused again.
      expect(await db.meta.get('list-mode')).toEqual({ key: 'list-mode', value: 'all' });
    });
  }

  it('keeps product, variant, category, discontinued, picture and stock with the time it was read', async () => {
    const db = suite.freshDb();
    let clock = Date.UTC(2026, 11, 2, 8, 0, 0);
    await new CatalogSync(db, bridgeRemote(suite.bridge)).run();
    const discontinued = expected.items.find((i) => i.discontinued && i.variant !== null)!;
    const item = await new CatalogLookup(db).find(discontinued.code);
    expect(item).toMatchObject({
      product: discontinued.product,
      variant: discontinued.variant,
      category: discontinued.category,
      discontinued: true,
      onHand: discontinued.onHand,
    });
    expect(item?.stockReadAt).toBeGreaterThan(clock - 86_400_000 * 365);
    clock = Date.now();
    expect(item?.stockReadAt).toBeLessThanOrEqual(clock);
    const withPicture = (await storedItems(db)).find((i) => i.imageUrl);
    expect(withPicture?.imageUrl).toMatch(/^https:\/\/res\.cloudinary\.com\//);
  });
});
