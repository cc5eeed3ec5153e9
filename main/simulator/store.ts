import type { Catalog } from './catalog/catalog.ts';
import { createRng, deriveSeed } from './prng.ts';
import type { SimProfile } from './profile.ts';
import { seedCatalog } from './seed/catalog-seed.ts';
import { type Customer, seedCustomers } from './seed/customers.ts';
import { type Documents, seedDocuments } from './seed/documents.ts';
import { seedInvoiceDetails } from './seed/invoice-details.ts';
import { type Outlet, seedOutlets } from './seed/outlets.ts';
import { addShippingFeeItem } from './seed/shipping-fee.ts';

/** Everything the simulated DealPOS account holds. Mutated in place by the write routes. */
export interface SimStore extends Documents {
  outlets: Outlet[];
  catalog: Catalog;
  customers: Customer[];
}

/**
 * Builds the store for a seed; each part draws from its own stream (see deriveSeed). The live
 * profile's catalog ends with the empty-code shipping-fee item, in place of the last generated
 * variant, so both profiles hold `variantCount` variants.
 */
export function seedStore(seed: number, variantCount: number, profile: SimProfile): SimStore {
  const withShippingFee = profile === 'live' && variantCount > 0;
  const outlets = seedOutlets(createRng(deriveSeed(seed, 'outlets')));
  const catalog = seedCatalog(
    createRng(deriveSeed(seed, 'catalog')),
    withShippingFee ? variantCount - 1 : variantCount,
    outlets,
  );
  const customers = seedCustomers(createRng(deriveSeed(seed, 'customers')), outlets);
  const documents = seedDocuments(createRng(deriveSeed(seed, 'documents')), catalog, outlets);
  seedInvoiceDetails(createRng(deriveSeed(seed, 'invoice-details')), documents.invoices, catalog, customers);
  if (withShippingFee) {
    const rng = createRng(deriveSeed(seed, 'shipping-fee'));
    addShippingFeeItem(catalog, { product: rng.guid(), variant: rng.guid() });
  }
  return { outlets, catalog, customers, ...documents };
}

/** DealPOS matches outlet names without regard to case. */
export function findOutlet(store: SimStore, name: string): Outlet | undefined {
  const key = name.trim().toLowerCase();
  return store.outlets.find((o) => o.name.toLowerCase() === key);
}
