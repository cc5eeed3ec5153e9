import type { CatalogDb } from '../catalog/catalog-db.ts';
import { putItem, removeCode, searchItems } from '../catalog/catalog-item-writes.ts';
import type { CatalogCache } from './catalog-cache.ts';
import type { CatalogItem } from './contract.ts';

/**
 * The catalog cache over the app's IndexedDB catalog. Writes go to the active generation (the
 * one scans read); `find` is the scan feature's own lookup, so both agree on what a code is.
 */
export function dexieCatalogCache(
  db: CatalogDb,
  find: (code: string) => Promise<CatalogItem | undefined>,
): CatalogCache {
  const activeSlot = async () => (await db.active())?.slot;
  return {
    ready: async () => (await db.active()) !== undefined,
    find,
    async search(text, limit) {
      const slot = await activeSlot();
      return slot ? searchItems(db, slot, text, limit) : [];
    },
    async put(item) {
      const slot = await activeSlot();
      if (slot) await putItem(db, slot, item);
    },
    async remove(code) {
      const slot = await activeSlot();
      if (slot) await removeCode(db, slot, code);
    },
  };
}
