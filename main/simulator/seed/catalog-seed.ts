import { Catalog } from '../catalog/catalog.ts';
import type { Category, Component, OutletPrice, Product, Variant } from '../catalog/records.ts';
import { variantDisplayName } from '../catalog/records.ts';
import type { VariantType } from '../catalog/variant-types.ts';
import { ean13CheckDigit } from '../ean13.ts';
import type { Rng } from '../prng.ts';
import { CATEGORY_TEMPLATES, type CategoryTemplate } from './category-templates.ts';
import type { Outlet } from './outlets.ts';
import { type VariantOption, variantOptions } from './variant-axes.ts';

/** How a product's SKUs look: "1315L", "CR1042-M-BRU", or EAN-13 barcodes. */
type CodeScheme = 'numeric' | 'alpha' | 'ean';

const DAY_MS = 86_400_000;
const FIRST_RELEASE = Date.UTC(2019, 0, 1);
const RELEASE_DAYS = 2_737; // up to 2026-06-30

/**
 * Generates the catalog: products cycle through the leaf categories, each with its size/colour/
 * pack variants, until exactly `variantCount` variants exist. Only cheap work per variant, so
 * 100,000 variants take well under a second or two.
 */
export function seedCatalog(rng: Rng, variantCount: number, outlets: readonly Outlet[]): Catalog {
  const categories: Category[] = CATEGORY_TEMPLATES.map((template) => ({
    id: rng.guid(),
    name: template.path,
    discontinued: template.discontinued ?? false,
    variants: [],
  }));
  const catalog = new Catalog(categories);
  const eanStart = rng.int(10_000_000, 80_000_000);
  let eanCounter = 0;
  const nextEan = (): string => {
    const first12 = `899${String(eanStart + eanCounter++).padStart(9, '0')}`;
    // About 2% carry a wrong check digit: legacy codes a printer's EAN-13 symbology refuses.
    const check = ean13CheckDigit(first12);
    return `${first12}${rng.chance(0.02) ? (check + 1) % 10 : check}`;
  };

  for (let index = 0; catalog.variantCount < variantCount; index++) {
    // The first round visits every category once, so even a small catalog fills them all.
    const templateIndex =
      index < CATEGORY_TEMPLATES.length ? index : rng.int(0, CATEGORY_TEMPLATES.length - 1);
    const template = CATEGORY_TEMPLATES[templateIndex] as CategoryTemplate;
    const category = categories[templateIndex] as Category;
    const scheme: CodeScheme = rng.chance(0.4) ? 'numeric' : rng.chance(0.6) ? 'alpha' : 'ean';
    const product = seedProduct(rng, template, category, 1000 + index, scheme);
    catalog.addProduct(product);
    const options = variantOptions(rng, template, product.type === 'MultipleUOM');
    const basePrice = price(rng, template);
    for (const option of options) {
      if (catalog.variantCount >= variantCount) break;
      let code = scheme === 'ean' ? nextEan() : skuCode(scheme, product.code, option);
      if (catalog.hasCode(code)) code = `${code}-${catalog.variantCount}`;
      catalog.addVariant(seedVariant(rng, catalog, template, product, option, code, basePrice, outlets));
    }
  }
  return catalog;
}

function seedProduct(
  rng: Rng,
  template: CategoryTemplate,
  category: Category,
  number: number,
  scheme: CodeScheme,
): Product {
  const name = `${rng.pick(template.bases)} ${rng.pick(template.descriptors)}`;
  const id = rng.guid();
  const type: VariantType = template.special && rng.chance(0.35) ? template.special : 'Standard';
  const released = new Date(FIRST_RELEASE + rng.int(0, RELEASE_DAYS) * DAY_MS).toISOString().slice(0, 10);
  return {
    id,
    code: scheme === 'numeric' ? String(number) : `${initials(name)}${number}`,
    name,
    brand: rng.pick(template.brands),
    category,
    type,
    released,
    // Protocol-relative, as DealPOS returns Cloudinary URLs; some products have no picture.
    imageURL: rng.chance(0.7) ? `//res.cloudinary.com/dealpossim/image/upload/Product/${id}/0.jpg` : null,
    variants: [],
  };
}

function seedVariant(
  rng: Rng,
  catalog: Catalog,
  template: CategoryTemplate,
  product: Product,
  option: VariantOption,
  code: string,
  basePrice: number,
  outlets: readonly Outlet[],
): Variant {
  const upcharge = option.model.startsWith('XXL') ? 1.2 : option.model.startsWith('XL') ? 1.1 : 1;
  const packFactor = option.model === 'Box' ? 10 : 1;
  const unitPrice = Math.round((basePrice * upcharge * packFactor) / 1000) * 1000;
  const unitCost = Math.round((unitPrice * (0.45 + rng.next() * 0.25)) / 500) * 500;
  return {
    id: rng.guid(),
    product,
    code,
    model: option.model,
    name: variantDisplayName(product.name, option.model),
    type: product.type,
    orderPrice: rng.chance(0.8) ? unitCost : 0,
    unitCost,
    unitPrice,
    taxable: rng.chance(0.9),
    loyaltyPoint: rng.chance(0.85),
    // A discontinued category discontinues all its variants; elsewhere a few percent are.
    discontinued: product.category.discontinued || rng.chance(0.025),
    weight: rng.int(template.grams[0], template.grams[1]),
    description: rng.chance(0.2)
      ? `${product.brand} ${product.name}, koleksi ${product.released.slice(0, 4)}`
      : '',
    outletPrices: rng.chance(0.08) ? outletPrices(rng, unitPrice, outlets) : null,
    components: product.type === 'Composite' ? components(rng, catalog) : null,
    seq: catalog.nextSeq(),
  };
}

function skuCode(scheme: 'numeric' | 'alpha', productCode: string, option: VariantOption): string {
  if (option.suffix.length === 0) return productCode;
  const tail = option.suffix.join('-');
  // "1315" + "L" -> "1315L" and "2005" + "36" -> "200536", as on the Barcode example page; other
  // numeric suffixes get a hyphen so "1315" + "100G" does not read as one number.
  if (scheme === 'numeric' && /^([A-Z]|\d\d$|\d\d-)/.test(tail)) return `${productCode}${tail}`;
  return `${productCode}-${tail}`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word.replace(/[^A-Za-z]/g, '').charAt(0))
    .join('')
    .slice(0, 3)
    .toUpperCase();
}

function price(rng: Rng, template: CategoryTemplate): number {
  const [low, high] = template.priceK;
  // Food is priced to the 500 rupiah; everything else to the 1,000.
  return template.path.startsWith('Food/') ? rng.int(low * 2, high * 2) * 500 : rng.int(low, high) * 1000;
}

function outletPrices(rng: Rng, unitPrice: number, outlets: readonly Outlet[]): OutletPrice[] {
  const chosen = outlets.filter((o) => !o.suspended && rng.chance(0.5));
  return chosen.map((o) => ({
    Outlet: o.name,
    Price: Math.round((unitPrice * (0.9 + rng.next() * 0.2)) / 1000) * 1000,
    ExtraCost: rng.chance(0.3) ? rng.int(1, 10) * 500 : 0,
  }));
}

function components(rng: Rng, catalog: Catalog): Component[] | null {
  const earlier = catalog.variants;
  if (earlier.length === 0) return null;
  return Array.from({ length: rng.int(2, 3) }, () => {
    const part = rng.pick(earlier);
    return { Name: part.name, Code: part.code, Qty: rng.int(1, 3) };
  });
}
