import type { Catalog } from './catalog/catalog.ts';
import { createRng, deriveSeed } from './prng.ts';
import { seedCatalog } from './seed/catalog-seed.ts';
import { type Customer, seedCustomers } from './seed/customers.ts';
import { type Documents, seedDocuments } from './seed/documents.ts';
import { type Outlet, seedOutlets } from './seed/outlets.ts';

/** Everything the simulated DealPOS account holds. Mutated in place by the write routes. */
export interface SimStore extends Documents {
  outlets: Outlet[];
  catalog: Catalog;
  customers: Customer[];
}

/** Builds the store for a seed; each part draws from its own stream (see deriveSeed). */
export function seedStore(seed: number, variantCount: number): SimStore {
  const outlets = seedOutlets(createRng(deriveSeed(seed, 'outlets')));
  const catalog = seedCatalog(createRng(deriveSeed(seed, 'catalog')), variantCount, outlets);
  const customers = seedCustomers(createRng(deriveSeed(seed, 'customers')), outlets);
  const documents = seedDocuments(createRng(deriveSeed(seed, 'documents')), catalog, outlets);
  return { outlets, catalog, customers, ...documents };
}

/** DealPOS matches outlet names without regard to case. */
export function findOutlet(store: SimStore, name: string): Outlet | undefined {
  const key = name.trim().toLowerCase();
  return store.outlets.find((o) => o.name.toLowerCase() === key);
}
