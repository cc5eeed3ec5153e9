import type { DealposClient } from '../dealpos/client.ts';
import { DealposError } from '../dealpos/errors.ts';
import type { ProductPageAnswer } from './catalog-channels.ts';
import { catalogItemsOfProduct } from './catalog-item.ts';
import { readListRefusal } from './list-refusal.ts';

// How a store says it does not serve `/Product` to this API user: 403 (no role), 400 (a tenant
// whose API refuses the query) or 404 (no such route on an older API). An answer the app cannot
// read is treated the same way: `/Variant` is the documented path and still works.
const REFUSALS = new Set(['forbidden', 'bad-request', 'not-found', 'invalid-response']);

/**
 * A page of `GET /Product?QueryInventory=true` as catalog items, in the background lane. Live
 * stores answer `RecordsCount: -1`, so `total` is usually null; `listRows` is how many products
 * the page held (what the paging counts), `rows` their variants.
 */
export async function productPage(
  client: DealposClient,
  pageNumber: number,
  pageSize: number,
  now: () => number,
): Promise<ProductPageAnswer> {
  try {
    const page = await client.products.list(
      { pageNumber, pageSize },
      { queryInventory: true },
      { lane: 'background' },
    );
    const readAt = now();
    return {
      kind: 'page',
      rows: page.rows.flatMap((product) => catalogItemsOfProduct(product, readAt)),
      listRows: page.rows.length,
      total: page.total ?? null,
    };
  } catch (error) {
    // A page size refused with its limit is a size to step down to, not a refused source.
    const refusal = readListRefusal(error);
    if (refusal?.kind === 'page-size-refused') return refusal;
    if (error instanceof DealposError && REFUSALS.has(error.kind)) {
      return {
        kind: 'source-refused',
        status: error.status === undefined ? error.kind : String(error.status),
      };
    }
    throw error;
  }
}
