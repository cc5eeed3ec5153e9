import type { CatalogItem } from './contract.ts';

/**
 * The catalog on this PC, as the variant edits use it: find what was scanned, search by code or
 * name, and keep it in step with what DealPOS answered so the next scan shows the change.
 */
export interface CatalogCache {
  /** Whether a catalog has been downloaded to this PC at all. */
  ready(): Promise<boolean>;
  find(code: string): Promise<CatalogItem | undefined>;
  /** Codes starting with `text`, then names containing it; at most `limit`. */
  search(text: string, limit: number): Promise<CatalogItem[]>;
  put(item: CatalogItem): Promise<void>;
  remove(code: string): Promise<void>;
}
