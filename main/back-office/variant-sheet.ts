import type { VariantDetail } from '../dealpos/schemas/variant.ts';
import type { VariantSheet } from '../ipc/channels/back-office.ts';
import type { CatalogItem } from '../ipc/channels/catalog.ts';

/** The variant as the catalog cache stores it (the same fields a catalog sync writes). */
export const catalogItemOf = (v: VariantDetail): CatalogItem => ({
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

/** What the quick-edit form shows of a variant: no image, no components, nothing it cannot edit but names. */
export const variantSheetOf = (v: VariantDetail): VariantSheet => ({
  code: v.code,
  name: v.name,
  model: v.variant ?? null,
  product: v.product ?? null,
  category: v.category ?? null,
  type: v.type ?? null,
  unitPrice: v.unitPrice,
  unitCost: v.unitCost ?? null,
  taxable: v.taxable ?? null,
  discontinued: v.discontinued,
  outletPrices: v.outletPrices.map((p) => ({ outlet: p.outlet, price: p.price, extraCost: p.extraCost })),
  item: catalogItemOf(v),
});
