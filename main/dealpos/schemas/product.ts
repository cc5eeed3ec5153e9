import { z } from 'zod';
import { imageUrl, maybe } from './parse.ts';

/** A variant inside a `/Product` row: model, code, prices, discontinued and on-hand stock. */
export interface ProductVariant {
  id: string;
  code: string;
  /** The variant part of the name ("L", "M / Biru"); empty for a product without variants. */
  model: string;
  unitPrice: number;
  unitCost: number | undefined;
  type: string | undefined;
  discontinued: boolean;
  /** On hand over every outlet, when asked with `QueryInventory=true`. */
  inventory: number | undefined;
}

/** A row of `GET /Product`: one product with all its variants. */
export interface ProductRecord {
  id: string;
  code: string;
  name: string;
  category: string | undefined;
  imageUrl: string | undefined;
  discontinued: boolean;
  variants: ProductVariant[];
}

// Shapes from a live clone (README "Products with their variants"): `ImageUrl`, not `ImageURL`;
// `Weight` may be null; `TypeID` is what `/Variant` calls `Type`.
const productVariantSchema = z
  .object({
    ID: z.string(),
    Model: maybe(z.string()),
    Code: maybe(z.string()),
    UnitPrice: maybe(z.number()),
    UnitCost: maybe(z.number()),
    TypeID: maybe(z.union([z.string(), z.number().transform(String)])),
    Discontinued: maybe(z.boolean()),
    Inventory: maybe(z.number()),
  })
  .transform(
    (v): ProductVariant => ({
      id: v.ID,
      code: v.Code ?? '',
      model: v.Model ?? '',
      unitPrice: v.UnitPrice ?? 0,
      unitCost: v.UnitCost,
      type: v.TypeID,
      discontinued: v.Discontinued ?? false,
      inventory: v.Inventory,
    }),
  );

export const productRecordSchema = z
  .object({
    ID: z.string(),
    Code: maybe(z.string()),
    Name: z.string(),
    Category: maybe(z.string()),
    ImageUrl: imageUrl,
    ImageURL: imageUrl,
    Discontinued: maybe(z.boolean()),
    Variants: maybe(z.array(productVariantSchema)),
  })
  .transform(
    (p): ProductRecord => ({
      id: p.ID,
      code: p.Code ?? '',
      name: p.Name,
      category: p.Category,
      imageUrl: p.ImageUrl ?? p.ImageURL,
      discontinued: p.Discontinued ?? false,
      variants: p.Variants ?? [],
    }),
  );
