import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import type { Product } from '../catalog/records.ts';
import { badRequest } from '../dealpos-error.ts';
import { flag, integer } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import { totalOnHand } from '../seed/stock.ts';
import type { SimState } from '../state.ts';
import { listEnvelope } from './list-envelope.ts';
import { allowedPageSize } from './variant-filter-input.ts';

const ProductQuery = z.object({
  PageNumber: integer('PageNumber'),
  PageSize: integer('PageSize'),
  QueryInventory: flag('QueryInventory'),
});

const DEFAULT_PAGE_SIZE = 10;

/** A product row as a live store answered it (README "Products with their variants"). */
function productRow(state: SimState, product: Product, withInventory: boolean) {
  const { seed } = state.options;
  const outlets = state.store.outlets;
  return {
    ID: product.id,
    Name: product.name,
    Code: product.code,
    Category: product.category.name,
    // Live spells it ImageUrl (not Variant/Detail's ImageURL).
    ImageUrl: product.imageURL,
    ThumbnailUrl: product.imageURL ? product.imageURL.replace('/upload/', '/upload/c_thumb,w_150/') : null,
    Released: `${product.released}T00:00:00`,
    Created: `${product.released}T09:00:00`,
    Discontinued: product.variants.length > 0 && product.variants.every((v) => v.discontinued),
    Variants: product.variants.map((v) => ({
      ID: v.id,
      ProductID: product.id,
      Model: v.model,
      Code: v.code,
      UnitPrice: v.unitPrice,
      UnitCost: v.unitCost,
      Discount: 0,
      TypeID: v.type,
      // Live rows carry null weights for some items.
      Weight: v.weight > 0 ? v.weight : null,
      Discontinued: v.discontinued,
      Inventory: withInventory ? totalOnHand(seed, v, outlets) : null,
    })),
  };
}

/**
 * GET Product (POST twin): every product with its variants, `{DataArray, RecordsCount: -1}` as
 * live stores answered. A PageSize above the configured limit is cut to it without a word in
 * the live profile (refused in docs), which a client asking for 5,000 rows must notice by itself.
 */
export function registerProductRoutes(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Product',
    role: [role('Products', 'VIEW')],
    handler: ({ input, state }) => {
      const query = parseInput(ProductQuery, input);
      const pageNumber = query.PageNumber ?? 1;
      const asked = query.PageSize ?? DEFAULT_PAGE_SIZE;
      if (pageNumber < 1) throw badRequest('PageNumber must be greater than 0');
      if (asked < 1) throw badRequest('PageSize must be greater than 0');
      const pageSize = allowedPageSize(state, asked);
      const start = (pageNumber - 1) * pageSize;
      const products = state.store.catalog.products;
      const rows = products.slice(start, start + pageSize);
      const answer = rows.map((p) => productRow(state, p, query.QueryInventory === true));
      return listEnvelope(state, 'Product', answer, products.length);
    },
  });
}
