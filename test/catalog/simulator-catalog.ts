import { createHash } from 'node:crypto';
import type { CatalogItem } from '../../main/app-contract.ts';
import { totalOnHand } from '../../main/simulator/seed/stock.ts';
import { seedStore } from '../../main/simulator/store.ts';

/** What a catalog item is compared on: everything a cashier sees, stock included. */
export interface ComparedItem {
  id: string;
  code: string;
  name: string;
  product: string | null;
  variant: string | null;
  category: string | null;
  unitPrice: number;
  discontinued: boolean;
  onHand: number | null;
}

const compared = (i: ComparedItem): ComparedItem => ({
  id: i.id,
  code: i.code,
  name: i.name,
  product: i.product,
  variant: i.variant,
  category: i.category,
  unitPrice: i.unitPrice,
  discontinued: i.discontinued,
  onHand: i.onHand,
});

/**
 * The simulator's catalog read from its own seeded records (same seed, same store), not through
 * the API the sync uses: an auditor's copy to hold the synced one against.
 */
export function seededCatalog(seed: number, variants: number): { items: ComparedItem[]; products: number } {
  const store = seedStore(seed, variants, 'live');
  const items = store.catalog.variants.map((v) =>
    compared({
      id: v.id,
      code: v.code,
      name: v.name,
      product: v.product.name,
      variant: v.model === '' ? null : v.model,
      category: v.product.category.name,
      unitPrice: v.unitPrice,
      discontinued: v.discontinued,
      onHand: totalOnHand(seed, v, store.outlets),
    }),
  );
  return { items, products: store.catalog.products.length };
}

/** One hash over the compared fields of every item, in ID order. */
export function checksumOf(items: readonly (ComparedItem | CatalogItem)[]): string {
  const rows = items
    .map((i) => compared({ ...i, onHand: i.onHand ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}
