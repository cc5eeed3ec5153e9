import type { Variant } from '../catalog/records.ts';

/** A row of List Variants (`Variant`). */
export function variantListRow(v: Variant) {
  return {
    ID: v.id,
    ProductID: v.product.id,
    Category: v.product.category.name,
    Brand: v.product.brand,
    Product: v.product.name,
    Variant: v.model,
    Name: v.name,
    Code: v.code,
    Type: v.type,
    OrderPrice: v.orderPrice,
    UnitCost: v.unitCost,
    UnitPrice: v.unitPrice,
    Taxable: v.taxable,
    LoyaltyPoint: v.loyaltyPoint,
    Discontinued: v.discontinued,
    Weight: v.weight,
  };
}

/** A row of List Variant Data (`Variant/Data`): the fields a catalog sync needs, nothing more. */
export function variantDataRow(v: Variant) {
  return { ID: v.id, Name: v.name, Code: v.code, Type: v.type, UnitPrice: v.unitPrice, UnitCost: v.unitCost };
}

/** Variant/Detail. No stock on hand; `Code` is the barcode (there is no separate barcode field). */
export function variantDetail(v: Variant) {
  const image = v.product.imageURL;
  return {
    ID: v.id,
    ProductID: v.product.id,
    Category: v.product.category.name,
    Brand: v.product.brand,
    Product: v.product.name,
    Variant: v.model,
    Name: v.name,
    Code: v.code,
    Weight: v.weight,
    Type: v.type,
    OrderPrice: v.orderPrice,
    UnitCost: v.unitCost,
    UnitPrice: v.unitPrice,
    Taxable: v.taxable,
    LoyaltyPoint: v.loyaltyPoint,
    Discontinued: v.discontinued,
    ImageURL: image,
    // Cloudinary derives thumbnails by a transformation in the path.
    ThumbnailURL: image ? image.replace('/upload/', '/upload/c_thumb,w_150/') : null,
    Components: v.components ?? [],
    Description: v.description,
    OutletPrice: v.outletPrices ?? [],
  };
}
