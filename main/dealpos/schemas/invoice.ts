import { z } from 'zod';
import { maybe } from './parse.ts';

/** One invoice as `Invoice/Detail` gives it: what a person checks before voiding it. */
export interface InvoiceDetail {
  id: string | undefined;
  number: string;
  /** As DealPOS wrote it, e.g. "2026-11-03T10:15:00.0000000+07:00". */
  date: string | undefined;
  outlet: string | undefined;
  /** Undefined for a walk-in sale. */
  customer: { id: string | undefined; code: string | undefined; name: string } | undefined;
  total: number;
  /** "Active", or "Void" while it sits in the Recycle Bin, as DealPOS said. */
  status: string | undefined;
  fulfillment: string | undefined;
  lines: {
    variantId: string | undefined;
    code: string;
    name: string;
    quantity: number;
    price: number;
    discount: number;
  }[];
}

const lineSchema = z.object({
  VariantID: maybe(z.string()),
  Code: maybe(z.string()),
  Name: maybe(z.string()),
  Quantity: z.number(),
  // Bill/Detail's live lines say Price; the Barcode reads say UnitPrice.
  Price: maybe(z.number()),
  UnitPrice: maybe(z.number()),
  Discount: maybe(z.number()),
});

/**
 * `Invoice/Detail?Number=&OutletID=` (README, live table "Other reads"). Its body is not public:
 * fields are read leniently, lines from `Variants` (Bill/Detail's live form) or `Lines`, and a
 * missing total is summed from the lines.
 */
export const invoiceDetailSchema = z
  .object({
    ID: maybe(z.string()),
    Number: z.string(),
    Date: maybe(z.string()),
    Outlet: maybe(z.string()),
    Customer: maybe(z.object({ ID: maybe(z.string()), Code: maybe(z.string()), Name: z.string() })),
    Total: maybe(z.number()),
    Status: maybe(z.string()),
    Fulfillment: maybe(z.string()),
    Variants: maybe(z.array(lineSchema)),
    Lines: maybe(z.array(lineSchema)),
  })
  .transform((i): InvoiceDetail => {
    const lines = (i.Variants ?? i.Lines ?? []).map((l) => ({
      variantId: l.VariantID,
      code: l.Code ?? '',
      name: l.Name ?? l.Code ?? '',
      quantity: l.Quantity,
      price: l.Price ?? l.UnitPrice ?? 0,
      discount: l.Discount ?? 0,
    }));
    return {
      id: i.ID,
      number: i.Number,
      date: i.Date,
      outlet: i.Outlet,
      customer: i.Customer ? { id: i.Customer.ID, code: i.Customer.Code, name: i.Customer.Name } : undefined,
      total: i.Total ?? lines.reduce((sum, l) => sum + l.quantity * l.price - l.discount, 0),
      status: i.Status,
      fulfillment: i.Fulfillment,
      lines,
    };
  });
