import type { Page } from 'playwright-core';

export interface BulkWriteFigures {
  rows: number;
  batch: number;
  /**
   * Issue #14's "bare bulk write": Dexie `bulkPut` of a batch plus a progress row, one
   * transaction each, one record per item on an `'id, code'` table (the schema before packs).
   */
  dexieRowsPerSecond: number;
  /** The same batches as plain `put`s, one record per item, on a plain store with a `code` index, `relaxed` durability. */
  rawRowsPerSecond: number;
  /** The same batches written as the sync writes a page now: the app's writePage, packs of 25 and the progress row (page-write.ts). */
  packedRowsPerSecond: number;
}

/**
 * Page script for the bench page: copies the first `rowLimit` rows of the active generation
 * into three fresh databases, Dexie's bulkPut and plain puts one record per item, and the
 * sync's packed write, `batch` rows per transaction, and deletes them again. Isolates what IndexedDB itself (and Dexie over it) can write in this Chromium,
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
  const rows = (await source.allItems(active.slot)).slice(0, ${rowLimit});
  source.close();
  const names = ['catalog-bench-dexie', 'catalog-bench-raw', 'catalog-bench-packed'];
  for (const name of names) await request(indexedDB.deleteDatabase(name));

  const dexie = new window.Dexie(names[0]);
  dexie.version(1).stores({ itemsA: 'id, code', meta: 'key' });
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

  const packed = new window.CatalogDb(names[2]);
  await packed.open();
  start = performance.now();
  for (let at = 0; at < rows.length; at += ${batch}) {
    const page = at / ${batch} + 1;
    await window.catalogWritePage(packed, 'A', 'all:' + String(page).padStart(7, '0') + ':',
      rows.slice(at, at + ${batch}), { key: 'sync', nextPage: page + 1 });
  }
  const packedMs = performance.now() - start;
  packed.close();

  for (const name of names) await request(indexedDB.deleteDatabase(name));
  return {
    rows: rows.length,
    batch: ${batch},
    dexieRowsPerSecond: Math.round(rows.length / (dexieMs / 1000)),
    rawRowsPerSecond: Math.round(rows.length / (rawMs / 1000)),
    packedRowsPerSecond: Math.round(rows.length / (packedMs / 1000)),
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
