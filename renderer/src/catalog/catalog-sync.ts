import type { CatalogPageMessage, ProductPageMessage } from '../bridge/contract.ts';
import type { CatalogDb, Slot, SyncProgress } from './catalog-db.ts';
import { listPrefix, pagePrefix } from './catalog-packs.ts';
import { listAnswer, type PageAnswer } from './list-answer.ts';
import { stepAfterPage } from './list-paging.ts';
import { openPageWriter, type PageWriter } from './page-write.ts';

/** Where pages come from: the main process over IPC in the app, the handlers directly in tests. */
export interface CatalogRemote {
  /** A page of `/Product` with each product's variants and stock. */
  products(pageNumber: number, pageSize: number): Promise<ProductPageMessage>;
  page(category: string | null, pageNumber: number, pageSize: number): Promise<CatalogPageMessage>;
  categories(): Promise<string[]>;
}

export interface SyncStatus {
  fetched: number;
  /** Items DealPOS said there are; null while it gives no count (`/Product` answers `RecordsCount: -1`). */
  expected: number | null;
  requests: number;
  mode: SyncProgress['mode'];
  /** Estimated ms to go, once a few pages have shown the pace. */
  etaMs: number | null;
}

export type SyncOutcome =
  | { kind: 'completed'; count: number; requests: number; slot: Slot; source: 'products' | 'variants' }
  /** The rows stored did not add up to what DealPOS said: the old generation stays; the next sync starts over. */
  | { kind: 'mismatch'; count: number; expected: number };

export interface CatalogSyncOptions {
  /** First page size to try when none was learned yet; DealPOS's refusal or a cut page tells the real limit. */
  initialPageSize?: number;
  now?: () => number;
  onStatus?: (status: SyncStatus) => void;
  /** Called when the new generation starts answering scans, before the old one is cleared. */
  onSwitch?: (slot: Slot, count: number) => void;
  /** Where pages are written; by default a worker where the page can start one (`openPageWriter`). */
  writer?: (db: CatalogDb) => PageWriter;
  /** Awaited before each next page is asked for and written: the cashier's scans go first (give-way.ts). */
  giveWay?: () => Promise<void>;
}

const otherSlot = (slot: Slot | undefined): Slot => (slot === 'A' ? 'B' : 'A');

/** What the current list's pack keys start with: one list per category in by-category mode. */
const listOf = (progress: SyncProgress): string =>
  listPrefix(
    progress.mode === 'by-category'
      ? progress.categoryIndex
      : progress.mode === 'products'
        ? 'products'
        : 'all',
  );

/** A sync that starts its lists over from scratch (its slot cleared). */
const NOTHING_STORED = { expected: 0, expectedBefore: 0, fetched: 0, fetchedBefore: 0 } as const;
const DEFAULT_PAGE_SIZE = 5000;

/**
 * Copies DealPOS's catalog into IndexedDB in as few requests as it can: `/Product` with stock
 * first (a page of products brings all their variants), `/Variant` where that is refused; the
 * largest page DealPOS serves, learned from a refusal or from a page it cut short. It writes into
 * the slot scans are not reading, saves its place with every page (so an interrupted sync
 * resumes), and switches scans over only when the item count adds up.
 */
export class CatalogSync {
  readonly #db: CatalogDb;
  readonly #remote: CatalogRemote;
  readonly #options: CatalogSyncOptions;
  readonly #now: () => number;
  /**
   * The item IDs this run stored, per list, when it began the sync itself (null after a resume):
   * the finish check counts distinct items from them in milliseconds, where walking the `ids`
   * index takes ~2-3 s for 100,000 items in Chromium (measured in the bench page).
   */
  #stored: Map<string, string[]> | null = null;
  /** Where the running sync writes its pages. */
  #writer: PageWriter | null = null;

  constructor(db: CatalogDb, remote: CatalogRemote, options: CatalogSyncOptions = {}) {
    this.#db = db;
    this.#remote = remote;
    this.#options = options;
    this.#now = options.now ?? (() => Date.now());
  }

  /** Runs (or resumes) a sync to the end. Throws what the remote throws (offline...), keeping its place. */
  async run(signal?: AbortSignal): Promise<SyncOutcome> {
    const writer = (this.#options.writer ?? openPageWriter)(this.#db);
    this.#writer = writer;
    try {
      return await this.#walk(writer, signal);
    } finally {
      this.#writer = null;
      writer.close();
    }
  }

  /** A scan began or a lookup started: a page being written holds its next transaction until scans pause. */
  foreground(): void {
    this.#writer?.foreground();
  }

  /** The lookup was answered. */
  answered(): void {
    this.#writer?.answered();
  }

  async #walk(writer: PageWriter, signal?: AbortSignal): Promise<SyncOutcome> {
    let progress = (await this.#db.progress()) ?? (await this.#begin());
    const started = this.#now();
    const requestsAtStart = progress.requests;
    // The next page, already asked for while the current one is written (writing takes longer
    // than the download on a slow disk, and the two no longer add up).
    let prefetched: Promise<PageAnswer> | null = null;

    for (;;) {
      signal?.throwIfAborted();
      const category = this.#currentList(progress);
      if (category === undefined) break; // every list done
      const answer = await (prefetched ?? this.#fetch(progress, category));
      prefetched = null;
      progress = { ...progress, requests: progress.requests + 1 };

      if (answer.kind === 'source-refused') {
        progress = await this.#toVariants(progress);
        continue;
      }
      if (answer.kind === 'page-size-refused') {
        progress = await this.#stepDown(progress, answer.maxPageSize);
        continue;
      }
      if (answer.kind === 'category-required') {
        progress = await this.#byCategory(progress);
        continue;
      }

      const { rows, listRows, total } = answer;
      const list = listOf(progress);
      const page = pagePrefix(list, progress.nextPage);
      const step = stepAfterPage(progress, listRows, total);
      if (step.kind === 'restart') {
        progress = await this.#restart(
          { ...progress, ...step.place, listPageSize: step.place.pageSize, fetched: progress.fetchedBefore },
          progress,
        );
        continue;
      }
      const fetched = progress.fetched + rows.count;
      // /Variant's count is the items'; /Product counts products, not the variants stored, and
      // with no count the items are what the pages brought.
      const expected =
        total === null || progress.mode === 'products'
          ? progress.expectedBefore + (fetched - progress.fetchedBefore)
          : progress.expectedBefore + total;
      progress = {
        ...progress,
        mode: progress.mode === 'unknown' ? 'all' : progress.mode,
        fetched,
        expected,
      };
      progress =
        step.kind === 'next'
          ? { ...progress, ...step.place }
          : {
              ...progress,
              nextPage: 1,
              categoryIndex: progress.categoryIndex + 1,
              expectedBefore: expected,
              fetchedBefore: fetched,
              shortPage: null,
              // A cut page taught the limit: later lists start there. A list that merely ended
              // short taught nothing, so the next one asks the full size again.
              listPageSize: progress.sizeProven ? progress.pageSize : progress.listPageSize,
              pageSize: progress.sizeProven ? progress.pageSize : progress.listPageSize,
              sizeProven: false,
            };
      const next = this.#currentList(progress);
      await this.#options.giveWay?.();
      if (next !== undefined) {
        prefetched = this.#fetch(progress, next);
        // If writing fails first, this answer is never awaited: do not report it as unhandled.
        prefetched.catch(() => undefined);
      }
      // The place moves on only once the page's rows are all stored (page-store.ts).
      await writer.write(progress.slot, page, rows, progress);
      this.#remember(list, rows.ids);
      this.#report(progress, started, requestsAtStart, total !== null);
    }
    return this.#finish(progress);
  }

  #fetch(progress: SyncProgress, category: string | null): Promise<PageAnswer> {
    if (progress.mode === 'products')
      return this.#remote.products(progress.nextPage, progress.pageSize).then(listAnswer);
    return this.#remote.page(category, progress.nextPage, progress.pageSize).then(listAnswer);
  }

  /** The list to fetch next: null for the whole catalog, a category path, or undefined when all are done. */
  #currentList(progress: SyncProgress): string | null | undefined {
    if (progress.mode === 'by-category') return progress.categories?.[progress.categoryIndex];
    return progress.categoryIndex > 0 ? undefined : null;
  }

  async #learned(key: 'page-size' | 'product-page-size'): Promise<number> {
    const row = await this.#db.meta.get(key);
    return row?.key === key ? row.value : (this.#options.initialPageSize ?? DEFAULT_PAGE_SIZE);
  }

  async #begin(): Promise<SyncProgress> {
    const active = await this.#db.active();
    const listMode = await this.#db.meta.get('list-mode');
    const learnedMode = listMode?.key === 'list-mode' ? listMode.value : 'products';
    const slot = otherSlot(active?.slot);
    // DealPOS refused /Product and wanted a category last time: ask for the category list
    // straight away instead of spending requests on being refused again.
    const byCategory = learnedMode === 'by-category';
    const categories = byCategory ? await this.#remote.categories() : null;
    const mode = learnedMode === 'products' ? 'products' : byCategory ? 'by-category' : 'unknown';
    const pageSize = await this.#learned(mode === 'products' ? 'product-page-size' : 'page-size');
    const progress: SyncProgress = {
      key: 'sync',
      slot,
      startedAt: this.#now(),
      mode,
      pageSize,
      listPageSize: pageSize,
      shortPage: null,
      sizeProven: false,
      categories,
      categoryIndex: 0,
      nextPage: 1,
      expected: 0,
      expectedBefore: 0,
      fetched: 0,
      fetchedBefore: 0,
      requests: byCategory ? 1 : 0,
    };
    await this.#db.transaction('rw', this.#db.packs(slot), this.#db.meta, async () => {
      await this.#db.packs(slot).clear();
      await this.#db.meta.put(progress);
    });
    this.#stored = new Map();
    return progress;
  }

  /** DealPOS does not serve /Product here: the same sync goes on from /Variant's first page. */
  async #toVariants(progress: SyncProgress): Promise<SyncProgress> {
    const pageSize = await this.#learned('page-size');
    const next: SyncProgress = {
      ...progress,
      mode: 'unknown',
      pageSize,
      listPageSize: pageSize,
      shortPage: null,
      sizeProven: false,
      nextPage: 1,
      ...NOTHING_STORED,
    };
    return this.#restart(next, progress, 'slot');
  }

  async #byCategory(progress: SyncProgress): Promise<SyncProgress> {
    const categories = await this.#remote.categories();
    const next: SyncProgress = {
      ...progress,
      mode: 'by-category',
      categories,
      categoryIndex: 0,
      nextPage: 1,
      requests: progress.requests + 1,
      ...NOTHING_STORED,
    };
    return this.#restart(next, progress, 'slot');
  }

  /** DealPOS refused the page size: use its limit (or half) and start the current list again. */
  async #stepDown(progress: SyncProgress, limit: number | null): Promise<SyncProgress> {
    const smaller = limit !== null && limit < progress.pageSize ? limit : Math.floor(progress.pageSize / 2);
    if (smaller < 1) throw new Error('DealPOS refused every page size');
    // Page boundaries move with the size: fetch the current list from its first page (its packs
    // stored so far go: keyed by page, they would not be overwritten at the new boundaries).
    const next = {
      ...progress,
      pageSize: smaller,
      listPageSize: smaller,
      nextPage: 1,
      shortPage: null,
      fetched: progress.fetchedBefore,
    };
    return this.#restart(next, progress);
  }

  /**
   * Saves the place a restarted list (or, with `slot`, the whole sync) starts from, deleting what
   * it stored before in the same transaction: packs are keyed by page, so rows fetched again at
   * new page boundaries would otherwise sit beside the old packs. Nothing stored, nothing to
   * delete: only the place is saved.
   */
  async #restart(next: SyncProgress, before: SyncProgress, scope: 'list' | 'slot' = 'list') {
    const stored = scope === 'slot' ? before.fetched > 0 : before.fetched > before.fetchedBefore;
    if (!stored) {
      await this.#db.meta.put(next);
      return next;
    }
    const packs = this.#db.packs(before.slot);
    await this.#db.transaction('rw', packs, this.#db.meta, async () => {
      if (scope === 'slot') await packs.clear();
      else await packs.where(':id').startsWith(listOf(before)).delete();
      await this.#db.meta.put(next);
    });
    if (scope === 'slot') this.#stored?.clear();
    else this.#stored?.delete(listOf(before));
    return next;
  }

  #remember(list: string, rowIds: readonly string[]): void {
    if (!this.#stored) return;
    const ids = this.#stored.get(list) ?? [];
    for (const id of rowIds) ids.push(id);
    this.#stored.set(list, ids);
  }

  /**
   * Items, not rows received: a row DealPOS sent twice (a repeated page, a list that shifted
   * between pages) sits in two packs but is one item, as item-per-record tables counted it.
   */
  async #itemsStored(slot: Slot): Promise<number> {
    const entries = await this.#db.itemCount(slot);
    const ids = this.#stored ? [...this.#stored.values()].flat() : null;
    // What this run stored is the whole slot (it cleared it first): count its distinct IDs.
    if (ids && ids.length === entries) return new Set(ids).size;
    return this.#db.distinctItemCount(slot);
  }

  async #finish(progress: SyncProgress): Promise<SyncOutcome> {
    const count = await this.#itemsStored(progress.slot);
    if (count !== progress.expected) {
      await this.#db.meta.delete('sync');
      return { kind: 'mismatch', count, expected: progress.expected };
    }
    const previous = await this.#db.active();
    const products = progress.mode === 'products';
    await this.#db.transaction('rw', this.#db.meta, async () => {
      await this.#db.meta.put({ key: 'active', slot: progress.slot, count, completedAt: this.#now() });
      await this.#db.meta.put({
        key: products ? 'product-page-size' : 'page-size',
        value: progress.listPageSize,
      });
      if (progress.mode !== 'unknown') await this.#db.meta.put({ key: 'list-mode', value: progress.mode });
      await this.#db.meta.delete('sync');
    });
    this.#options.onSwitch?.(progress.slot, count);
    if (previous && previous.slot !== progress.slot) await this.#db.packs(previous.slot).clear();
    return {
      kind: 'completed',
      count,
      requests: progress.requests,
      slot: progress.slot,
      source: products ? 'products' : 'variants',
    };
  }

  #report(progress: SyncProgress, started: number, requestsAtStart: number, counted: boolean): void {
    if (!this.#options.onStatus) return;
    const madeHere = progress.requests - requestsAtStart;
    const perRequest = madeHere >= 2 ? (this.#now() - started) / madeHere : null;
    const known = counted && progress.mode !== 'products';
    const rowsLeft = known ? Math.max(0, progress.expected - progress.fetched) : 0;
    const categoriesLeft =
      progress.mode === 'by-category'
        ? Math.max(0, (progress.categories?.length ?? 0) - progress.categoryIndex)
        : 0;
    const requestsLeft = Math.ceil(rowsLeft / progress.pageSize) + categoriesLeft;
    this.#options.onStatus({
      fetched: progress.fetched,
      expected: known ? progress.expected : null,
      requests: progress.requests,
      mode: progress.mode,
      etaMs: perRequest === null || !known ? null : Math.round(perRequest * requestsLeft),
    });
  }
}
