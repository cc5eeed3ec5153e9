import type { CatalogItem } from '../bridge/contract.ts';
import type { CatalogDb, Slot, SyncProgress } from './catalog-db.ts';
import { packRows } from './catalog-packs.ts';
import type { PageWriteReply, PageWriteRequest } from './page-write-messages.ts';

/** IndexedDB's transaction, named through Dexie's types (the Node test build has no DOM lib). */
type NativeTransaction = ReturnType<ReturnType<CatalogDb['backendDB']>['transaction']>;

const committed = (tx: NativeTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('catalog page write aborted', 'AbortError'));
  });

/**
 * Stores a page of the sync, in packs keyed by `page` (catalog-packs.ts), and the place it leaves
 * off in one IndexedDB transaction: a crash keeps both or neither, so a resumed sync never skips
 * rows, and a page fetched again overwrites its packs.
 *
 * Plain IndexedDB under Dexie's connection, not `Table.bulkPut`: the sync writes 100,000 rows
 * and Dexie's per-row middleware (hooks, change tracking for live queries, which the app does not
 * use) cost about a sixth of the bare write rate on the sync's main thread. `relaxed` durability
 * (Chromium: the commit returns once the OS has the data, without a flush to disk): a page lost to
 * a power cut is lost together with its progress row, so the sync fetches it again on resume.
 */
export async function writePage(
  db: CatalogDb,
  slot: Slot,
  page: string,
  rows: readonly CatalogItem[],
  progress: SyncProgress,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const packs = packRows(page, rows);
  const name = db.packs(slot).name;
  const tx = db.backendDB().transaction([name, db.meta.name], 'readwrite', { durability: 'relaxed' });
  const done = committed(tx);
  const store = tx.objectStore(name);
  for (const pack of packs) store.put(pack);
  tx.objectStore(db.meta.name).put(progress);
  // No more requests follow: commit now instead of waiting for the last callback to run.
  tx.commit?.();
  await done;
}

/** The part of a DOM Worker the writer uses, named here: the Node build of the tests has no DOM lib. */
interface WriteWorker {
  postMessage(message: PageWriteRequest): void;
  terminate(): void;
  onmessage: ((event: { data: PageWriteReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
/** The page's Worker constructor (absent in Node), under the name Vite looks for to bundle the worker. */
declare const Worker: (new (url: URL, options: { type: 'module' }) => WriteWorker) | undefined;

/** Where the sync's pages are written: a worker in the app's page, the page itself where there is none. */
export interface PageWriter {
  /** `page`: what the page's pack keys start with (catalog-packs.ts `pagePrefix`). */
  write(slot: Slot, page: string, rows: CatalogItem[], progress: SyncProgress): Promise<void>;
  /** Ends the worker, if any; the sync calls it when it stops. */
  close(): void;
}

export const mainThreadWriter = (db: CatalogDb): PageWriter => ({
  write: (slot, page, rows, progress) => writePage(db, slot, page, rows, progress),
  close: () => {},
});

/**
 * The sync's writes in a worker (page-write-worker.ts): one page in flight at a time, as the sync
 * awaits each. Should the worker fail to start or die, the writes go on in the page: a write the
 * worker did not finish is done again there (packs are keyed by page, so nothing doubles).
 */
export function workerWriter(db: CatalogDb, worker: WriteWorker): PageWriter {
  type Pending = { resolve: () => void; reject: (error: Error) => void; again: () => Promise<void> };
  const waiting = new Map<number, Pending>();
  let nextId = 0;
  let broken = false;
  worker.onmessage = (event) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve();
    else pending?.reject(new Error(reply.message));
  };
  worker.onerror = () => {
    broken = true;
    worker.terminate();
    for (const pending of waiting.values()) pending.again().then(pending.resolve, pending.reject);
    waiting.clear();
  };
  return {
    write: (slot, page, rows, progress) => {
      if (broken) return writePage(db, slot, page, rows, progress);
      return new Promise<void>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject, again: () => writePage(db, slot, page, rows, progress) });
        const request: PageWriteRequest = {
          id,
          database: db.name,
          packs: db.packs(slot).name,
          meta: db.meta.name,
          page,
          rows,
          progress,
        };
        worker.postMessage(request);
      });
    },
    close: () => {
      worker.terminate();
      for (const pending of waiting.values()) pending.reject(new Error('catalog write worker closed'));
      waiting.clear();
    },
  };
}

/** A worker writer in a page that can start module workers (the app), else the main-thread one (Node tests). */
export function openPageWriter(db: CatalogDb): PageWriter {
  if (typeof Worker !== 'function') return mainThreadWriter(db);
  try {
    return workerWriter(
      db,
      new Worker(new URL('./page-write-worker.ts', import.meta.url), { type: 'module' }),
    );
  } catch {
    return mainThreadWriter(db); // a page that may not start workers writes itself
  }
}
