import type { CatalogPageMessage, ProductPageMessage, RowsText } from '../bridge/contract.ts';

/**
 * A page of either list, as the sync reads it: `listRows` is what the paging counts (products
 * for `/Product`, variants for `/Variant`), `rows` the catalog items to store, as main's text.
 */
export type PageAnswer =
  | { kind: 'page'; rows: RowsText; listRows: number; total: number | null }
  | Exclude<CatalogPageMessage, { kind: 'page' }>
  | Exclude<ProductPageMessage, { kind: 'page' }>;

export const listAnswer = (answer: CatalogPageMessage | ProductPageMessage): PageAnswer =>
  answer.kind === 'page' && !('listRows' in answer) ? { ...answer, listRows: answer.rows.count } : answer;
