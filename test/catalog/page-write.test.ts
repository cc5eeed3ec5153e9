import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../renderer/src/bridge/contract.ts';
import { CatalogDb, type SyncProgress } from '../../renderer/src/catalog/catalog-db.ts';
import { workerWriter } from '../../renderer/src/catalog/page-write.ts';
import type { PageWriteReply, PageWriteRequest } from '../../renderer/src/catalog/page-write-messages.ts';

// The sync writes its pages in a worker in the app's page; a PC where the worker cannot start
// (or dies mid-sync) must still end up with every page and its place stored.

const item = (n: number): CatalogItem => ({
  id: `v${n}`,
  code: `899${n}`,
  name: `Kaos ${n}`,
  product: 'Kaos',
  variant: null,
  category: null,
  type: null,
  unitPrice: 45_000,
  discontinued: false,
});

const progress = (nextPage: number): SyncProgress => ({
  key: 'sync',
  slot: 'A',
  startedAt: 0,
  mode: 'all',
  pageSize: 2,
  listPageSize: 2,
  shortPage: null,
  sizeProven: true,
  categories: null,
  categoryIndex: 0,
  nextPage,
  expected: 4,
  expectedBefore: 0,
  fetched: (nextPage - 1) * 2,
  fetchedBefore: 0,
  requests: nextPage - 1,
});

/** A worker that never answers and then fails, as one whose script could not load. */
const failingWorker = () => {
  const worker = {
    posted: [] as PageWriteRequest[],
    terminated: false,
    onmessage: null as ((event: { data: PageWriteReply }) => void) | null,
    onerror: null as ((event: { message?: string }) => void) | null,
    postMessage(message: PageWriteRequest) {
      worker.posted.push(message);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
};

describe('writing the catalog sync pages', () => {
  it('stores a page in the page itself when the write worker fails, and keeps doing so', async () => {
    const db = new CatalogDb('page-write-fallback');
    await db.open();
    const worker = failingWorker();
    const writer = workerWriter(db, worker);

    const first = writer.write('A', 'all:0000001:', [item(1), item(2)], progress(2));
    expect(worker.posted).toHaveLength(1);
    worker.onerror?.({ message: 'script failed to load' });
    await first;
    await writer.write('A', 'all:0000002:', [item(3), item(4)], progress(3));

    expect(worker.terminated).toBe(true);
    expect(worker.posted).toHaveLength(1);
    expect((await db.allItems('A')).map((row) => row.code)).toEqual(['8991', '8992', '8993', '8994']);
    expect((await db.progress())?.nextPage).toBe(3);
    writer.close();
    db.close();
  });

  it('passes on a write the worker reports as failed, so the sync stops and can resume', async () => {
    const db = new CatalogDb('page-write-refused');
    await db.open();
    const worker = failingWorker();
    const writer = workerWriter(db, worker);
    const write = writer.write('A', 'all:0000001:', [item(1)], progress(2));
    const id = worker.posted[0]?.id ?? -1;
    worker.onmessage?.({ data: { id, ok: false, message: 'QuotaExceededError' } });
    await expect(write).rejects.toThrow('QuotaExceededError');
    expect(await db.itemCount('A')).toBe(0);
    writer.close();
    db.close();
  });
});
