import type { OutletPriceRow, PriceSource } from '../bridge/contract.ts';

/** What the catalog cache on this PC knows of a code. */
export interface CatalogFacts {
  product: string | null;
  variant: string | null;
  /** Selling price, whole rupiah. */
  unitPrice: number;
}

export interface PriceFacts {
  /** The document's own UnitPrice. */
  document: number;
  /** undefined: not looked up yet; null: the catalog has no such code. */
  catalog: CatalogFacts | null | undefined;
  /** undefined: not fetched (outlet price not chosen yet, or on its way). */
  outlet: OutletPriceRow | undefined;
  /**
   * The document's price is what the shop paid (a supplier bill): it differs from a selling
   * price on every line by design, so it is not shown as a difference.
   */
  documentIsCost?: boolean;
}

/** Where a label's price came from: a source, or the variant's selling price standing in for a missing outlet price. */
export type PriceOrigin = PriceSource | 'selling';

export interface LabelPrice {
  /** Whole rupiah; null while pending. */
  amount: number | null;
  origin: PriceOrigin;
  /** The chosen source had no price, so another one stands in (`origin` says which). */
  fallback: boolean;
  /** The chosen source is still being asked. */
  pending: boolean;
  /** The other prices known for the line that differ from `amount`, for the table to show. */
  differing: { origin: PriceOrigin; amount: number }[];
}

const whole = (amount: number) => Math.round(amount);

function chosen(
  source: PriceSource,
  facts: PriceFacts,
): Pick<LabelPrice, 'amount' | 'origin' | 'fallback' | 'pending'> {
  const fromDocument = { amount: whole(facts.document), origin: 'document' as const };
  switch (source) {
    case 'document':
      return { ...fromDocument, fallback: false, pending: false };
    case 'catalog':
      if (facts.catalog === undefined)
        return { amount: null, origin: 'catalog', fallback: false, pending: true };
      if (facts.catalog === null) return { ...fromDocument, fallback: true, pending: false };
      return { amount: whole(facts.catalog.unitPrice), origin: 'catalog', fallback: false, pending: false };
    case 'outlet': {
      const row = facts.outlet;
      if (row === undefined) return { amount: null, origin: 'outlet', fallback: false, pending: true };
      if (row.found && row.outletPrice !== null) {
        return { amount: whole(row.outletPrice), origin: 'outlet', fallback: false, pending: false };
      }
      // No price of the outlet's own: the outlet sells at the variant's selling price.
      if (row.found && row.sellingPrice !== null) {
        return { amount: whole(row.sellingPrice), origin: 'selling', fallback: true, pending: false };
      }
      return { ...fromDocument, fallback: true, pending: false };
    }
  }
}

/**
 * The price a line's labels carry with `source` chosen, and the other known prices that differ
 * from it. A source without a price for the line falls back (catalog: the document's price;
 * outlet: the selling price, then the document's) and says so.
 */
export function labelPrice(source: PriceSource, facts: PriceFacts): LabelPrice {
  const pick = chosen(source, facts);
  const known: { origin: PriceOrigin; amount: number }[] = [];
  if (!facts.documentIsCost || source === 'document') {
    known.push({ origin: 'document', amount: whole(facts.document) });
  }
  if (facts.catalog) known.push({ origin: 'catalog', amount: whole(facts.catalog.unitPrice) });
  if (facts.outlet?.found && facts.outlet.outletPrice !== null) {
    known.push({ origin: 'outlet', amount: whole(facts.outlet.outletPrice) });
  }
  const differing =
    pick.amount === null
      ? []
      : known.filter((price) => price.origin !== pick.origin && price.amount !== pick.amount);
  return { ...pick, differing };
}
