import { catalogItemOf } from '../catalog/catalog-item.ts';
import type { VariantDetail } from '../dealpos/schemas/variant.ts';
import type { VariantSheet } from './back-office-channels.ts';

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
