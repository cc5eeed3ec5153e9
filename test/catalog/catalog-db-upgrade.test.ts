import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';

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
