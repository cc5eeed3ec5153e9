import type { DealposClient } from '../dealpos/client.ts';
import { DealposError } from '../dealpos/errors.ts';
import type { CatalogItem, CatalogPageAnswer } from './catalog-channels.ts';
import { catalogItemOf } from './catalog-item.ts';
import { readListRefusal } from './list-refusal.ts';
import { productPage } from './product-pages.ts';
import { stockEverywhere } from './stock-everywhere.ts';

/**
 * The main-process side of the catalog sync: one page or one variant at a time, through the
 * governor. Sync pages go in the background lane; a cashier's lookup of an unknown code is
 * interactive.
 */
export function createCatalogSource(
  client: () => DealposClient,
  now: () => number = Date.now,
  here: () => string | null = () => null,
) {
  return {
    productPage: (pageNumber: number, pageSize: number) => productPage(client(), pageNumber, pageSize, now),

    stockEverywhere: (code: string) => stockEverywhere(client(), code, now, here()),

    async page(category: string | null, pageNumber: number, pageSize: number): Promise<CatalogPageAnswer> {
      try {
        const page = await client().variants.list(
          category === null ? {} : { category },
          { pageNumber, pageSize },
          { lane: 'background' },
        );
        return { kind: 'page', rows: page.rows.map(catalogItemOf), total: page.total ?? null };
      } catch (error) {
        const refusal = readListRefusal(error);
        if (refusal) return refusal;
        throw error;
      }
    },

    async categories(): Promise<string[]> {
      const categories = await client().categories.list({ lane: 'background' });
      return categories.map((c) => c.name);
    },

    /** Variant/Detail by code answers in one request what GetIDByListCode then Detail would in two. */
    async lookup(code: string): Promise<CatalogItem | null> {
      try {
        return catalogItemOf(await client().variants.detail({ code }, { lane: 'interactive' }));
      } catch (error) {
        // DealPOS answers an unknown code with 400 ("... does not exist").
        if (error instanceof DealposError && error.kind === 'bad-request') return null;
        throw error;
      }
    },
  };
}
