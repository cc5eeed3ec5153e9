import type { Catalog } from '../catalog/catalog.ts';
import type { Category, Product, Variant } from '../catalog/records.ts';

/**
 * The non-inventory "shipping fee" item live tenants carry with an empty code: live `GET
 * /Variant` rows included one with `Code: ""` (README, live table "Variant list rows"). It is
 * nobody's barcode, so a catalog must keep it without indexing it by code.
 */
export function addShippingFeeItem(catalog: Catalog, id: { product: string; variant: string }): Variant {
  // Live rows say nothing of its category; the simulator files it under the first one.
  const category = catalog.categories[0] as Category;
  const product: Product = {
    id: id.product,
    code: 'ONGKIR',
    name: 'Ongkos Kirim',
    brand: '',
    category,
    type: 'NonInventory',
    released: '2019-01-01',
    imageURL: null,
    variants: [],
  };
  catalog.addProduct(product);
  const variant: Variant = {
    id: id.variant,
    product,
    code: '',
    model: '',
    name: 'Ongkos Kirim',
    type: 'NonInventory',
    orderPrice: 0,
    unitCost: 0,
    unitPrice: 0,
    taxable: false,
    loyaltyPoint: false,
    discontinued: false,
    weight: 0,
    description: '',
    outletPrices: null,
    components: null,
    seq: catalog.nextSeq(),
  };
  catalog.addVariant(variant);
  return variant;
}
