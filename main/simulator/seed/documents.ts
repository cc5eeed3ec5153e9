import type { Catalog } from '../catalog/catalog.ts';
import type { Variant } from '../catalog/records.ts';
import type { Rng } from '../prng.ts';
import type { Outlet } from './outlets.ts';

/** One line of a Barcode/ByBillNumber or ByOutletDeliveryNumber answer, field names as DealPOS sends them. */
export interface DocumentLine {
  VariantID: string;
  Name: string;
  Code: string;
  Quantity: number;
  UnitPrice: number;
}

/**
 * A supplier bill or an outlet delivery. Lines are a snapshot taken when the document was made:
 * a document is history, so a later rename or delete of the variant does not rewrite it.
 * A delivery belongs to its receiving outlet, the one that prints labels for the goods.
 */
export interface LabelDocument {
  outlet: Outlet;
  number: string;
  lines: DocumentLine[];
}

export type Fulfillment = 'Sent' | 'Unsent';

export interface Invoice {
  id: string;
  outlet: Outlet;
  number: string;
  fulfillment: Fulfillment;
  /** "voided" = in the Recycle Bin; an erased invoice is removed from the store. */
  state: 'active' | 'voided';
  note: string | null;
  /** Filled by seedInvoiceDetails (its own random stream, so older streams stay as they were). */
  detail: InvoiceDetail;
}

/** What Invoice/Detail shows besides the number: when, to whom, what, for how much. */
export interface InvoiceDetail {
  /** As DealPOS's Jakarta servers write it, "2026-11-03T10:15:00.0000000+07:00". */
  date: string;
  /** Null for a walk-in sale. */
  customer: { id: string; code: string; name: string } | null;
  lines: {
    VariantID: string;
    Name: string;
    Code: string;
    Quantity: number;
    Price: number;
    Discount: number;
  }[];
}

export interface SalesOrder {
  id: string;
  outlet: Outlet;
  number: string;
  referenceNumber: string | null;
  logisticServiceCode: string | null;
  note: string | null;
}

export interface Documents {
  bills: LabelDocument[];
  deliveries: LabelDocument[];
  invoices: Invoice[];
  salesOrders: SalesOrder[];
}

// Numbering differs per outlet, as tenants configure it; the slash forms force clients to
// URL-encode numbers in a query string.
const billNumber = (i: number, n: number) =>
  i % 2 === 0 ? `PB/2026/11/${pad(n, 4)}` : `2026.11.${pad(n, 5)}`;
const deliveryNumber = (i: number, n: number) =>
  i % 2 === 0 ? `OD/2026/10/${pad(n, 4)}` : `2026.10.${pad(n, 5)}`;
const invoiceNumber = (i: number, o: Outlet, n: number) =>
  i % 2 === 0 ? `2026.11.${pad(n, 5)}` : `${o.code}.26.11.${pad(n, 5)}`;
const orderNumber = (i: number, n: number) =>
  i % 2 === 0 ? `26.11.${pad(n, 5)}` : `SO/2026/11/${pad(n, 4)}`;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function seedDocuments(rng: Rng, catalog: Catalog, outlets: readonly Outlet[]): Documents {
  const documents: Documents = { bills: [], deliveries: [], invoices: [], salesOrders: [] };
  outlets
    .filter((o) => !o.suspended)
    .forEach((outlet, i) => {
      for (let n = 1; n <= 3; n++) {
        documents.bills.push({ outlet, number: billNumber(i, n), lines: billLines(rng, catalog) });
      }
      for (let n = 1; n <= 2; n++) {
        documents.deliveries.push({
          outlet,
          number: deliveryNumber(i, n),
          lines: deliveryLines(rng, catalog, outlet),
        });
      }
      for (let n = 1; n <= 3; n++) {
        const fulfillment = (i + n) % 2 === 0 ? 'Sent' : 'Unsent';
        documents.invoices.push({
          id: rng.guid(),
          outlet,
          number: invoiceNumber(i, outlet, n),
          fulfillment,
          state: 'active',
          note: null,
          detail: { date: '', customer: null, lines: [] },
        });
      }
      for (let n = 1; n <= 2; n++) {
        const marketplace = rng.chance(0.5);
        documents.salesOrders.push({
          id: rng.guid(),
          outlet,
          number: orderNumber(i, n),
          referenceNumber: marketplace ? `TKPD-${rng.int(100000, 999999)}` : null,
          logisticServiceCode: marketplace ? 'JNE' : null,
          note: null,
        });
      }
    });
  return documents;
}

/** 1-12 lines, each 1-30 units, mostly sibling sizes of a few products as a real purchase is. */
function pickLines(rng: Rng, catalog: Catalog, price: (v: Variant) => number): DocumentLine[] {
  const variants = catalog.variants;
  const wanted = rng.int(1, 12);
  const lines: DocumentLine[] = [];
  const taken = new Set<Variant>();
  for (let attempt = 0; lines.length < wanted && attempt < 50 && variants.length > 0; attempt++) {
    for (const v of rng.pick(variants).product.variants) {
      if (lines.length >= wanted) break;
      if (v.discontinued || taken.has(v)) continue;
      taken.add(v);
      lines.push({
        VariantID: v.id,
        Name: v.name,
        Code: v.code,
        Quantity: rng.int(1, 30),
        UnitPrice: price(v),
      });
    }
  }
  return lines;
}

function billLines(rng: Rng, catalog: Catalog): DocumentLine[] {
  // Some bills predate a price change, so the document price and today's price differ.
  return pickLines(rng, catalog, (v) =>
    rng.chance(0.2) ? Math.round((v.unitPrice * 0.9) / 1000) * 1000 : v.unitPrice,
  );
}

function deliveryLines(rng: Rng, catalog: Catalog, outlet: Outlet): DocumentLine[] {
  return pickLines(
    rng,
    catalog,
    (v) => v.outletPrices?.find((p) => p.Outlet === outlet.name)?.Price ?? v.unitPrice,
  );
}
