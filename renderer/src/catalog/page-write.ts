import type { CatalogItem, RowsText } from '../bridge/contract.ts';
import type { CatalogDb, Slot, SyncProgress } from './catalog-db.ts';
import { giveWayTo } from './give-way.ts';
import { CHUNK_GIVE_WAY, storePage } from './page-store.ts';
import type { PageWorkerMessage, PageWriteReply, PageWriteRequest } from './page-write-messages.ts';

/**
 * Stores a page of the sync and the place it leaves off (page-store.ts) on the page's own thread:
 * where no write worker runs.
 */
export async function writePage(
  db: CatalogDb,
  slot: Slot,
  page: string,
  rows: readonly CatalogItem[],
  progress: SyncProgress,
  beforeChunk?: () => Promise<void>,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const stores = { packs: db.packs(slot).name, meta: db.meta.name };
  await storePage(db.backendDB(), stores, page, rows, progress, beforeChunk);
}

/** A page's rows from main's text (main's own output: not checked again). */
const rowsOf = (rows: RowsText): CatalogItem[] => JSON.parse(rows.json) as CatalogItem[];

/** The part of a DOM Worker the writer uses, named here: the Node build of the tests has no DOM lib. */
interface WriteWorker {
  postMessage(message: PageWorkerMessage): void;
  terminate(): void;
  onmessage: ((event: { data: PageWriteReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
/** The page's Worker constructor (absent in Node), under the name Vite looks for to bundle the worker. */
declare const Worker: (new (url: URL, options: { type: 'module' }) => WriteWorker) | undefined;

/** Where the sync's pages are written: a worker in the app's page, the page itself where there is none. */
export interface PageWriter {
  /** `page`: what the page's pack keys start with (catalog-packs.ts `pagePrefix`); `rows` as main sent them. */
  write(slot: Slot, page: string, rows: RowsText, progress: SyncProgress): Promise<void>;
  /** A scan began or a lookup started: the writes hold their next transaction until scans pause. */
  foreground(): void;
  /** The lookup was answered (give-way.ts). */
  answered(): void;
  /** Ends the worker, if any; the sync calls it when it stops. */
  close(): void;
}

export function mainThreadWriter(db: CatalogDb): PageWriter {
  const giveWay = giveWayTo(CHUNK_GIVE_WAY);
  return {
    write: (slot, page, rows, progress) => writePage(db, slot, page, rowsOf(rows), progress, giveWay.wait),
    foreground: giveWay.noteForeground,
    answered: giveWay.noteAnswered,
    close: () => {},
  };
}

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
  // Once the worker is gone, the page writes itself, giving way to scans as the worker did.
  const inPage = mainThreadWriter(db);
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
      if (broken) return inPage.write(slot, page, rows, progress);
      return new Promise<void>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject, again: () => inPage.write(slot, page, rows, progress) });
        const request: PageWriteRequest = {
          kind: 'write',
          id,
          database: db.name,
          packs: db.packs(slot).name,
          meta: db.meta.name,
          page,
          rowsJson: rows.json,
          progress,
        };
        worker.postMessage(request);
      });
    },
    foreground: () => {
      if (broken) inPage.foreground();
      else worker.postMessage({ kind: 'foreground' });
    },
    answered: () => {
      if (broken) inPage.answered();
      else worker.postMessage({ kind: 'answered' });
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
