import { rowsText } from '../../main/catalog/catalog-channels.ts';
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../main/app-contract.ts';
import { bridgeRemote } from '../../renderer/src/catalog/bridge-remote.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';
import { type CatalogRemote, CatalogSync } from '../../renderer/src/catalog/catalog-sync.ts';
import { catalogSuite } from './catalog-suite.ts';

// The renderer's sync engine, writing to IndexedDB (fake-indexeddb here; the real one runs in
// the Chromium tests), fed by the real main-process handlers and the simulator over HTTP.
// This file is the /Variant path as the reference pages describe it (profile `docs`: counts,
// refused page sizes, Category required); /Product and live /Variant are in product-sync.test.ts.

const variants = 2_345;
const suite = catalogSuite({ profile: 'docs', variants, maxPageSize: 1000 }, 'catalog-test');

/** What the simulator holds, read the way an auditor would: every page of every category. */
async function simulatorCatalog(): Promise<CatalogItem[]> {
  const rows: CatalogItem[] = [];
  suite.sim.controls.config({ categoryRequired: false });
  for (let page = 1; ; page++) {
    const answer = await suite.bridge.invoke('catalog:page', {
      category: null,
      pageNumber: page,
      pageSize: 1000,
    });
    if (!answer.ok || answer.value.kind !== 'page') throw new Error('could not read the simulator catalog');
    rows.push(...(JSON.parse(answer.value.rows.json) as CatalogItem[]));
    if (answer.value.rows.count < 1000) break;
  }
  return rows;
}

/** The docs profile has no /Product (404), so every sync here starts with that one refused request. */
const variantsOnly = (): CatalogRemote => bridgeRemote(suite.bridge);

const checksum = (rows: CatalogItem[]) =>
  createHash('sha256')
    .update(JSON.stringify([...rows].sort((a, b) => a.id.localeCompare(b.id))))
    .digest('hex');

describe('the catalog sync', () => {
  it("sends a page's rows to the page as one JSON text, with their count and IDs", async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const answer = await suite.bridge.invoke('catalog:page', {
      category: null,
      pageNumber: 1,
      pageSize: 100,
    });
    if (!answer.ok || answer.value.kind !== 'page') throw new Error('no page came back');
    const rows = JSON.parse(answer.value.rows.json) as CatalogItem[];
    expect(rows).toHaveLength(100);
    expect(answer.value.rows.count).toBe(100);
    expect(answer.value.rows.ids).toEqual(rows.map((row) => row.id));
  });

  it('copies the whole catalog in ceil(N / page size) + 3 requests when Category is optional', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, variantsOnly()).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    // One refused 5000-row page teaches the 1000 limit, then ceil(2345 / 1000) = 3 pages.
    expect(outcome.kind === 'completed' && outcome.requests).toBeLessThanOrEqual(
      Math.ceil(variants / 1000) + 3,
    );
    const stored = await db.allItems('A');
    expect(checksum(stored)).toBe(checksum(await simulatorCatalog()));
  });

  it('pages through every category when DealPOS requires one, with one request more per category at most', async () => {
    suite.sim.controls.config({ categoryRequired: true });
    const fixtures = suite.sim.controls.fixtures();
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, variantsOnly(), { initialPageSize: 1000 }).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    expect(outcome.kind === 'completed' && outcome.requests).toBeLessThanOrEqual(
      Math.ceil(variants / 1000) + 3 + fixtures.categories.length,
    );
    const stored = await db.allItems('A');
    expect(checksum(stored)).toBe(checksum(await simulatorCatalog()));
  });

  it('remembers that DealPOS wants a category, and asks by category at once next time', async () => {
    suite.sim.controls.config({ categoryRequired: true });
    const db = suite.freshDb();
    const first = await new CatalogSync(db, variantsOnly(), { initialPageSize: 1000 }).run();
    const second = await new CatalogSync(db, variantsOnly()).run();
    expect(first.kind === 'completed' && second.kind === 'completed').toBe(true);
    // The refused /Product request and the refused "all at once" request are not spent again.
    if (first.kind === 'completed' && second.kind === 'completed')
      expect(second.requests).toBe(first.requests - 2);
    expect(await db.itemCount('B')).toBe(variants);
  });

  it('learns the page size once and does not ask again next time', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    await new CatalogSync(db, variantsOnly()).run();
    const second = await new CatalogSync(db, variantsOnly()).run();
    expect(second).toMatchObject({ kind: 'completed', requests: Math.ceil(variants / 1000), slot: 'B' });
    expect(await db.itemCount('A')).toBe(0); // the old generation is cleared after the switch
  });

  it('finishes exactly even when connections drop and DealPOS answers 503 along the way', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    suite.sim.controls.faults(['drop', 503]);
    const db = suite.freshDb();
    const outcome = await new CatalogSync(db, variantsOnly(), { initialPageSize: 500 }).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    expect(checksum(await db.allItems('A'))).toBe(checksum(await simulatorCatalog()));
  });

  it('keeps answering scans from the old catalog while a new sync is cut off half way, then resumes', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    const lookup = new CatalogLookup(db);
    await new CatalogSync(db, variantsOnly(), { onSwitch: (slot) => lookup.setSlot(slot) }).run();
    const someCode = (await db.allItems('A'))[0]!.code;

    // The network dies after two pages of the next sync.
    let pages = 0;
    const flaky: CatalogRemote = {
      ...variantsOnly(),
      page: async (...args) => {
        if (++pages > 2) throw new Error('network gone');
        return bridgeRemote(suite.bridge).page(...args);
      },
    };
    await expect(
      new CatalogSync(db, flaky, { onSwitch: (slot) => lookup.setSlot(slot) }).run(),
    ).rejects.toThrow('network gone');
    expect((await lookup.find(someCode))?.code).toBe(someCode);
    expect((await db.active())?.slot).toBe('A');
    const paused = await db.progress();
    expect(paused).toMatchObject({ slot: 'B', nextPage: 3 });

    // Next run (the app restarted, the network is back): it carries on from page 3.
    const resumed = await new CatalogSync(db, variantsOnly(), {
      onSwitch: (slot) => lookup.setSlot(slot),
    }).run();
    expect(resumed).toMatchObject({ kind: 'completed', count: variants, slot: 'B' });
    expect(resumed.kind === 'completed' && resumed.requests).toBe(paused!.requests + 1);
    expect((await lookup.find(someCode))?.code).toBe(someCode);
  });

  it('does not switch to a catalog whose count does not match what DealPOS said', async () => {
    const db = suite.freshDb();
    const short: CatalogRemote = {
      products: async () => ({ kind: 'source-refused', status: '404' }),
      categories: async () => [],
      page: async () => ({
        kind: 'page',
        rows: rowsText([
          {
            id: 'a',
            code: 'A1',
            name: 'A',
            product: null,
            variant: null,
            category: null,
            type: null,
            unitPrice: 1000,
            discontinued: false,
          },
        ]),
        total: 5,
      }),
    };
    const outcome = await new CatalogSync(db, short, { initialPageSize: 10 }).run();
    expect(outcome).toEqual({ kind: 'mismatch', count: 1, expected: 5 });
    expect(await db.active()).toBeUndefined();
  });

  it('reports rows, requests and time left as it goes', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const statuses: { fetched: number; expected: number | null; requests: number; etaMs: number | null }[] =
      [];
    let clock = 0;
    await new CatalogSync(suite.freshDb(), variantsOnly(), {
      initialPageSize: 500,
      now: () => (clock += 100),
      onStatus: (s) => statuses.push(s),
    }).run();
    expect(statuses.at(-1)).toMatchObject({ fetched: variants, expected: variants });
    expect(statuses.map((s) => s.fetched)).toEqual([...statuses.map((s) => s.fetched)].sort((a, b) => a - b));
    expect(statuses.some((s) => s.etaMs !== null && s.etaMs > 0)).toBe(true);
    expect(statuses.at(-1)?.etaMs).toBe(0);
  });

  it('finds a scanned SKU typed in the wrong case', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    await new CatalogSync(db, variantsOnly()).run();
    const sku = (await db.allItems('A')).find((i) => /[A-Z]/.test(i.code))!;
    expect((await new CatalogLookup(db).find(sku.code.toLowerCase()))?.id).toBe(sku.id);
    expect(await new CatalogLookup(db).find('NO-SUCH-CODE')).toBeUndefined();
  });
});
