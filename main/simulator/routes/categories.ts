import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRead } from '../api-route.ts';
import { flag } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { SimState } from '../state.ts';

const CategoryQuery = z.object({ Discontinued: flag('Discontinued') });

/** GET Category (POST twin Category/p): leaf paths such as "Women/Tops"; every one without a filter. */
export function registerCategoryRoutes(app: FastifyInstance, state: SimState): void {
  registerRead(app, state, {
    path: 'Category',
    postPath: 'Category/p',
    role: [role('Products', 'VIEW')],
    handler: ({ input, state }) => {
      const { Discontinued } = parseInput(CategoryQuery, input);
      return state.store.catalog.categories
        .filter((c) => Discontinued === undefined || c.discontinued === Discontinued)
        .map((c) => ({ ID: c.id, Name: c.name, Discontinued: c.discontinued }));
    },
  });
}
