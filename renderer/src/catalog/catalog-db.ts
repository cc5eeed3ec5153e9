import Dexie, { type Table, type Transaction } from 'dexie';
import type { CatalogItem } from '../bridge/contract.ts';
import { type CatalogPack, itemsOf, listPrefix, packRows, pagePrefix } from './catalog-packs.ts';

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
 * The variant catalog in IndexedDB: items in packs of PACK_SIZE (catalog-packs.ts) found by code
 * or ID through multiEntry indexes, in two slots, plus the sync metadata.
 */
export class CatalogDb extends Dexie {
  packsA!: Table<CatalogPack, string>;
  packsB!: Table<CatalogPack, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'dealpos-catalog', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    const items = { itemsA: 'id, code', itemsB: 'id, code', meta: 'key' };
    this.version(1).stores(items);
    // Version 2: items carry stock, picture and (from /Product) category and model. The catalog
    // synced before stays and answers scans; it is marked as needing a refresh, so the scheduled
    // refresh replaces it, and what was learned about /Variant is forgotten so the sync tries /Product first. An
    // unfinished v1 sync would mix old and new items: it is dropped (its slot is not the active one).
    this.version(2)
      .stores(items)
      .upgrade(async (tx) => {
        const meta = tx.table<MetaRow, string>('meta');
        const active = (await meta.get('active')) as ActiveGeneration | undefined;
        if (active) await meta.put({ ...active, needsRefresh: true });
        const unfinished = (await meta.get('sync')) as SyncProgress | undefined;
        if (unfinished) await tx.table(unfinished.slot === 'A' ? 'itemsA' : 'itemsB').clear();
        await meta.bulkDelete(['sync', 'list-mode', 'page-size']);
      });
    // Versions 3 and 4: items in packs (issue #14: one record per item capped the sync's writes
    // at ~8k rows/s). Version 3 copies the active generation into packs, so it answers scans at
    // once; version 4 drops the item tables (Dexie lets an upgrade read a table only if a later
    // version deletes it). An unfinished sync is not copied: it starts again.
    const packs = { packsA: 'key, *codes, *ids', packsB: 'key, *codes, *ids' };
    this.version(3)
      .stores({ ...items, ...packs })
      .upgrade((tx) => packActiveGeneration(tx));
    this.version(4).stores({ ...packs, itemsA: null, itemsB: null, meta: 'key' });
  }

  packs(slot: Slot): Table<CatalogPack, string> {
    return slot === 'A' ? this.packsA : this.packsB;
  }

  /**
   * Items in a slot: entries of the `ids` index (multiEntry: one per item in a pack). One read of
   * the index's size, right where each ID is in one pack (edits keep it so: catalog-item-writes.ts).
   */
  itemCount(slot: Slot): Promise<number> {
    return this.packs(slot).orderBy('ids').count();
  }

  /**
   * Different item IDs in a slot: a walk over the `ids` index's distinct keys (~2-3 s for 100,000
   * items in Chromium: the sync counts from the IDs it wrote where it can). A sync's pages may
   * bring an item twice (DealPOS repeating a page, or a list that shifted between two pages) into
   * two packs, which `itemCount` would count twice.
   */
  async distinctItemCount(slot: Slot): Promise<number> {
    return (await this.packs(slot).orderBy('ids').uniqueKeys()).length;
  }

  /** Every item of a slot, in ID order: for tests and checks, not for the scan path. */
  async allItems(slot: Slot): Promise<CatalogItem[]> {
    return itemsOf(await this.packs(slot).toArray());
  }

  async active(): Promise<ActiveGeneration | undefined> {
    return (await this.meta.get('active')) as ActiveGeneration | undefined;
  }

  async progress(): Promise<SyncProgress | undefined> {
    return (await this.meta.get('sync')) as SyncProgress | undefined;
  }
}

/** Rows read per step when version 3 packs the active generation (not all 100,000 at once). */
const UPGRADE_BATCH = 5000;

async function packActiveGeneration(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  if (await meta.get('sync')) await meta.delete('sync');
  const active = (await meta.get('active')) as ActiveGeneration | undefined;
  if (!active) return;
  const from = tx.table<CatalogItem, string>(`items${active.slot}`);
  const to = tx.table<CatalogPack, string>(`packs${active.slot}`);
  let last: string | null = null;
  for (let batch = 1; ; batch++) {
    const rows: CatalogItem[] = await (last === null ? from.orderBy(':id') : from.where(':id').above(last))
      .limit(UPGRADE_BATCH)
      .toArray();
    const lastRow = rows.at(-1);
    if (lastRow === undefined) return;
    await to.bulkPut(packRows(pagePrefix(listPrefix('all'), batch), rows));
    last = lastRow.id;
  }
}
