import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../main/app-contract.ts';
import { dexieCatalogCache } from '../../renderer/src/back-office/dexie-catalog-cache.ts';
import { bridgeRemote } from '../../renderer/src/catalog/bridge-remote.ts';
import type { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { CatalogLookup } from '../../renderer/src/catalog/catalog-lookup.ts';
import { editPackKey, PACK_SIZE } from '../../renderer/src/catalog/catalog-packs.ts';
import { createCatalogStore } from '../../renderer/src/catalog/catalog-store.ts';
import { type CatalogRemote, CatalogSync } from '../../renderer/src/catalog/catalog-sync.ts';
import { workerWriter, writePage } from '../../renderer/src/catalog/page-write.ts';
import type { PageWriteReply, PageWriteRequest } from '../../renderer/src/catalog/page-write-messages.ts';
import { catalogSuite } from './catalog-suite.ts';

// The catalog is stored in packs of PACK_SIZE (50) items (issue #14). A cashier must still find every item
// exactly once, whatever the sync went through: a crash, a page fetched again, DealPOS cutting
// its page size in the middle of the list, a back-office edit.

const variants = 1_234;
const suite = catalogSuite({ profile: 'docs', variants, maxPageSize: 1000 }, 'catalog-packs');
const variantsOnly = (): CatalogRemote => bridgeRemote(suite.bridge);

/** Every item of the active generation: its IDs once each, and what the index count says. */
async function storedOnce(db: CatalogDb) {
  const slot = (await db.active())!.slot;
  const items = await db.allItems(slot);
  return { items, distinctIds: new Set(items.map((i) => i.id)).size, indexCount: await db.itemCount(slot) };
}

async function syncedDb(): Promise<CatalogDb> {
  suite.sim.controls.config({ categoryRequired: false });
  const db = suite.freshDb();
  await new CatalogSync(db, variantsOnly(), { initialPageSize: 200 }).run();
  return db;
}

describe('the catalog stored in packs', () => {
  it('keeps PACK_SIZE items a record, and counts items, not records', async () => {
    const db = await syncedDb();
    const active = (await db.active())!;
    expect(active.count).toBe(variants);
    // Each page of 200 makes 200 / PACK_SIZE packs; the last, short page makes as many as it fills.
    const fullPages = Math.floor(variants / 200);
    const packs = fullPages * (200 / PACK_SIZE) + Math.ceil((variants - fullPages * 200) / PACK_SIZE);
    expect(await db.packs(active.slot).count()).toBe(packs);
    expect(await storedOnce(db)).toMatchObject({ distinctIds: variants, indexCount: variants });
  });

  it('a sync cut off mid-way and resumed holds every item once', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    let pages = 0;
    const flaky: CatalogRemote = {
      ...variantsOnly(),
      page: async (...args) => {
        if (++pages === 4) throw new Error('network gone');
        return variantsOnly().page(...args);
      },
    };
    await expect(new CatalogSync(db, flaky, { initialPageSize: 200 }).run()).rejects.toThrow('network gone');
    expect(await db.itemCount('A')).toBeGreaterThan(0);
    const resumed = await new CatalogSync(db, variantsOnly()).run();
    expect(resumed).toMatchObject({ kind: 'completed', count: variants });
    const stored = await storedOnce(db);
    expect(stored.items).toHaveLength(variants);
    expect(stored).toMatchObject({ distinctIds: variants, indexCount: variants });
  });

  it('a page the write worker stored but never confirmed is written again without doubles', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    let died = false;
    // A worker that writes the first page and dies before it can answer: the page writes it again.
    const dying = (target: CatalogDb) => {
      const worker = {
        onmessage: null as ((event: { data: PageWriteReply }) => void) | null,
        onerror: null as ((event: { message?: string }) => void) | null,
        postMessage(request: PageWriteRequest) {
          const slot = request.packs === 'packsA' ? 'A' : 'B';
          void writePage(target, slot, request.page, JSON.parse(request.rowsJson), request.progress).then(
            () => {
              died = true;
              worker.onerror?.({ message: 'worker crashed' });
            },
          );
        },
        terminate() {},
      };
      return workerWriter(target, worker);
    };
    const outcome = await new CatalogSync(db, variantsOnly(), { initialPageSize: 200, writer: dying }).run();
    expect(died).toBe(true);
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    expect(await storedOnce(db)).toMatchObject({ distinctIds: variants, indexCount: variants });
  });

  it('DealPOS cutting its page size in the middle of the list starts the list over without doubles', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    let pages = 0;
    const cutting: CatalogRemote = {
      ...variantsOnly(),
      page: async (category, pageNumber, pageSize) => {
        // Three pages of 200 are stored, then DealPOS says 150 is its limit.
        if (++pages === 4 && pageSize > 150) return { kind: 'page-size-refused', maxPageSize: 150 };
        return variantsOnly().page(category, pageNumber, pageSize);
      },
    };
    const outcome = await new CatalogSync(db, cutting, { initialPageSize: 200 }).run();
    expect(outcome).toMatchObject({ kind: 'completed', count: variants });
    const stored = await storedOnce(db);
    expect(stored.items).toHaveLength(variants);
    expect(stored).toMatchObject({ distinctIds: variants, indexCount: variants });
  });

  it('finds a code in the middle of a pack, typed in either case', async () => {
    const db = await syncedDb();
    const slot = (await db.active())!.slot;
    const pack = (await db.packs(slot).toArray())[3]!;
    const middle = pack.items[12]!;
    const lookup = new CatalogLookup(db);
    expect(await lookup.find(middle.code)).toEqual(middle);
    expect((await lookup.find(middle.code.toLowerCase()))?.id).toBe(middle.id);
    expect(await lookup.find('NO-SUCH-CODE')).toBeUndefined();
  });

  it('a code two items share answers with the smaller ID, as before packs', async () => {
    const db = await syncedDb();
    const slot = (await db.active())!.slot;
    const [first, later] = [(await db.packs(slot).toArray())[0]!, (await db.packs(slot).toArray())[9]!];
    // The later pack holds an item with a smaller ID and the first pack's code.
    const shared = first.items[0]!.code;
    later.items[0] = { ...later.items[0]!, id: '0-smallest', code: shared };
    later.codes[0] = shared;
    later.ids[0] = '0-smallest';
    await db.packs(slot).put(later);
    expect((await new CatalogLookup(db).find(shared))?.id).toBe('0-smallest');
  });

  it('a code three packs share answers with the smaller ID, though the first read asks for two packs', async () => {
    const db = await syncedDb();
    const slot = (await db.active())!.slot;
    const packs = await db.packs(slot).toArray();
    const shared = packs[0]!.items[0]!.code;
    // Packs 4 and 9 hold the code too; the smallest ID is in the last of the three in key order.
    for (const [at, id] of [
      [4, 'zz-larger'],
      [9, '0-smallest'],
    ] as const) {
      const pack = packs[at]!;
      pack.items[0] = { ...pack.items[0]!, id, code: shared };
      pack.codes[0] = shared;
      pack.ids[0] = id;
      await db.packs(slot).put(pack);
    }
    expect((await new CatalogLookup(db).find(shared))?.id).toBe('0-smallest');
  });

  it('a back-office edit rewrites the item in its pack; a new item gets a pack of its own and is found', async () => {
    const db = await syncedDb();
    const slot = (await db.active())!.slot;
    const lookup = new CatalogLookup(db);
    const cache = dexieCatalogCache(db, (code) => lookup.find(code));
    const packs = await db.packs(slot).count();
    const some = (await db.allItems(slot))[40]!;

    await cache.put({ ...some, unitPrice: 12_345 });
    expect((await lookup.find(some.code))?.unitPrice).toBe(12_345);
    expect(await db.packs(slot).count()).toBe(packs);

    const added: CatalogItem = { ...some, id: 'new-variant', code: 'OFFICE-NEW-9', name: 'Kaos Baru' };
    await cache.put(added);
    expect(await lookup.find('office-new-9')).toEqual(added);
    expect((await db.packs(slot).get(editPackKey('new-variant')))?.items).toEqual([added]);

    // Re-added in DealPOS under a new ID: the old item with that code goes.
    await cache.put({ ...some, id: 're-added' });
    expect((await lookup.find(some.code))?.id).toBe('re-added');
    expect(await db.itemCount(slot)).toBe(variants + 1);

    await cache.remove(some.code.toLowerCase());
    expect(await lookup.find(some.code)).toBeUndefined();
    expect(await db.itemCount(slot)).toBe(variants);
    expect(await db.packs(slot).get(editPackKey('re-added'))).toBeUndefined();
    expect(await cache.search('office-new', 5)).toEqual([added]);
  });

  it('an item looked up online is kept once, and the count shown on the scan screen follows', async () => {
    const db = await syncedDb();
    const slot = (await db.active())!.slot;
    const lookup = new CatalogLookup(db);
    const some = (await db.allItems(slot))[7]!;
    await dexieCatalogCache(db, (code) => lookup.find(code)).remove(some.code);

    const store = createCatalogStore(suite.bridge, db);
    await store.getState().load();
    const answer = await store.getState().lookupOnline(some.code);
    expect(answer.ok && answer.value?.id).toBe(some.id);
    expect(store.getState().count).toBe(variants);
    expect(await storedOnce(db)).toMatchObject({ distinctIds: variants, indexCount: variants });
    expect((await store.getState().find(some.code))?.id).toBe(some.id);
  });

  it("the scan screen's warm-up on a PC with no catalog yet neither fails nor keeps later scans from finding the synced one", async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const db = suite.freshDb();
    const store = createCatalogStore(suite.bridge, db);
    await expect(store.getState().warmUp()).resolves.toBeUndefined();
    await store.getState().sync();
    expect(store.getState().problem).toBeNull();
    const slot = (await db.active())!.slot;
    const some = (await db.allItems(slot))[321]!;
    await store.getState().warmUp();
    expect((await store.getState().find(some.code))?.id).toBe(some.id);
  });
});
