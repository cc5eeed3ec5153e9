import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import type { Variant } from '../catalog/records.ts';
import { queryVariants } from '../catalog/variant-query.ts';
import { badRequest, notInDatabase } from '../dealpos-error.ts';
import { choice, text, textList } from '../input-fields.ts';
import { isLive } from '../profile.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { SimState } from '../state.ts';
import { listEnvelope } from './list-envelope.ts';
import { readVariantListRequest } from './variant-filter-input.ts';
import { variantDataRow, variantDetail, variantListRow } from './variant-shapes.ts';

const PRODUCTS_VIEW = [role('Products', 'VIEW')];

const DetailQuery = z.object({ Code: text('Code'), ID: text('ID') });
const ListCodeQuery = z.object({
  ListCode: textList('ListCode'),
  Discontinued: choice('Discontinued', ['All', 'Yes', 'No']),
});

function page(state: SimState, input: unknown) {
  const request = readVariantListRequest(state, input, true);
  const matches = queryVariants(state.store.catalog, request.filter);
  const start = (request.pageNumber - 1) * request.pageSize;
  return { matches, rows: matches.slice(start, start + request.pageSize) };
}

/**
 * Looks codes up through the code index, in the order asked, each variant once. Takes a bare
 * JSON array (the documented body) or `ListCode` from a query string or object body.
 */
function lookupCodes(
  state: SimState,
  input: unknown,
): { variants: Variant[]; discontinued: 'All' | 'Yes' | 'No' } {
  const query = parseInput(ListCodeQuery, Array.isArray(input) ? { ListCode: input } : input);
  const seen = new Set<Variant>();
  for (const code of query.ListCode) {
    const variant = state.store.catalog.variantByCode(code);
    if (variant) seen.add(variant);
  }
  return { variants: [...seen], discontinued: query.Discontinued ?? 'All' };
}

/** The variant reads: lists, count, detail and the code-to-ID lookups. */
export function registerVariantReadRoutes(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Variant',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const { matches, rows } = page(state, input);
      // Live rows were thin: only ID, Name, Code, Type, UnitPrice, UnitCost (README, live table).
      const shape = isLive(state) ? variantDataRow : variantListRow;
      return listEnvelope(state, 'Variant', rows.map(shape), matches.length);
    },
  });
  registerRead(app, state, {
    path: 'Variant/Data',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const { matches, rows } = page(state, input);
      return listEnvelope(state, 'Variant/Data', rows.map(variantDataRow), matches.length);
    },
  });
  registerRead(app, state, {
    path: 'Variant/Count',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const request = readVariantListRequest(state, input, false);
      return { Count: queryVariants(state.store.catalog, request.filter).length };
    },
  });
  registerRead(app, state, {
    path: 'Variant/Detail',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const { Code, ID } = parseInput(DetailQuery, input);
      const catalog = state.store.catalog;
      if (Code !== undefined) {
        const variant = catalog.variantByCode(Code);
        if (!variant) throw notInDatabase(`Variant with code ${Code}`);
        return variantDetail(variant);
      }
      if (ID !== undefined) {
        const variant = catalog.variantById(ID);
        if (!variant) throw notInDatabase(`Variant with ID ${ID}`);
        return variantDetail(variant);
      }
      throw badRequest('Code or ID is required');
    },
  });
  registerRead(app, state, {
    path: 'Variant/GetIDByListCode',
    role: PRODUCTS_VIEW,
    // Discontinued variants are left out, like unknown codes: the Discontinued twin lists them.
    handler: ({ input, state }) =>
      lookupCodes(state, input)
        .variants.filter((v) => !v.discontinued)
        .map((v) => ({ ID: v.id, ProductID: v.product.id, Code: v.code })),
  });
  registerRead(app, state, {
    path: 'Variant/GetIDByListCodeDiscontinued',
    role: PRODUCTS_VIEW,
    handler: ({ input, state }) => {
      const { variants, discontinued } = lookupCodes(state, input);
      return variants
        .filter((v) => discontinued === 'All' || v.discontinued === (discontinued === 'Yes'))
        .map((v) => ({ ID: v.id, ProductID: v.product.id, Code: v.code, Discontinued: v.discontinued }));
    },
  });
}
