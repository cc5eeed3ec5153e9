import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../main/app-contract.ts';
import type { CatalogCache } from '../../renderer/src/back-office/catalog-cache.ts';
import { dexieCatalogCache } from '../../renderer/src/back-office/dexie-catalog-cache.ts';
import { createVariantStore, type VariantStore } from '../../renderer/src/back-office/variant-store.ts';
import { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';
import { listPrefix, packRows, pagePrefix } from '../../renderer/src/catalog/catalog-packs.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

// The page's variant store over the real bridge and simulator, writing to the catalog in
// IndexedDB (fake-indexeddb here; real IndexedDB in the Chromium test) through the scan
// feature's own lookup: what the next scan would find is what the test reads.

let desk: OpenApp;
let dbCount = 0;
const suite = simulatorSuite({ variants: 120 }, () => desk?.close());

/** A catalog on this PC holding every variant the simulator has, as a finished sync leaves it. */
async function downloadedCatalog(): Promise<{ db: CatalogDb; cache: CatalogCache; lookup: CatalogLookup }> {
  const db = new CatalogDb(`office-catalog-${++dbCount}`);
  const items: CatalogItem[] = [];
  for (const code of suite.fixtures.sampleVariantCodes) {
    const sheet = ok(await desk.bridge.invoke('back-office:variant', { code }));
    if (sheet) items.push(sheet.item);
  }
  // As a sync stores them: in packs (catalog-packs.ts).
  await db.packsB.bulkPut(packRows(pagePrefix(listPrefix('all'), 1), items));
  await db.meta.put({ key: 'active', slot: 'B', count: items.length, completedAt: Date.now() });
  const lookup = new CatalogLookup(db);
  return { db, cache: dexieCatalogCache(db, (code) => lookup.find(code)), lookup };
}

async function openedStore(code: string): Promise<{ store: VariantStore; lookup: CatalogLookup }> {
  const { cache, lookup } = await downloadedCatalog();
  const store = createVariantStore(desk.bridge, cache);
  store.getState().setQuery(code);
  await store.getState().search();
  return { store, lookup };
}

const activeCode = () =>
  suite.fixtures.sampleVariantCodes.find((c) => !suite.fixtures.discontinuedCodes.includes(c))!;

describe('quick variant edits and the catalog on this PC', () => {
  it('a scanned code opens fresh from DealPOS; a saved price is what the next scan finds', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const { store, lookup } = await openedStore(code);
    expect(store.getState().sheet?.code).toBe(code);
    // The field empties for the next scan.
    expect(store.getState().query).toBe('');

    store.getState().edit({ unitPrice: 'Rp 88.500' });
    await store.getState().save();
    expect(store.getState().result).toMatchObject({ kind: 'update', outcome: { result: 'done' } });
    expect(store.getState().draft?.unitPrice).toBe('88.500');
    expect((await lookup.find(code))?.unitPrice).toBe(88500);
  });

  it('sends only what changed, and nothing when nothing did', async () => {
    desk = await openApp({ simulator: suite.sim });
    const { store } = await openedStore(activeCode());
    await store.getState().save();
    expect(store.getState().result).toBeNull();
    const sheet = store.getState().sheet!;
    store.getState().addOutletPrice(suite.fixtures.outlets[0]!.Name);
    store.getState().setOutletPrice(suite.fixtures.outlets[0]!.Name, '77.000');
    await store.getState().save();
    const log = ok(await desk.bridge.invoke('back-office:activity'));
    expect(log.entries[0]?.detail).toBe(`OutletPrice ${suite.fixtures.outlets[0]!.Name}=77000`);
    expect(store.getState().sheet?.outletPrices).toContainEqual({
      outlet: suite.fixtures.outlets[0]!.Name,
      price: 77000,
      extraCost: 0,
    });
    expect(store.getState().sheet?.unitPrice).toBe(sheet.unitPrice);
  });

  it('a refused or uncertain save leaves the catalog as it was and the form as typed', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const { store, lookup } = await openedStore(code);
    const before = (await lookup.find(code))?.unitPrice;
    store.getState().edit({ unitPrice: '1.000' });
    suite.sim.controls.faults(['drop-after']);
    await store.getState().save();
    expect(store.getState().result).toMatchObject({ outcome: { result: 'uncertain' } });
    expect(store.getState().draft?.unitPrice).toBe('1.000');
    expect((await lookup.find(code))?.unitPrice).toBe(before);

    suite.sim.controls.faults([409]);
    await store.getState().save();
    expect(store.getState().result).toMatchObject({ outcome: { result: 'refused' } });
    expect((await lookup.find(code))?.unitPrice).toBe(before);
  });

  it('a deleted variant is gone from the catalog; added ones are in it', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const { store, lookup } = await openedStore(code);
    expect(await store.getState().remove(testApproval)).toBeNull();
    expect(store.getState().sheet).toBeNull();
    expect(await lookup.find(code)).toBeUndefined();

    const product = suite.fixtures.products[0]!;
    store.getState().setProductCode(product.Code);
    const [row] = store.getState().rows;
    store.getState().editRow(row!.key, { code: 'OFFICE-NEW-1', model: 'Jumbo', unitPrice: '99.000' });
    await store.getState().submitAdd();
    expect(store.getState().result).toMatchObject({ kind: 'add', outcome: { result: 'done' } });
    expect(await lookup.find('OFFICE-NEW-1')).toMatchObject({ code: 'OFFICE-NEW-1', unitPrice: 99000 });
  });

  it('a name search lists the matches; a code nobody has is said to be unknown', async () => {
    desk = await openApp({ simulator: suite.sim });
    const { cache } = await downloadedCatalog();
    const store = createVariantStore(desk.bridge, cache);
    const sample = (await cache.find(activeCode()))!;
    const word = sample.name.split(/\s+/)[0]!;
    store.getState().setQuery(word.toLowerCase());
    await store.getState().search();
    const results =
      store.getState().results ?? (store.getState().sheet ? [store.getState().sheet!.item] : []);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((item) => item.name.toLowerCase().includes(word.toLowerCase()))).toBe(true);

    store.getState().setQuery('NO-SUCH-CODE-42');
    await store.getState().search();
    expect(store.getState().notFound).toBe('NO-SUCH-CODE-42');
  });
});
