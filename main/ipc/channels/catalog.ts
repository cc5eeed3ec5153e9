import { z } from 'zod';
import { channel, none, text } from '../channel.ts';

// The offline variant catalog (issue "Offline variant catalog in IndexedDB and USB scanner input").
// The page keeps the catalog in IndexedDB and drives the sync one page at a time, so it always
// knows what it has stored and can resume; main fetches each page through the governor.

/** A variant as the scan screen and labels need it: compact, because 100,000 of them are stored. */
export interface CatalogItem {
  id: string;
  /** The barcode. */
  code: string;
  name: string;
  product: string | null;
  variant: string | null;
  category: string | null;
  type: string | null;
  /** Selling price in whole rupiah. */
  unitPrice: number;
  discontinued: boolean;
}

export type CatalogPageAnswer =
  | { kind: 'page'; rows: CatalogItem[]; total: number | null }
  /** DealPOS refused the page size; `maxPageSize` is its limit when it said one. */
  | { kind: 'page-size-refused'; maxPageSize: number | null }
  /** DealPOS wants a category with every list request (as the reference page says). */
  | { kind: 'category-required' };

export const catalogPageInput = z
  .object({
    /** null: the whole catalog, where DealPOS allows it. */
    category: text(300).nullable(),
    pageNumber: z.number().int().min(1).max(1_000_000),
    pageSize: z.number().int().min(1).max(10_000),
  })
  .strict();

export const catalogLookupInput = z.object({ code: text(64) }).strict();

export const catalogChannels = {
  'catalog:page': channel<CatalogPageAnswer>()(catalogPageInput),
  'catalog:categories': channel<string[]>()(none),
  /** One variant straight from DealPOS (a code the cache does not have, or a stale one); null if DealPOS has none. */
  'catalog:lookup': channel<CatalogItem | null>()(catalogLookupInput),
} as const;

export const catalogBridgeMethods = {
  fetchCatalogPage: 'catalog:page',
  listCatalogCategories: 'catalog:categories',
  lookupVariantOnline: 'catalog:lookup',
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type CatalogEvents = {};
