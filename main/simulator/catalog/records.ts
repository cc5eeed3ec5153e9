import type { VariantType } from './variant-types.ts';

/** A leaf category; `name` is the whole "/"-separated path, e.g. "Women/Tops". */
export interface Category {
  id: string;
  name: string;
  discontinued: boolean;
  /** Live variants of this category in creation order (the list order). */
  variants: Variant[];
}

export interface Product {
  id: string;
  code: string;
  name: string;
  brand: string;
  category: Category;
  type: VariantType;
  /** Release date, YYYY-MM-DD: what ReleasedFrom/ReleasedTo filter on. */
  released: string;
  imageURL: string | null;
  variants: Variant[];
}

export interface OutletPrice {
  Outlet: string;
  Price: number;
  ExtraCost: number;
}

export interface Component {
  Name: string;
  Code: string;
  Qty: number;
}

/**
 * One sellable variant. Kept compact (shared product reference, null instead of empty lists)
 * because a catalog of 100,000+ of them must fit comfortably in memory.
 */
export interface Variant {
  id: string;
  product: Product;
  code: string;
  /** The variant part of the name ("L", "M / Biru"); empty for a product without variants. */
  model: string;
  /** Display name, e.g. "Cardigan Rajut (L)". */
  name: string;
  type: VariantType;
  orderPrice: number;
  unitCost: number;
  unitPrice: number;
  taxable: boolean;
  loyaltyPoint: boolean;
  discontinued: boolean;
  weight: number;
  description: string;
  outletPrices: OutletPrice[] | null;
  components: Component[] | null;
  /** Creation order; the stable sort key of every list. */
  seq: number;
}

/** "Cardigan Rajut" + "L" -> "Cardigan Rajut (L)", as DealPOS names variants on barcode lines. */
export function variantDisplayName(productName: string, model: string): string {
  return model === '' ? productName : `${productName} (${model})`;
}
