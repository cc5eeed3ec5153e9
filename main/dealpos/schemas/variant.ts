import { z } from 'zod';
import { imageUrl, maybe } from './parse.ts';

/** A variant (a sellable item; its `code` is the barcode) as the catalog and labels use it. */
export interface VariantRecord {
  id: string;
  productId: string | undefined;
  code: string;
  /** Display name, e.g. "Cardigan (L)". */
  name: string;
  product: string | undefined;
  variant: string | undefined;
  category: string | undefined;
  brand: string | undefined;
  type: string | undefined;
  /** Selling price in whole currency units (rupiah). */
  unitPrice: number;
  unitCost: number | undefined;
  taxable: boolean | undefined;
  discontinued: boolean;
}

export interface OutletPrice {
  outlet: string;
  price: number;
  extraCost: number;
}

export interface VariantDetail extends VariantRecord {
  description: string | undefined;
  imageUrl: string | undefined;
  thumbnailUrl: string | undefined;
  outletPrices: OutletPrice[];
  components: { code: string; name: string; qty: number }[];
}

const recordFields = {
  ID: z.string(),
  ProductID: maybe(z.string()),
  Code: z.string(),
  Name: z.string(),
  Product: maybe(z.string()),
  Variant: maybe(z.string()),
  Category: maybe(z.string()),
  Brand: maybe(z.string()),
  Type: maybe(z.string()),
  UnitPrice: z.number(),
  UnitCost: maybe(z.number()),
  Taxable: maybe(z.boolean()),
  Discontinued: maybe(z.boolean()),
};

type RecordFields = z.output<z.ZodObject<typeof recordFields>>;

const toRecord = (v: RecordFields): VariantRecord => ({
  id: v.ID,
  productId: v.ProductID,
  code: v.Code,
  name: v.Name,
  product: v.Product,
  variant: v.Variant,
  category: v.Category,
  brand: v.Brand,
  type: v.Type,
  unitPrice: v.UnitPrice,
  unitCost: v.UnitCost,
  taxable: v.Taxable,
  discontinued: v.Discontinued ?? false,
});

/** A row of `Variant` (List Variants). */
export const variantRecordSchema = z.object(recordFields).transform(toRecord);

/** A row of `Variant/Data`: documented with at least ID, Name, Code, Type, UnitPrice, UnitCost. */
export interface VariantDataRow {
  id: string;
  code: string;
  name: string;
  type: string | undefined;
  unitPrice: number;
  unitCost: number | undefined;
}

export const variantDataRowSchema = z
  .object({
    ID: z.string(),
    Code: z.string(),
    Name: z.string(),
    Type: maybe(z.string()),
    UnitPrice: z.number(),
    UnitCost: maybe(z.number()),
  })
  .transform(
    (v): VariantDataRow => ({
      id: v.ID,
      code: v.Code,
      name: v.Name,
      type: v.Type,
      unitPrice: v.UnitPrice,
      unitCost: v.UnitCost,
    }),
  );

export const variantDetailSchema = z
  .object({
    ...recordFields,
    Description: maybe(z.string()),
    ImageURL: imageUrl,
    ThumbnailURL: imageUrl,
    OutletPrice: maybe(
      z.array(
        z.object({
          Outlet: z.string(),
          // The update page calls it Price; the OutletPrice endpoint calls it UnitPrice.
          Price: maybe(z.number()),
          UnitPrice: maybe(z.number()),
          ExtraCost: maybe(z.number()),
        }),
      ),
    ),
    Components: maybe(
      z.array(z.object({ Code: z.string(), Name: maybe(z.string()), Qty: maybe(z.number()) })),
    ),
  })
  .transform(
    (v): VariantDetail => ({
      ...toRecord(v),
      description: v.Description,
      imageUrl: v.ImageURL,
      thumbnailUrl: v.ThumbnailURL,
      outletPrices: (v.OutletPrice ?? []).map((p) => ({
        outlet: p.Outlet,
        price: p.Price ?? p.UnitPrice ?? v.UnitPrice,
        extraCost: p.ExtraCost ?? 0,
      })),
      components: (v.Components ?? []).map((c) => ({
        code: c.Code,
        name: c.Name ?? c.Code,
        qty: c.Qty ?? 1,
      })),
    }),
  );

/** A row of `Variant/GetIDByListCode` (and its Discontinued twin). */
export interface VariantId {
  id: string;
  productId: string | undefined;
  code: string;
  discontinued: boolean | undefined;
}

export const variantIdSchema = z
  .object({
    ID: z.string(),
    ProductID: maybe(z.string()),
    Code: z.string(),
    Discontinued: maybe(z.boolean()),
  })
  .transform(
    (v): VariantId => ({ id: v.ID, productId: v.ProductID, code: v.Code, discontinued: v.Discontinued }),
  );

export interface AddedVariants {
  productId: string;
  variants: { code: string; id: string }[];
}

export const addedVariantsSchema = z
  .object({
    ID: z.string(),
    Variants: maybe(z.array(z.object({ Code: z.string(), ID: z.string() }))),
    ListVariantID: maybe(z.array(z.string())),
  })
  .transform(
    (body): AddedVariants => ({
      productId: body.ID,
      variants: (body.Variants ?? []).map((v) => ({ code: v.Code, id: v.ID })),
    }),
  );
