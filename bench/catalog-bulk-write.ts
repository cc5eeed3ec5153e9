import type { Page } from 'playwright-core';

export interface BulkWriteFigures {
  rows: number;
  batch: number;
  /** The sync's own write: CatalogDb (Dexie) `bulkPut` of a batch plus a progress row, one transaction each. */
  dexieRowsPerSecond: number;
  /** The same batches as plain `put`s on a plain IndexedDB store with the same `code` index, `relaxed` durability: how the sync writes a page (page-write.ts). */
  rawRowsPerSecond: number;
}

/**
 * Page script for the bench page: copies the first `rowLimit` rows of the active generation
 * into two fresh databases, the app's way and the plain IndexedDB way, `batch` rows per
 * transaction, and deletes them again. Isolates what IndexedDB itself (and Dexie over it) can write in this Chromium,
 * away from the network, the IPC and the app's rendering.
 */
const bulkWriteScript = (rowLimit: number, batch: number) => `(async () => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const committed = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const source = new window.CatalogDb();
  const active = await source.active();
  if (!active) throw new Error('no active catalog generation to copy');
  const rows = await source.items(active.slot).limit(${rowLimit}).toArray();
  source.close();
  const names = ['catalog-bench-dexie', 'catalog-bench-raw'];
  for (const name of names) await request(indexedDB.deleteDatabase(name));

  const dexie = new window.CatalogDb(names[0]);
  await dexie.open();
  let start = performance.now();
  for (let at = 0; at < rows.length; at += ${batch}) {
    await dexie.transaction('rw', dexie.itemsA, dexie.meta, async () => {
      await dexie.itemsA.bulkPut(rows.slice(at, at + ${batch}));
      await dexie.meta.put({ key: 'sync', nextPage: at / ${batch} + 2 });
    });
  }
  const dexieMs = performance.now() - start;
  dexie.close();

  const open = indexedDB.open(names[1], 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('itemsA', { keyPath: 'id' }).createIndex('code', 'code');
    open.result.createObjectStore('meta', { keyPath: 'key' });
  };
  const raw = await request(open);
  start = performance.now();
  for (let at = 0; at < rows.length; at += ${batch}) {
    const tx = raw.transaction(['itemsA', 'meta'], 'readwrite', { durability: 'relaxed' });
    const items = tx.objectStore('itemsA');
    for (const row of rows.slice(at, at + ${batch})) items.put(row);
    tx.objectStore('meta').put({ key: 'sync', nextPage: at / ${batch} + 2 });
    const done = committed(tx);
    tx.commit();
    await done;
  }
  const rawMs = performance.now() - start;
  raw.close();

  for (const name of names) await request(indexedDB.deleteDatabase(name));
  return {
    rows: rows.length,
    batch: ${batch},
    dexieRowsPerSecond: Math.round(rows.length / (dexieMs / 1000)),
    rawRowsPerSecond: Math.round(rows.length / (rawMs / 1000)),
  };
})()`;

/** IndexedDB's write rate in the bench page for the synced rows (see `bulkWriteScript`). */
export async function measureBulkWrite(
  benchPage: Page,
  rowLimit: number,
  batch = 1000,
): Promise<BulkWriteFigures> {
  return (await benchPage.evaluate(bulkWriteScript(rowLimit, batch))) as BulkWriteFigures;
}
