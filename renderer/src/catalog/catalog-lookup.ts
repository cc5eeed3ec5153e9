import type { CatalogItem } from '../bridge/contract.ts';
import type { CatalogDb, Slot } from './catalog-db.ts';

/**
 * Finds a scanned code in the active generation. The active slot is read once and then followed
 * through `setSlot`, so a scan costs one indexed read.
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

  async find(code: string): Promise<CatalogItem | undefined> {
    if (this.#slot === undefined) this.#slot = (await this.#db.active())?.slot ?? null;
    if (this.#slot === null) return undefined;
    const table = this.#db.items(this.#slot);
    const exact = await table.where('code').equals(code).first();
    if (exact || code === code.toUpperCase()) return exact;
    // SKUs are stored upper-case ("1315L"); a scanner with Caps Lock confusion sends "1315l".
    return table.where('code').equals(code.toUpperCase()).first();
  }
}
