import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';
import { PACK_SIZE } from '../../renderer/src/catalog/catalog-packs.ts';

// A counter PC updated from the version before stock was kept: its catalog (database version 1)
// must keep answering scans until the next refresh brings stock and categories.

describe('the catalog database after the update that added stock', () => {
  it('keeps answering scans from the old catalog and marks it for a refresh', async () => {
    const name = 'catalog-upgrade-1';
    const old = new Dexie(name);
    old.version(1).stores({ itemsA: 'id, code', itemsB: 'id, code', meta: 'key' });
    await old.table('itemsA').put({
      id: 'v1',
      code: '1315L',
      name: 'Kemeja (L)',
      product: null,
      variant: null,
      category: null,
      type: 'Standard',
      unitPrice: 150_000,
      discontinued: false,
    });
    await old.table('itemsB').put({ id: 'half', code: 'HALF', name: 'Half synced' });
    await old.table('meta').bulkPut([
      { key: 'active', slot: 'A', count: 1, completedAt: 1_700_000_000_000 },
      { key: 'sync', slot: 'B', nextPage: 2 },
      { key: 'list-mode', value: 'all' },
      { key: 'page-size', value: 1000 },
    ]);
    old.close();

    const db = new CatalogDb(name);
    expect((await new CatalogLookup(db).find('1315l'))?.name).toBe('Kemeja (L)');
    expect(await db.active()).toEqual({
      key: 'active',
      slot: 'A',
      count: 1,
      completedAt: 1_700_000_000_000,
      needsRefresh: true,
    });
    // The unfinished old sync and what it learned about /Variant are gone: /Product is tried first.
    expect(await db.progress()).toBeUndefined();
    expect(await db.itemCount('B')).toBe(0);
    expect(await db.meta.get('list-mode')).toBeUndefined();
    db.close();
  });
});

// A counter PC updated from the version that kept one record per item (database version 2): its
// catalog is copied into packs on the update and keeps answering scans, with no refresh forced.
describe('the catalog database after the update that stored items in packs', () => {
  const item = (n: number) => ({
    id: `id-${String(n).padStart(4, '0')}`,
    code: `SKU${n}L`,
    name: `Kemeja ${n}`,
    product: 'Kemeja',
    variant: 'L',
    category: 'Atasan',
    type: 'Standard',
    unitPrice: 100_000 + n,
    discontinued: false,
    onHand: n,
    stockReadAt: 1_700_000_000_000,
  });

  it('keeps answering scans from the catalog it had, counted the same, and drops an unfinished sync', async () => {
    const name = 'catalog-upgrade-2';
    const old = new Dexie(name);
    old.version(2).stores({ itemsA: 'id, code', itemsB: 'id, code', meta: 'key' });
    const items = Array.from({ length: 6_010 }, (_, n) => item(n));
    await old.table('itemsB').bulkPut(items);
    await old.table('itemsA').bulkPut([item(1), item(9_999)]);
    const active = { key: 'active', slot: 'B', count: items.length, completedAt: 1_700_000_000_000 };
    await old
      .table('meta')
      .bulkPut([
        active,
        { key: 'sync', slot: 'A', nextPage: 2 },
        { key: 'list-mode', value: 'products' },
        { key: 'product-page-size', value: 1000 },
      ]);
    old.close();

    const db = new CatalogDb(name);
    const lookup = new CatalogLookup(db);
    expect(await lookup.find('SKU4321L')).toEqual(items[4321]);
    expect((await lookup.find('sku6009l'))?.id).toBe('id-6009');
    expect(await db.active()).toEqual(active);
    expect(await db.itemCount('B')).toBe(items.length);
    expect(await db.allItems('B')).toEqual(items);
    // Read 5,000 rows a step: 5,000 / PACK_SIZE packs, then 1,010 rows in as many as they fill.
    expect(await db.packsB.count()).toBe(5000 / PACK_SIZE + Math.ceil(1010 / PACK_SIZE));
    // The unfinished sync's rows are gone with its place: the next sync starts over, as /Product.
    expect(await db.progress()).toBeUndefined();
    expect(await db.itemCount('A')).toBe(0);
    expect(await db.meta.get('list-mode')).toEqual({ key: 'list-mode', value: 'products' });
    expect(db.tables.map((table) => table.name).sort()).toEqual(['meta', 'packsA', 'packsB']);
    db.close();
  });
});
