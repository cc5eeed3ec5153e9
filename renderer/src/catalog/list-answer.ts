import type { CatalogItem, CatalogPageAnswer, ProductPageAnswer } from '../bridge/contract.ts';

/**
 * A page of either list, as the sync reads it: `listRows` is what the paging counts (products
 * for `/Product`, variants for `/Variant`), `rows` the catalog items to store.
 */
export type PageAnswer =
  | { kind: 'page'; rows: CatalogItem[]; listRows: number; total: number | null }
  | Exclude<CatalogPageAnswer, { kind: 'page' }>
  | Exclude<ProductPageAnswer, { kind: 'page' }>;

export const listAnswer = (answer: CatalogPageAnswer | ProductPageAnswer): PageAnswer =>
  answer.kind === 'page' && !('listRows' in answer) ? { ...answer, listRows: answer.rows.length } : answer;
