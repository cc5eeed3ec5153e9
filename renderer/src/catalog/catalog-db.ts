import Dexie, { type Table } from 'dexie';
import type { CatalogItem } from '../bridge/contract.ts';

/** The two tables a catalog generation can live in: scans read one while a sync fills the other. */
export type Slot = 'A' | 'B';

/** Which generation answers scans. */
export interface ActiveGeneration {
  key: 'active';
  slot: Slot;
  count: number;
  /** Epoch ms when its sync finished. */
  completedAt: number;
  /** Synced before items carried stock and category: it answers scans, and the next refresh is due at once. */
  needsRefresh?: boolean;
}

/** A sync in progress, written with every page so it can resume after the app or the network dies. */
export interface SyncProgress {
  key: 'sync';
  slot: Slot;
  startedAt: number;
  /**
   * Which list is read: `products` (`/Product` with stock, tried first), or `/Variant` where that
   * is refused: `unknown` until the first answer says whether it lists everything at once
   * (`all`) or wants a category per request (`by-category`).
   */
  mode: 'products' | 'unknown' | 'all' | 'by-category';
  /** Page size of the current list. */
  pageSize: number;
  /** Page size each list starts with: the one asked for, or the limit DealPOS showed. */
  listPageSize: number;
  /** The current list's last page came back short with no count to confirm the end: the next page is the probe. */
  shortPage: { page: number; rows: number } | null;
  /** A page of the current list came back full. */
  sizeProven: boolean;
  /** By-category mode: every category path, and which one is being fetched. */
  categories: string[] | null;
  categoryIndex: number;
  /** The next page to fetch (of the current category in by-category mode). */
  nextPage: number;
  /** Rows DealPOS said there are, summed over finished categories plus the current one. */
  expected: number;
  expectedBefore: number;
  /** Items stored, and items stored before the current list began. */
  fetched: number;
  fetchedBefore: number;
  requests: number;
}

/** The largest page size DealPOS served for a list (`page-size`: `/Variant`; `product-page-size`: `/Product`), kept so the next sync does not ask again. */
export interface LearnedPageSize {
  key: 'page-size' | 'product-page-size';
  value: number;
}

/**
 * Which list served the last sync: `products`, or (DealPOS refused `/Product`) whether `/Variant`
 * wanted a category per request, so the next sync asks the right way at once.
 */
export interface LearnedListMode {
  key: 'list-mode';
  value: 'products' | 'all' | 'by-category';
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
    const stores = { itemsA: 'id, code', itemsB: 'id, code', meta: 'key' };
    this.version(1).stores(stores);
    // Version 2: items carry stock, picture and (from /Product) category and model. The catalog
    // synced before stays and answers scans; it is marked as needing a refresh, so the scheduled
    // refresh replaces it, and what was learned about /Variant is forgotten so the sync tries /Product first. An
    // unfinished v1 sync would mix old and new items: it is dropped (its slot is not the active one).
    this.version(2)
      .stores(stores)
      .upgrade(async (tx) => {
        const meta = tx.table<MetaRow, string>('meta');
        const active = (await meta.get('active')) as ActiveGeneration | undefined;
        if (active) await meta.put({ ...active, needsRefresh: true });
        const unfinished = (await meta.get('sync')) as SyncProgress | undefined;
        if (unfinished) await tx.table(unfinished.slot === 'A' ? 'itemsA' : 'itemsB').clear();
        await meta.bulkDelete(['sync', 'list-mode', 'page-size']);
      });
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
