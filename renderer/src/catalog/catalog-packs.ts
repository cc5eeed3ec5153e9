import type { CatalogItem } from '../bridge/contract.ts';

/**
 * Items per IndexedDB record. Chromium writes about 8-10k records a second whatever the record
 * holds, so a sync of one record per item is capped there; records of 25 items wrote 66k items a
 * second with a code lookup still p99 ~1 ms (issue #14's experiment: 100 items gave p99 2-5 ms,
 * 250 gave 20 ms, as each lookup reads and clones the whole record). Inside a real sync (the
 * next page arriving, two cores) 50 a record wrote 11.8k items a second against 9.5k for 25,
 * back to back (bench/catalog-sync-only.ts), so 50.
 */
export const PACK_SIZE = 50;

/**
 * A pack of catalog items in one record. `codes` and `ids` are multiEntry indexes: a scan finds
 * the pack through `codes`, the finish check counts items through `ids` (one entry per item).
 */
export interface CatalogPack {
  key: string;
  codes: string[];
  ids: string[];
  items: CatalogItem[];
}

const pad = (n: number, digits: number) => String(n).padStart(digits, '0');

/** What a sync list's packs' keys start with: a restarted list deletes the keys under it. */
export function listPrefix(list: 'products' | 'all' | number): string {
  return `${typeof list === 'number' ? `category-${pad(list, 5)}` : list}:`;
}

/**
 * What a page's packs' keys start with: the list, then the page (zero-padded, so keys sort in
 * list order). A page fetched again overwrites its packs instead of adding to them.
 */
export const pagePrefix = (list: string, page: number): string => `${list}${pad(page, 7)}:`;

/** A pack written by hand (a looked-up or edited item that no synced pack holds). */
export const editPackKey = (id: string): string => `edit:${id}`;

/** One pack of `items` under `key`, its indexes filled from them. */
export const packOf = (key: string, items: CatalogItem[]): CatalogPack => ({
  key,
  codes: items.map((item) => item.code),
  ids: items.map((item) => item.id),
  items,
});

/** A page's rows as packs of PACK_SIZE, each keyed by the page and its first row's offset. */
export function packRows(page: string, rows: readonly CatalogItem[]): CatalogPack[] {
  const packs: CatalogPack[] = [];
  for (let at = 0; at < rows.length; at += PACK_SIZE)
    packs.push(packOf(`${page}${pad(at, 6)}`, rows.slice(at, at + PACK_SIZE)));
  return packs;
}

/**
 * The item with `code` in these packs, the one with the smallest ID when several share the code:
 * the one the item-per-record catalog answered (its code index ordered equal codes by ID).
 */
export function itemWithCode(packs: readonly CatalogPack[], code: string): CatalogItem | undefined {
  let found: CatalogItem | undefined;
  for (const pack of packs)
    for (const item of pack.items)
      if (item.code === code && (found === undefined || item.id < found.id)) found = item;
  return found;
}

/** Every item of these packs, in ID order (as the item-per-record tables listed them). */
export const itemsOf = (packs: readonly CatalogPack[]): CatalogItem[] =>
  packs.flatMap((pack) => pack.items).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
