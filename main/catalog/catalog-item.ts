import type { VariantRecord } from '../dealpos/schemas/variant.ts';
import type { CatalogItem } from '../ipc/channels/catalog.ts';

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
