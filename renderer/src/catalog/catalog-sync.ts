import type { CatalogPageAnswer } from '../../../main/ipc/contract.ts';
import type { CatalogDb, Slot, SyncProgress } from './catalog-db.ts';

/** Where pages come from: the main process over IPC in the app, the handlers directly in tests. */
export interface CatalogRemote {
  page(category: string | null, pageNumber: number, pageSize: number): Promise<CatalogPageAnswer>;
  categories(): Promise<string[]>;
}

export interface SyncStatus {
  fetched: number;
  /** Rows DealPOS said there are (grows category by category when it wants a category per request). */
  expected: number;
  requests: number;
  mode: SyncProgress['mode'];
  /** Estimated ms to go, once a few pages have shown the pace. */
  etaMs: number | null;
}

export type SyncOutcome =
  | { kind: 'completed'; count: number; requests: number; slot: Slot }
  /** The rows stored did not add up to what DealPOS said: the old generation stays; the next sync starts over. */
  | { kind: 'mismatch'; count: number; expected: number };

export interface CatalogSyncOptions {
  /** First page size to try when none was learned yet; DealPOS's refusal tells the real limit. */
  initialPageSize?: number;
  now?: () => number;
  onStatus?: (status: SyncStatus) => void;
  /** Called when the new generation starts answering scans, before the old one is cleared. */
  onSwitch?: (slot: Slot, count: number) => void;
}

const otherSlot = (slot: Slot | undefined): Slot => (slot === 'A' ? 'B' : 'A');

/**
 * Copies DealPOS's variant catalog into IndexedDB in as few requests as it can: the largest page
 * DealPOS accepts, one list request per page, RecordsCount of the first page instead of a
 * separate count. It writes into the slot scans are not reading, saves its place with every
 * page (so an interrupted sync resumes), and switches scans over only when the row count
 * matches what DealPOS said.
 */
export class CatalogSync {
  readonly #db: CatalogDb;
  readonly #remote: CatalogRemote;
  readonly #options: CatalogSyncOptions;
  readonly #now: () => number;

  constructor(db: CatalogDb, remote: CatalogRemote, options: CatalogSyncOptions = {}) {
    this.#db = db;
    this.#remote = remote;
    this.#options = options;
    this.#now = options.now ?? (() => Date.now());
  }

  /** Runs (or resumes) a sync to the end. Throws what the remote throws (offline...), keeping its place. */
  async run(signal?: AbortSignal): Promise<SyncOutcome> {
    let progress = (await this.#db.progress()) ?? (await this.#begin());
    const started = this.#now();
    const requestsAtStart = progress.requests;
    // The next page, already asked for while the current one is written (writing takes longer
    // than the download on a slow disk, and the two no longer add up).
    let prefetched: Promise<CatalogPageAnswer> | null = null;

    for (;;) {
      signal?.throwIfAborted();
      const category = this.#currentList(progress);
      if (category === undefined) break; // every list done
      const answer = await (prefetched ?? this.#remote.page(category, progress.nextPage, progress.pageSize));
      prefetched = null;
      progress = { ...progress, requests: progress.requests + 1 };

      if (answer.kind === 'page-size-refused') {
        progress = await this.#stepDown(progress, answer.maxPageSize);
        continue;
      }
      if (answer.kind === 'category-required') {
        const categories = await this.#remote.categories();
        progress = {
          ...progress,
          mode: 'by-category',
          categories,
          categoryIndex: 0,
          nextPage: 1,
          expected: 0,
          expectedBefore: 0,
          requests: progress.requests + 1,
        };
        await this.#db.meta.put(progress);
        continue;
      }

      const { rows, total } = answer;
      const seenBefore = (progress.nextPage - 1) * progress.pageSize;
      const categoryTotal = total ?? seenBefore + rows.length;
      const last = rows.length < progress.pageSize || seenBefore + rows.length >= categoryTotal;
      const expected = progress.expectedBefore + categoryTotal;
      progress = {
        ...progress,
        mode: progress.mode === 'unknown' ? 'all' : progress.mode,
        fetched: progress.fetched + rows.length,
        expected,
        ...(last
          ? { nextPage: 1, categoryIndex: progress.categoryIndex + 1, expectedBefore: expected }
          : { nextPage: progress.nextPage + 1 }),
      };
      const next = this.#currentList(progress);
      if (next !== undefined) {
        prefetched = this.#remote.page(next, progress.nextPage, progress.pageSize);
        // If writing fails first, this answer is never awaited: do not report it as unhandled.
        prefetched.catch(() => undefined);
      }
      const table = this.#db.items(progress.slot);
      const saved = progress;
      // The rows and the place they leave off are written together: a crash keeps both or
      // neither (a prefetched page that was never written is simply fetched again).
      await this.#db.transaction('rw', table, this.#db.meta, async () => {
        await table.bulkPut(rows);
        await this.#db.meta.put(saved);
      });
      this.#report(progress, started, requestsAtStart);
    }
    return this.#finish(progress);
  }

  /** The list to fetch next: null for the whole catalog, a category path, or undefined when all are done. */
  #currentList(progress: SyncProgress): string | null | undefined {
    if (progress.mode === 'by-category') return progress.categories?.[progress.categoryIndex];
    return progress.categoryIndex > 0 ? undefined : null;
  }

  async #begin(): Promise<SyncProgress> {
    const active = await this.#db.active();
    const learned = await this.#db.meta.get('page-size');
    const listMode = await this.#db.meta.get('list-mode');
    const slot = otherSlot(active?.slot);
    // DealPOS wanted a category last time: ask for the category list straight away instead of
    // spending a request on being refused again.
    const byCategory = listMode?.key === 'list-mode' && listMode.value === 'by-category';
    const categories = byCategory ? await this.#remote.categories() : null;
    const progress: SyncProgress = {
      key: 'sync',
      slot,
      startedAt: this.#now(),
      mode: byCategory ? 'by-category' : 'unknown',
      pageSize: learned?.key === 'page-size' ? learned.value : (this.#options.initialPageSize ?? 5000),
      categories,
      categoryIndex: 0,
      nextPage: 1,
      expected: 0,
      expectedBefore: 0,
      fetched: 0,
      requests: byCategory ? 1 : 0,
    };
    await this.#db.transaction('rw', this.#db.items(slot), this.#db.meta, async () => {
      await this.#db.items(slot).clear();
      await this.#db.meta.put(progress);
    });
    return progress;
  }

  /** DealPOS refused the page size: use its limit (or half) and start the current list again. */
  async #stepDown(progress: SyncProgress, limit: number | null): Promise<SyncProgress> {
    const smaller = limit !== null && limit < progress.pageSize ? limit : Math.floor(progress.pageSize / 2);
    if (smaller < 1) throw new Error('DealPOS refused every page size');
    // Page boundaries move with the size: fetch the current list from its first page. Rows
    // already stored are keyed by ID, so fetching them again does not duplicate them.
    const next = { ...progress, pageSize: smaller, nextPage: 1 };
    await this.#db.meta.put(next);
    return next;
  }

  async #finish(progress: SyncProgress): Promise<SyncOutcome> {
    const table = this.#db.items(progress.slot);
    const count = await table.count();
    if (count !== progress.expected) {
      await this.#db.meta.delete('sync');
      return { kind: 'mismatch', count, expected: progress.expected };
    }
    const previous = await this.#db.active();
    await this.#db.transaction('rw', this.#db.meta, async () => {
      await this.#db.meta.put({ key: 'active', slot: progress.slot, count, completedAt: this.#now() });
      await this.#db.meta.put({ key: 'page-size', value: progress.pageSize });
      if (progress.mode !== 'unknown') await this.#db.meta.put({ key: 'list-mode', value: progress.mode });
      await this.#db.meta.delete('sync');
    });
    this.#options.onSwitch?.(progress.slot, count);
    if (previous && previous.slot !== progress.slot) await this.#db.items(previous.slot).clear();
    return { kind: 'completed', count, requests: progress.requests, slot: progress.slot };
  }

  #report(progress: SyncProgress, started: number, requestsAtStart: number): void {
    if (!this.#options.onStatus) return;
    const madeHere = progress.requests - requestsAtStart;
    const perRequest = madeHere >= 2 ? (this.#now() - started) / madeHere : null;
    const rowsLeft = Math.max(0, progress.expected - progress.fetched);
    const categoriesLeft =
      progress.mode === 'by-category'
        ? Math.max(0, (progress.categories?.length ?? 0) - progress.categoryIndex)
        : 0;
    const requestsLeft = Math.ceil(rowsLeft / progress.pageSize) + categoriesLeft;
    this.#options.onStatus({
      fetched: progress.fetched,
      expected: progress.expected,
      requests: progress.requests,
      mode: progress.mode,
      etaMs: perRequest === null ? null : Math.round(perRequest * requestsLeft),
    });
  }
}
