/// <reference lib="webworker" />
// The catalog sync's writes, off the page's main thread: each put's structured clone and each
// request's success event cost the page ~0.1 ms a row, and during a sync the main thread also
// takes in the next page from main and renders the progress, so the writes waited their turn.

import type { CatalogItem } from '../bridge/contract.ts';
import { giveWayTo } from './give-way.ts';
import { CHUNK_GIVE_WAY, storePage } from './page-store.ts';
import type { PageWorkerMessage, PageWriteReply, PageWriteRequest } from './page-write-messages.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const connections = new Map<string, Promise<IDBDatabase>>();

const connect = (name: string): Promise<IDBDatabase> => {
  const known = connections.get(name);
  if (known) return known;
  const opening = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      // The page's Dexie may upgrade the database: step aside so it is not blocked.
      request.result.onversionchange = () => {
        request.result.close();
        connections.delete(name);
      };
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
  connections.set(name, opening);
  opening.catch(() => connections.delete(name));
  return opening;
};

// Between a page's transactions the worker waits while the cashier scans (the page says so).
const giveWay = giveWayTo(CHUNK_GIVE_WAY);

const epochNow = () => performance.timeOrigin + performance.now();

async function write(request: PageWriteRequest): Promise<PageWriteReply> {
  const db = await connect(request.database);
  const start = epochNow();
  const stores = { packs: request.packs, meta: request.meta };
  const rows = JSON.parse(request.rowsJson) as CatalogItem[];
  await storePage(db, stores, request.page, rows, request.progress, giveWay.wait);
  return {
    id: request.id,
    ok: true,
    transaction: { stores: [request.packs, request.meta], start, end: epochNow() },
  };
}

scope.onmessage = (event: MessageEvent<PageWorkerMessage>) => {
  const request = event.data;
  if (request.kind !== 'write')
    return request.kind === 'foreground' ? giveWay.noteForeground() : giveWay.noteAnswered();
  write(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies PageWriteReply),
  );
};
