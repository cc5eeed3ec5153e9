import type { CatalogDb } from '../catalog/catalog-db.ts';
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
  const activeTable = async () => {
    const active = await db.active();
    return active ? db.items(active.slot) : null;
  };
  return {
    ready: async () => (await db.active()) !== undefined,
    find,
    async search(text, limit) {
      const table = await activeTable();
      const query = text.trim();
      if (!table || query === '') return [];
      const byCode = await table.where('code').startsWithIgnoreCase(query).limit(limit).toArray();
      if (byCode.length >= limit) return byCode;
      const seen = new Set(byCode.map((item) => item.id));
      const words = query.toLowerCase().split(/\s+/);
      // A full pass over the table (no index on names): run on Enter, not on every key.
      const byName = await table
        .filter((item) => !seen.has(item.id) && words.every((word) => item.name.toLowerCase().includes(word)))
        .limit(limit - byCode.length)
        .toArray();
      return [...byCode, ...byName];
    },
    async put(item) {
      const table = await activeTable();
      if (!table) return;
      await db.transaction('rw', table, async () => {
        // One row per code: a row under another ID (a variant deleted and re-added) goes.
        await table
          .where('code')
          .equals(item.code)
          .and((row) => row.id !== item.id)
          .delete();
        await table.put(item);
      });
    },
    async remove(code) {
      const table = await activeTable();
      if (table) await table.where('code').equalsIgnoreCase(code).delete();
    },
  };
}
