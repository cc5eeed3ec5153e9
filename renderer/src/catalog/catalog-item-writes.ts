import type { Table } from 'dexie';
import type { CatalogItem } from '../bridge/contract.ts';
import type { CatalogDb, Slot } from './catalog-db.ts';
import { type CatalogPack, editPackKey, packOf } from './catalog-packs.ts';

type Packs = Table<CatalogPack, string>;

/** Writes back packs whose items changed: a pack left empty is deleted. */
async function rewrite(table: Packs, changed: Iterable<CatalogPack>): Promise<void> {
  for (const pack of changed) {
    if (pack.items.length === 0) await table.delete(pack.key);
    else await table.put(packOf(pack.key, pack.items));
  }
}

/** Distinct packs by key (a multiEntry index lists a pack once per matching entry). */
const byKey = (packs: CatalogPack[]) => new Map(packs.map((pack) => [pack.key, pack]));

/**
 * Stores one item (looked up in DealPOS, or saved in the back office) in a slot: the pack holding
 * its ID is rewritten, else it gets a pack of its own. One item per code: an item with the same
 * code under another ID (a variant deleted and re-added in DealPOS) goes.
 */
export async function putItem(db: CatalogDb, slot: Slot, item: CatalogItem): Promise<void> {
  const table = db.packs(slot);
  await db.transaction('rw', table, async () => {
    const touched = byKey(await table.where('codes').equals(item.code).toArray());
    for (const pack of touched.values())
      pack.items = pack.items.filter((row) => row.code !== item.code || row.id === item.id);
    const holder = await table.where('ids').equals(item.id).first();
    const pack = holder ? (touched.get(holder.key) ?? holder) : packOf(editPackKey(item.id), []);
    const at = pack.items.findIndex((row) => row.id === item.id);
    if (at >= 0) pack.items[at] = item;
    else pack.items.push(item);
    touched.set(pack.key, pack);
    await rewrite(table, touched.values());
  });
}

/** Removes every item whose code is `code`, ignoring case (a variant deleted in the back office). */
export async function removeCode(db: CatalogDb, slot: Slot, code: string): Promise<void> {
  const table = db.packs(slot);
  const lower = code.toLowerCase();
  await db.transaction('rw', table, async () => {
    const touched = byKey(await table.where('codes').equalsIgnoreCase(code).toArray());
    for (const pack of touched.values())
      pack.items = pack.items.filter((row) => row.code.toLowerCase() !== lower);
    await rewrite(table, touched.values());
  });
}

const byCodeThenId = (a: CatalogItem, b: CatalogItem) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The back office's search: codes starting with the text (ignoring case) in code order, then
 * names holding every word of it in ID order, `limit` in all.
 */
export async function searchItems(db: CatalogDb, slot: Slot, text: string, limit: number) {
  const table = db.packs(slot);
  const query = text.trim();
  if (query === '' || limit <= 0) return [];
  const lower = query.toLowerCase();
  // The first `limit` matching index entries are the first `limit` matching codes: their packs
  // hold them (and maybe other matches, sorted out below).
  const packs = await table.where('codes').startsWithIgnoreCase(query).limit(limit).toArray();
  const byCode = [...byKey(packs).values()]
    .flatMap((pack) => pack.items.filter((item) => item.code.toLowerCase().startsWith(lower)))
    .sort(byCodeThenId)
    .slice(0, limit);
  if (byCode.length >= limit) return byCode;
  const seen = new Set(byCode.map((item) => item.id));
  const words = lower.split(/\s+/);
  // A full pass over the slot (no index on names): run on Enter, not on every key.
  const byName: CatalogItem[] = [];
  await table.each((pack) => {
    for (const item of pack.items)
      if (!seen.has(item.id) && words.every((word) => item.name.toLowerCase().includes(word)))
        byName.push(item);
  });
  byName.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...byCode, ...byName.slice(0, limit - byCode.length)];
}
