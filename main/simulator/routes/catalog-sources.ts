import type { FastifyInstance } from 'fastify';
import type { SimState } from '../state.ts';
import { registerInventoryRoutes } from './inventory.ts';
import { registerProductRoutes } from './products.ts';

/** The reads live stores answered beyond the reference pages: products with variants, and stock. */
export function registerCatalogSourceRoutes(app: FastifyInstance, state: SimState): void {
  registerProductRoutes(app, state);
  registerInventoryRoutes(app, state);
}
