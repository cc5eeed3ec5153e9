/// <reference lib="webworker" />
// The catalog sync's writes, off the page's main thread: each put's structured clone and each
// request's success event cost the page ~0.1 ms a row, and during a sync the main thread also
// takes in the next page from main and renders the progress, so the writes waited their turn.
import { packRows } from './catalog-packs.ts';
import type { PageWriteReply, PageWriteRequest } from './page-write-messages.ts';

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

const epochNow = () => performance.timeOrigin + performance.now();

async function write(request: PageWriteRequest): Promise<PageWriteReply> {
  const db = await connect(request.database);
  const packs = packRows(request.page, request.rows);
  const start = epochNow();
  // relaxed: see page-write.ts.
  const tx = db.transaction([request.packs, request.meta], 'readwrite', { durability: 'relaxed' });
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('catalog page write aborted'));
  });
  const store = tx.objectStore(request.packs);
  for (const pack of packs) store.put(pack);
  tx.objectStore(request.meta).put(request.progress);
  tx.commit();
  await done;
  return {
    id: request.id,
    ok: true,
    transaction: { stores: [request.packs, request.meta], start, end: epochNow() },
  };
}

scope.onmessage = (event: MessageEvent<PageWriteRequest>) => {
  const request = event.data;
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
