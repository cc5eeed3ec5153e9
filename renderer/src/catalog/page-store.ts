import type { DexieDOMDependencies } from 'dexie';
import type { CatalogItem } from '../bridge/contract.ts';
import type { CatalogDb, SyncProgress } from './catalog-db.ts';
import { type CatalogPack, packRows } from './catalog-packs.ts';

/** IndexedDB's database, named through Dexie's types (the Node test build has no DOM lib). */
type NativeDb = ReturnType<CatalogDb['backendDB']>;
type NativeTransaction = ReturnType<NativeDb['transaction']>;
/** The page's or the worker's IDBKeyRange, typed through Dexie's types for the same reason. */
const keyRange = (): DexieDOMDependencies['IDBKeyRange'] =>
  (globalThis as unknown as DexieDOMDependencies).IDBKeyRange;

/**
 * Packs per write transaction. Chromium runs every transaction of a database on one sequence,
 * and a transaction's requests in one go: a scan's read that arrives while a page's writes run
 * waits for all of them. A whole page of 1,000 rows in one transaction kept the first scan during
 * a sync waiting 6-9 ms, and 4 packs still 4 ms (traces, bench/SCAN-TRACE.md "Fifth step"): 2
 * packs (100 rows) bound that wait to one small transaction, and the sync kept its pace.
 */
export const PACKS_PER_TRANSACTION = 2;

/**
 * How a sync's writer holds its next transaction while the cashier scans (from a scan's first
 * key): until 100 ms passed without one (a scan's answer is painted well within that). A nonstop
 * scanner still lets one transaction through a second, right after an answer, so the sync ends.
 */
export const CHUNK_GIVE_WAY = { quietMs: 100, maxWaitMs: 1000 } as const;

const committed = (tx: NativeTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('catalog page write aborted', 'AbortError'));
  });

export interface PageStores {
  /** The pack store of the slot being filled. */
  packs: string;
  /** The meta store the sync's progress row goes to. */
  meta: string;
}

/**
 * Stores a page of the sync in packs keyed by `page` (catalog-packs.ts), in transactions of
 * PACKS_PER_TRANSACTION packs, one after the other, each after `beforeChunk` (the sync's writer
 * holds its next chunk there while the cashier scans), so scans get their reads in between.
 *
 * - The first transaction deletes whatever `page` left behind: a page whose writes were cut off
 *   (the app closed between two of its transactions) is fetched again and replaces its packs.
 * - The last one also writes `progress`, so the sync's place moves on only once the whole page is
 *   stored, and a resumed sync never skips rows.
 * - `relaxed` durability (Chromium: a commit returns once the OS has the data, without a flush to
 *   disk): a page lost to a power cut is lost together with its progress row.
 *
 * Plain IndexedDB, not Dexie: the page's main thread and the write worker both call it, and
 * Dexie's per-row middleware (hooks, live-query tracking, unused here) cost a sixth of the bare
 * write rate.
 */
export async function storePage(
  db: NativeDb,
  stores: PageStores,
  page: string,
  rows: readonly CatalogItem[],
  progress: SyncProgress,
  beforeChunk?: () => Promise<void>,
): Promise<void> {
  const packs = packRows(page, rows);
  const chunks: CatalogPack[][] = [];
  for (let at = 0; at < packs.length; at += PACKS_PER_TRANSACTION)
    chunks.push(packs.slice(at, at + PACKS_PER_TRANSACTION));
  if (chunks.length === 0) chunks.push([]); // an empty page still moves the place on
  for (const [index, chunk] of chunks.entries()) {
    await beforeChunk?.();
    const last = index === chunks.length - 1;
    const tx = db.transaction(last ? [stores.packs, stores.meta] : [stores.packs], 'readwrite', {
      durability: 'relaxed',
    });
    const done = committed(tx);
    try {
      const store = tx.objectStore(stores.packs);
      // Keys under `page` sort between `page` and `page` followed by the highest code unit.
      if (index === 0) store.delete(keyRange().bound(page, `${page}\uffff`));
      for (const pack of chunk) store.put(pack);
      if (last) tx.objectStore(stores.meta).put(progress);
      // No more requests follow: commit now instead of waiting for the last callback to run.
      tx.commit?.();
    } catch (error) {
      // A row IndexedDB cannot store throws here: this transaction is dropped, and the progress
      // row stays where it was.
      done.catch(() => undefined);
      tx.abort();
      throw error;
    }
    await done;
  }
}
