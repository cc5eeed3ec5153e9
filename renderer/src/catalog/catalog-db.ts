import Dexie, { type Table } from 'dexie';
import type { CatalogItem } from '../../../main/ipc/contract.ts';

/** The two tables a catalog generation can live in: scans read one while a sync fills the other. */
export type Slot = 'A' | 'B';

/** Which generation answers scans. */
export interface ActiveGeneration {
  key: 'active';
  slot: Slot;
  count: number;
  /** Epoch ms when its sync finished. */
  completedAt: number;
}

/** A sync in progress, written with every page so it can resume after the app or the network dies. */
export interface SyncProgress {
  key: 'sync';
  slot: Slot;
  startedAt: number;
  /** Until the first answer: whether DealPOS lists everything at once or wants a category per request. */
  mode: 'unknown' | 'all' | 'by-category';
  pageSize: number;
  /** By-category mode: every category path, and which one is being fetched. */
  categories: string[] | null;
  categoryIndex: number;
  /** The next page to fetch (of the current category in by-category mode). */
  nextPage: number;
  /** Rows DealPOS said there are, summed over finished categories plus the current one. */
  expected: number;
  expectedBefore: number;
  fetched: number;
  requests: number;
}

/** The largest page size DealPOS accepted, kept so the next sync does not ask again. */
export interface LearnedPageSize {
  key: 'page-size';
  value: number;
}

/** Whether DealPOS wanted a category per list request last time, so the next sync asks by category at once. */
export interface LearnedListMode {
  key: 'list-mode';
  value: 'all' | 'by-category';
}

export type MetaRow = ActiveGeneration | SyncProgress | LearnedPageSize | LearnedListMode;

/**
 * The variant catalog in IndexedDB: items keyed by ID with an index on the code (the barcode),
 * in two slots, plus the sync metadata.
 */
export class CatalogDb extends Dexie {
  itemsA!: Table<CatalogItem, string>;
  itemsB!: Table<CatalogItem, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'dealpos-catalog', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ itemsA: 'id, code', itemsB: 'id, code', meta: 'key' });
  }

  items(slot: Slot): Table<CatalogItem, string> {
    return slot === 'A' ? this.itemsA : this.itemsB;
  }

  async active(): Promise<ActiveGeneration | undefined> {
    return (await this.meta.get('active')) as ActiveGeneration | undefined;
  }

  async progress(): Promise<SyncProgress | undefined> {
    return (await this.meta.get('sync')) as SyncProgress | undefined;
  }
}
