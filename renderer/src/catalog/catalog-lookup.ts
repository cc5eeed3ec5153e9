import type { CatalogItem } from '../bridge/contract.ts';
import type { CatalogDb, Slot } from './catalog-db.ts';
import { type CatalogPack, itemWithCode } from './catalog-packs.ts';

/**
 * One read transaction on the packs' code index: the code as scanned, then upper-cased if that
 * differs. A code two items share may sit in two packs, and the answer is the item with the
 * smaller ID, as when each item was a record of its own; but nearly every code is in one pack,
 * so the read asks for at most two packs holding it (`getAll(key, 2)`: one request, one reply),
 * and only a code in two or more packs reads them all. In four traced runs of 10,000 lookups the
 * p99 was 0.98-1.04x a bare `get`'s against 1.03-1.22x for a `get` and a `count` (two replies);
 * across five `npm run bench` runs it was 0.85-1.22x (bench/SCAN-TRACE.md, "Seventh step").
 */
function readCode(
  db: ReturnType<CatalogDb['backendDB']>,
  store: string,
  code: string,
): Promise<CatalogItem | undefined> {
  return new Promise((resolve, reject) => {
    const index = db.transaction(store, 'readonly').objectStore(store).index('codes');
    const read = (key: string, then: (found: CatalogItem | undefined) => void) => {
      const some = index.getAll(key, 2);
      some.onerror = () => reject(some.error);
      some.onsuccess = () => {
        const packs = some.result as CatalogPack[];
        if (packs.length < 2) return then(itemWithCode(packs, key));
        const all = index.getAll(key);
        all.onerror = () => reject(all.error);
        all.onsuccess = () => then(itemWithCode(all.result as CatalogPack[], key));
      };
    };
    const upper = code.toUpperCase();
    read(code, (found) => {
      // SKUs are stored upper-case ("1315L"); a scanner with Caps Lock confusion sends "1315l".
      if (found !== undefined || upper === code) resolve(found);
      else read(upper, resolve);
    });
  });
}

/**
 * Finds a scanned code in the active generation. The active slot is read once and then followed
 * through `setSlot`, so a scan costs one indexed read. The read goes to IndexedDB's index
 * directly: Dexie's `where(...).equals(code)` builds a collection per call, ~1.5x a bare index
 * read at the 99th percentile (bench lookup).
 */
export class CatalogLookup {
  readonly #db: CatalogDb;
  #slot: Slot | null | undefined;

  constructor(db: CatalogDb) {
    this.#db = db;
  }

  /** Call when a sync switches generations. */
  setSlot(slot: Slot | null): void {
    this.#slot = slot;
  }

  /**
   * Runs one whole lookup of a code the catalog holds (the code index's first), so the first scan
   * does not: its active-slot read, IndexedDB's first transaction, and the first decoding of a
   * pack (a trace of a first scan showed ~2.5 ms of that decoding alone, cold).
   */
  async warmUp(): Promise<void> {
    const slot = await this.#activeSlot();
    if (slot === null) return;
    // The code index's first key: no pack is decoded here, only in the lookup below.
    const code = await this.#db.packs(slot).orderBy('codes').firstKey();
    if (typeof code === 'string') await this.find(code);
  }

  /** The slot scans read: asked of the database once, then followed through `setSlot`. */
  async #activeSlot(): Promise<Slot | null> {
    if (this.#slot === undefined) this.#slot = (await this.#db.active())?.slot ?? null;
    return this.#slot;
  }

  async find(code: string): Promise<CatalogItem | undefined> {
    const slot = await this.#activeSlot();
    if (slot === null) return undefined;
    const table = this.#db.packs(slot);
    if (!this.#db.isOpen()) await this.#db.open();
    try {
      return await readCode(this.#db.backendDB(), table.name, code);
    } catch {
      // The connection closed under us (another window upgraded the database, or the browser
      // closed it): Dexie reopens it on its next call, and the read goes through Dexie once.
      const exact = itemWithCode(await table.where('codes').equals(code).toArray(), code);
      const upper = code.toUpperCase();
      if (exact || code === upper) return exact;
      return itemWithCode(await table.where('codes').equals(upper).toArray(), upper);
    }
  }
}
