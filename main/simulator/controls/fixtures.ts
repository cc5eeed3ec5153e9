import type { Variant } from '../catalog/records.ts';
import { isValidEan13 } from '../ean13.ts';
import type { SimState } from '../state.ts';

const SAMPLE_SIZE = 20;

/**
 * Codes of every kind a client must handle: a numeric SKU ("1315L"), a hyphenated SKU
 * ("CR1042-M-BRU"), a valid EAN-13, a 13-digit code with a wrong check digit, discontinued
 * ones, then an even spread over the catalog.
 */
function sampleVariants(variants: readonly Variant[]): Variant[] {
  const picks = new Set<Variant>();
  const add = (v: Variant | undefined) => {
    // The live profile's empty-code shipping fee is nobody's barcode: never a sample to scan.
    if (v && v.code !== '' && picks.size < SAMPLE_SIZE) picks.add(v);
  };
  add(variants.find((v) => /^\d{4,5}[A-Z]/.test(v.code)));
  add(variants.find((v) => /^[A-Z]+\d+-/.test(v.code)));
  add(variants.find((v) => isValidEan13(v.code)));
  add(variants.find((v) => /^\d{13}$/.test(v.code) && !isValidEan13(v.code)));
  for (const v of variants.filter((v) => v.discontinued).slice(0, 3)) add(v);
  const stride = Math.max(1, Math.floor(variants.length / SAMPLE_SIZE));
  for (let i = 0; i < variants.length && picks.size < SAMPLE_SIZE; i += stride) add(variants[i]);
  return [...picks];
}

/** GET /_sim/fixtures: what a test needs to know to ask the simulator meaningful questions. */
export function buildFixtures(state: SimState) {
  const { store } = state;
  const variants = store.catalog.variants;
  const [full, limited, productsOnly] = state.clients;
  return {
    profile: state.options.profile,
    outlets: store.outlets.map((o) => ({ ID: o.id, Name: o.name, Code: o.code, Suspended: o.suspended })),
    categories: store.catalog.categories.map((c) => c.name),
    bills: store.bills.map((d) => ({ outlet: d.outlet.name, number: d.number, lines: d.lines })),
    deliveries: store.deliveries.map((d) => ({ outlet: d.outlet.name, number: d.number, lines: d.lines })),
    customers: store.customers.map((c) => ({
      ID: c.id,
      Code: c.code,
      MobilePhone: c.mobilePhone,
      Email: c.email,
      PIN: c.pin,
      Status: c.status,
    })),
    invoices: store.invoices.map((i) => ({
      outlet: i.outlet.name,
      outletID: i.outlet.id,
      number: i.number,
      invoiceID: i.id,
      fulfillment: i.fulfillment,
      state: i.state,
    })),
    salesOrders: store.salesOrders.map((o) => ({
      outlet: o.outlet.name,
      number: o.number,
      referenceNumber: o.referenceNumber,
      logisticServiceCode: o.logisticServiceCode,
    })),
    products: store.catalog.products.map((p) => ({ Code: p.code, ID: p.id, Name: p.name })),
    variantCount: variants.length,
    sampleVariantCodes: sampleVariants(variants).map((v) => v.code),
    discontinuedCodes: variants.filter((v) => v.discontinued).map((v) => v.code),
    invalidEanCodes: variants
      .filter((v) => /^\d{13}$/.test(v.code) && !isValidEan13(v.code))
      .slice(0, 10)
      .map((v) => v.code),
    credentials: {
      full: full?.credentials,
      limited: limited?.credentials,
      productsOnly: productsOnly?.credentials,
    },
  };
}

export type SimFixtures = ReturnType<typeof buildFixtures>;
