import { z } from 'zod';

/** A line of a supplier bill or outlet delivery, as `Barcode/By...Number` gives it for label printing. */
export interface BarcodeLine {
  variantId: string;
  name: string;
  code: string;
  /** Units received; one label each. Whether DealPOS can send fractions (MultipleUOM) is unknown. */
  quantity: number;
  /** The document's price (selling price or cost is not documented). */
  unitPrice: number;
}

export const barcodeLineSchema = z
  .object({
    VariantID: z.string(),
    Name: z.string(),
    Code: z.string(),
    Quantity: z.number().nonnegative(),
    UnitPrice: z.number(),
  })
  .transform(
    (l): BarcodeLine => ({
      variantId: l.VariantID,
      name: l.Name,
      code: l.Code,
      quantity: l.Quantity,
      unitPrice: l.UnitPrice,
    }),
  );
