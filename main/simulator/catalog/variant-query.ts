import type { Catalog } from './catalog.ts';
import type { Category, Variant } from './records.ts';

/** The filters List Variants, Variant Data and Variants Count share. */
export interface VariantFilter {
  /** Undefined only when the simulator runs with categoryRequired off: then every category. */
  category: Category | undefined;
  type?: string | undefined;
  name?: string | undefined;
  code?: string | undefined;
  /** YYYY-MM-DD, inclusive. */
  releasedFrom?: string | undefined;
  releasedTo?: string | undefined;
}

/**
 * Variants matching the filter, in creation order. Name and Code are case-insensitive
 * "contains" matches (like the back office search box); Type is an exact, case-insensitive
 * match; Released dates compare the product's release date.
 */
export function queryVariants(catalog: Catalog, filter: VariantFilter): readonly Variant[] {
  const source = filter.category ? filter.category.variants : catalog.variants;
  const type = filter.type?.toLowerCase();
  const name = filter.name?.toLowerCase();
  const code = filter.code?.toLowerCase();
  const { releasedFrom, releasedTo } = filter;
  if (!type && !name && !code && !releasedFrom && !releasedTo) return source;
  return source.filter(
    (v) =>
      (!type || v.type.toLowerCase() === type) &&
      (!name || v.name.toLowerCase().includes(name)) &&
      (!code || v.code.toLowerCase().includes(code)) &&
      (!releasedFrom || v.product.released >= releasedFrom) &&
      (!releasedTo || v.product.released <= releasedTo),
  );
}
