import type { Category, Product, Variant } from './records.ts';

// DealPOS stores codes in SQL Server, whose default collation is case-insensitive, so "1315l"
// finds "1315L". Keys are folded once here instead of at every caller.
const codeKey = (code: string): string => code.trim().toUpperCase();
const idKey = (id: string): string => id.trim().toLowerCase();
const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * The product catalog with the indexes every read needs: by variant code and ID (Detail,
 * GetIDByListCode answer without scanning), by product code (Variant/Add) and by category path
 * (the lists page through one category's array).
 */
export class Catalog {
  readonly categories: readonly Category[];
  readonly products: Product[] = [];
  private readonly all: Variant[] = [];
  private readonly byCode = new Map<string, Variant>();
  private readonly byId = new Map<string, Variant>();
  private readonly productsByCode = new Map<string, Product>();
  private readonly categoriesByName = new Map<string, Category>();
  private seq = 0;

  constructor(categories: readonly Category[]) {
    this.categories = categories;
    for (const category of categories) this.categoriesByName.set(nameKey(category.name), category);
  }

  /** Live variants in creation order. */
  get variants(): readonly Variant[] {
    return this.all;
  }

  get variantCount(): number {
    return this.all.length;
  }

  nextSeq(): number {
    return this.seq++;
  }

  addProduct(product: Product): void {
    this.products.push(product);
    this.productsByCode.set(codeKey(product.code), product);
  }

  /** Adds a variant whose product is already in the catalog; its seq must be the newest. */
  addVariant(variant: Variant): void {
    this.all.push(variant);
    // An empty code (a live tenant's shipping-fee item) is nobody's barcode.
    if (variant.code.trim() !== '') this.byCode.set(codeKey(variant.code), variant);
    this.byId.set(idKey(variant.id), variant);
    variant.product.variants.push(variant);
    variant.product.category.variants.push(variant);
  }

  removeVariant(variant: Variant): void {
    if (this.byCode.get(codeKey(variant.code)) === variant) this.byCode.delete(codeKey(variant.code));
    this.byId.delete(idKey(variant.id));
    removeFrom(this.all, variant);
    removeFrom(variant.product.variants, variant);
    removeFrom(variant.product.category.variants, variant);
  }

  hasCode(code: string): boolean {
    return this.byCode.has(codeKey(code));
  }

  variantByCode(code: string): Variant | undefined {
    return this.byCode.get(codeKey(code));
  }

  variantById(id: string): Variant | undefined {
    return this.byId.get(idKey(id));
  }

  productByCode(code: string): Product | undefined {
    return this.productsByCode.get(codeKey(code));
  }

  categoryByName(name: string): Category | undefined {
    return this.categoriesByName.get(nameKey(name));
  }
}

function removeFrom<T>(items: T[], item: T): void {
  const index = items.indexOf(item);
  if (index >= 0) items.splice(index, 1);
}
