import type { ProductRecord } from '../dealpos/schemas/product.ts';
import type { VariantRecord } from '../dealpos/schemas/variant.ts';
import type { CatalogItem } from './catalog-channels.ts';

/** A DealPOS variant (list row or detail) as the catalog cache on the PC stores it. */
export const catalogItemOf = (v: VariantRecord): CatalogItem => ({
  id: v.id,
  code: v.code,
  name: v.name,
  product: v.product ?? null,
  variant: v.variant ?? null,
  category: v.category ?? null,
  type: v.type ?? null,
  unitPrice: v.unitPrice,
  discontinued: v.discontinued,
});

/** "Cardigan Rajut" + "L" -> "Cardigan Rajut (L)": how DealPOS names a variant on its own lists. */
const displayName = (product: string, model: string) => (model === '' ? product : `${product} (${model})`);

/**
 * The variants of a `/Product` row as catalog items: product, model, category, discontinued,
 * picture and on-hand stock, read at `readAt` (epoch ms). A variant is discontinued when it or
 * its whole product is.
 */
export const catalogItemsOfProduct = (p: ProductRecord, readAt: number): CatalogItem[] =>
  p.variants.map((v) => ({
    id: v.id,
    code: v.code,
    name: displayName(p.name, v.model),
    product: p.name,
    variant: v.model === '' ? null : v.model,
    category: p.category ?? null,
    type: v.type ?? null,
    unitPrice: v.unitPrice,
    discontinued: v.discontinued || p.discontinued,
    imageUrl: p.imageUrl ?? null,
    onHand: v.inventory ?? null,
    stockReadAt: v.inventory === undefined ? null : readAt,
  }));
