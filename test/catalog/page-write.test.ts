import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { rowsText } from '../../main/catalog/catalog-channels.ts';
import type { CatalogItem } from '../../renderer/src/bridge/contract.ts';
import { CatalogDb, type SyncProgress } from '../../renderer/src/catalog/catalog-db.ts';
import { PACK_SIZE } from '../../renderer/src/catalog/catalog-packs.ts';
import { PACKS_PER_TRANSACTION, storePage } from '../../renderer/src/catalog/page-store.ts';
import { workerWriter, writePage } from '../../renderer/src/catalog/page-write.ts';
import type { PageWorkerMessage, PageWriteReply } from '../../renderer/src/catalog/page-write-messages.ts';

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
    posted: [] as PageWorkerMessage[],
    terminated: false,
    onmessage: null as ((event: { data: PageWriteReply }) => void) | null,
    onerror: null as ((event: { message?: string }) => void) | null,
    postMessage(message: PageWorkerMessage) {
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

    const first = writer.write('A', 'all:0000001:', rowsText([item(1), item(2)]), progress(2));
    expect(worker.posted).toHaveLength(1);
    worker.onerror?.({ message: 'script failed to load' });
    await first;
    await writer.write('A', 'all:0000002:', rowsText([item(3), item(4)]), progress(3));

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
    const write = writer.write('A', 'all:0000001:', rowsText([item(1)]), progress(2));
    const posted = worker.posted[0];
    const id = posted?.kind === 'write' ? posted.id : -1;
    worker.onmessage?.({ data: { id, ok: false, message: 'QuotaExceededError' } });
    await expect(write).rejects.toThrow('QuotaExceededError');
    expect(await db.itemCount('A')).toBe(0);
    writer.close();
    db.close();
  });
});

describe('storing a page in several transactions', () => {
  // One chunk's worth of rows: PACKS_PER_TRANSACTION packs of PACK_SIZE.
  const chunk = PACK_SIZE * PACKS_PER_TRANSACTION;
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, n) => item(from + n));

  it('moves the place on only with the last transaction, and a page fetched again replaces what a cut-off write left', async () => {
    const db = new CatalogDb('page-store-cut-off');
    await db.open();
    const stores = { packs: db.packs('A').name, meta: db.meta.name };
    await storePage(db.backendDB(), stores, 'all:0000001:', rows(1, 2), progress(2));

    // The second chunk holds a row IndexedDB cannot store (structured clone refuses a function):
    // the first chunk is stored, the rest and the new place are not.
    const page2 = rows(1000, chunk * 2 + 5);
    const broken = { ...page2[chunk + 3], unitPrice: () => 0 } as unknown as CatalogItem;
    page2[chunk + 3] = broken;
    await expect(storePage(db.backendDB(), stores, 'all:0000002:', page2, progress(3))).rejects.toThrow();
    expect((await db.progress())?.nextPage).toBe(2);
    expect(await db.itemCount('A')).toBe(2 + chunk);

    // Fetched again (shorter now): its leftovers from the cut-off write are gone.
    await storePage(db.backendDB(), stores, 'all:0000002:', rows(5000, 3), progress(3));
    expect((await db.progress())?.nextPage).toBe(3);
    expect((await db.allItems('A')).map((row) => row.id)).toEqual(['v1', 'v2', 'v5000', 'v5001', 'v5002']);
    db.close();
  });

  it('holds its next transaction while the writer is told to wait, and stores the rest after', async () => {
    const db = new CatalogDb('page-store-held');
    await db.open();
    const stores = { packs: db.packs('A').name, meta: db.meta.name };
    await storePage(db.backendDB(), stores, 'all:0000001:', rows(1, 2), progress(2));
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    // The second chunk waits at the gate, as behind a cashier's scans (give-way.ts).
    const before = async () => {
      if (++asked === 2) await gate;
    };
    const writing = storePage(
      db.backendDB(),
      stores,
      'all:0000002:',
      rows(100, chunk * 2 + 1),
      progress(3),
      before,
    );
    await vi.waitFor(() => expect(asked).toBe(2));
    expect(await db.itemCount('A')).toBe(2 + chunk);
    expect((await db.progress())?.nextPage).toBe(2);

    release();
    await writing;
    expect(asked).toBe(3);
    expect(await db.itemCount('A')).toBe(2 + chunk * 2 + 1);
    expect((await db.progress())?.nextPage).toBe(3);
    db.close();
  });

  it("passes the cashier's scans and their answers on to the write worker", () => {
    const db = new CatalogDb('page-store-foreground');
    const worker = failingWorker();
    const writer = workerWriter(db, worker);
    writer.foreground();
    writer.answered();
    expect(worker.posted).toEqual([{ kind: 'foreground' }, { kind: 'answered' }]);
    writer.close();
  });

  it('stores a page bigger than one transaction whole, with its place', async () => {
    const db = new CatalogDb('page-store-whole');
    await db.open();
    const page = rows(1, chunk * 3 + 7);
    await writePage(db, 'A', 'all:0000001:', page, progress(2));
    expect(await db.itemCount('A')).toBe(page.length);
    expect((await db.progress())?.nextPage).toBe(2);
    db.close();
  });
});
