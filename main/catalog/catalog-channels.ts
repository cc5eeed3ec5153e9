import { z } from 'zod';
import { channel, none, text } from '../ipc/channel.ts';

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
  /** The product's picture (https), when the source carried one. Absent in catalogs synced before stock was kept. */
  imageUrl?: string | null;
  /** On hand over every outlet when the catalog was read; null when the source gave none (`/Variant`). */
  onHand?: number | null;
  /** Epoch ms when `onHand` was read from DealPOS. */
  stockReadAt?: number | null;
}

export type CatalogPageAnswer =
  | { kind: 'page'; rows: CatalogItem[]; total: number | null }
  /** DealPOS refused the page size; `maxPageSize` is its limit when it said one. */
  | { kind: 'page-size-refused'; maxPageSize: number | null }
  /** DealPOS wants a category with every list request (as the reference page says). */
  | { kind: 'category-required' };

/** A page of `/Product`: `listRows` products, which brought `rows` variants. */
export type ProductPageAnswer =
  | { kind: 'page'; rows: CatalogItem[]; listRows: number; total: number | null }
  | { kind: 'page-size-refused'; maxPageSize: number | null }
  /** This store (or this API user) does not answer `/Product`: the sync uses `/Variant`. */
  | { kind: 'source-refused'; status: string };

/**
 * A page's rows as they cross to the page: one JSON text, which the page hands to its write worker
 * untouched and the worker parses. The page's thread never takes in a page of objects (nor
 * collects them afterwards) while the cashier scans beside the sync; `ids` are what the sync
 * itself counts.
 */
export interface RowsText {
  json: string;
  count: number;
  ids: string[];
}

export const rowsText = (rows: readonly CatalogItem[]): RowsText => ({
  json: JSON.stringify(rows),
  count: rows.length,
  ids: rows.map((row) => row.id),
});

/** `catalog:page`'s answer: a CatalogPageAnswer whose rows are text. */
export type CatalogPageMessage =
  | { kind: 'page'; rows: RowsText; total: number | null }
  | Exclude<CatalogPageAnswer, { kind: 'page' }>;

/** `catalog:products-page`'s answer: a ProductPageAnswer whose rows are text. */
export type ProductPageMessage =
  | { kind: 'page'; rows: RowsText; listRows: number; total: number | null }
  | Exclude<ProductPageAnswer, { kind: 'page' }>;

/** A page answer as it is sent: its rows as text, everything else as it is. */
export function pageMessage(answer: CatalogPageAnswer): CatalogPageMessage;
export function pageMessage(answer: ProductPageAnswer): ProductPageMessage;
export function pageMessage(
  answer: CatalogPageAnswer | ProductPageAnswer,
): CatalogPageMessage | ProductPageMessage {
  return answer.kind === 'page' ? { ...answer, rows: rowsText(answer.rows) } : answer;
}

/** One outlet's stock of an item, as DealPOS's `I` object. */
export interface OutletStockFigures {
  outlet: string;
  onHand: number;
  allocated: number;
  available: number;
  threshold: number;
}

export type StockEverywhereAnswer =
  /** `here`: the outlet this counter works at (its row comes first), when one is chosen. */
  | { kind: 'stock'; code: string; outlets: OutletStockFigures[]; readAt: number; here: string | null }
  | { kind: 'unknown-code'; code: string };

export const productPageInput = z
  .object({
    pageNumber: z.number().int().min(1).max(1_000_000),
    pageSize: z.number().int().min(1).max(10_000),
  })
  .strict();

export const catalogPageInput = z
  .object({
    /** null: the whole catalog, where DealPOS allows it. */
    category: text(300).nullable(),
    pageNumber: z.number().int().min(1).max(1_000_000),
    pageSize: z.number().int().min(1).max(10_000),
  })
  .strict();

export const catalogLookupInput = z.object({ code: text(64) }).strict();

export const catalogStockInput = z.object({ code: text(64) }).strict();

export const catalogChannels = {
  'catalog:page': channel<CatalogPageMessage>()(catalogPageInput),
  'catalog:categories': channel<string[]>()(none),
  /** One variant straight from DealPOS (a code the cache does not have, or a stale one); null if DealPOS has none. */
  'catalog:lookup': channel<CatalogItem | null>()(catalogLookupInput),
  /** A page of products with their variants and stock (the richer, cheaper source where DealPOS answers it). */
  'catalog:products-page': channel<ProductPageMessage>()(productPageInput),
  /** One item's stock in every outlet, asked of DealPOS at the counter's (interactive) priority. */
  'catalog:stock-everywhere': channel<StockEverywhereAnswer>()(catalogStockInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type CatalogEvents = {};
