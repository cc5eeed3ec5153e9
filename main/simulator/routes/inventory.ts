import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import type { Variant } from '../catalog/records.ts';
import { badRequest, notInDatabase } from '../dealpos-error.ts';
import { integer, text, textList } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import { stockLevel } from '../seed/stock.ts';
import type { SimState } from '../state.ts';
import { findOutlet } from '../store.ts';

const PRODUCTS_VIEW = [role('Products', 'VIEW')];

const InventoryQuery = z.object({
  PageNumber: integer('PageNumber'),
  PageSize: integer('PageSize'),
  ListOutlet: text('ListOutlet'),
  Category: text('Category'),
});

const CodesBody = z.object({ Code: textList('Code') });

/** Stock summed over the given outlets. */
function sumOver(state: SimState, variant: Variant, outlets: SimState['store']['outlets']) {
  const total = { OnHand: 0, Allocated: 0, Available: 0, Threshold: 0 };
  for (const outlet of outlets) {
    const level = stockLevel(state.options.seed, variant, outlet);
    total.OnHand += level.OnHand;
    total.Allocated += level.Allocated;
    total.Available += level.Available;
    total.Threshold = Math.max(total.Threshold, level.Threshold);
  }
  return total;
}

/**
 * The stock reads live stores answered (README "Stock"): `Inventory` (pages of variants with
 * their stock, summed over every outlet or one outlet's) and `Inventory/CodeArrayGroupByOutlet`
 * (given codes, each outlet's figures; unknown codes are left out).
 */
export function registerInventoryRoutes(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Inventory',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const query = parseInput(InventoryQuery, input);
      const pageNumber = query.PageNumber ?? 1;
      const pageSize = Math.min(query.PageSize ?? 10, state.config.maxPageSize);
      if (pageNumber < 1 || pageSize < 1) throw badRequest('PageNumber and PageSize must be greater than 0');
      let outlets = state.store.outlets;
      if (query.ListOutlet !== undefined) {
        const outlet = findOutlet(state.store, query.ListOutlet);
        if (!outlet) throw notInDatabase(`Outlet ${query.ListOutlet}`);
        outlets = [outlet];
      }
      const category = query.Category?.toLowerCase();
      const variants = state.store.catalog.variants.filter(
        (v) => category === undefined || v.product.category.name.toLowerCase() === category,
      );
      const start = (pageNumber - 1) * pageSize;
      return variants.slice(start, start + pageSize).map((v) => ({
        Category: v.product.category.name,
        Product: v.product.name,
        Variant: v.model,
        Code: v.code,
        I: sumOver(state, v, outlets),
      }));
    },
  });
  registerRead(app, state, {
    path: 'Inventory/CodeArrayGroupByOutlet',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const { Code } = parseInput(CodesBody, Array.isArray(input) ? { Code: input } : input);
      if (Code.length === 0) throw badRequest('Please provide a value of variant id or variant code');
      const seen = new Set<Variant>();
      for (const code of Code) {
        const variant = state.store.catalog.variantByCode(code);
        if (variant) seen.add(variant);
      }
      const outlets = state.store.outlets.filter((o) => !o.suspended);
      return [...seen].map((v) => ({
        Code: v.code,
        Inventories: outlets.map((o) => ({ Outlet: o.name, I: stockLevel(state.options.seed, v, o) })),
      }));
    },
  });
}
