import type { CatalogItem, VariantSheet, VariantUpdateInput } from './contract.ts';
import { parseRupiah } from './rupiah-input.ts';

/** The edit form's fields as typed (prices are text until they are read). */
export interface VariantDraft {
  name: string;
  model: string;
  unitPrice: string;
  unitCost: string;
  taxable: boolean;
  discontinued: boolean;
  /** Existing outlet prices first, then the ones added here. */
  outletPrices: { outlet: string; price: string }[];
}

export type DraftField =
  | 'name'
  | 'model'
  | 'unitPrice'
  | 'unitCost'
  | 'taxable'
  | 'discontinued'
  | 'outletPrice';

/** One change, as the confirmation lists it. Prices are whole rupiah. */
export interface DraftChange {
  field: DraftField;
  /** The outlet, for an outlet price. */
  outlet?: string;
  from: string | number | boolean | null;
  to: string | number | boolean;
}

export interface DraftReading {
  /** What to send; null when nothing changed or something cannot be read. */
  input: VariantUpdateInput | null;
  changes: DraftChange[];
  /** Price fields that are not a whole amount of rupiah ("unitPrice", or "outlet:<name>"). */
  problems: string[];
}

const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** "150.000": how the amount is typed at an Indonesian desk (parseRupiah reads it back). */
export const priceText = (amount: number): string => grouped.format(amount);

export const draftOf = (sheet: VariantSheet): VariantDraft => ({
  name: sheet.name,
  model: sheet.model ?? '',
  unitPrice: priceText(sheet.unitPrice),
  unitCost: sheet.unitCost === null ? '' : priceText(sheet.unitCost),
  taxable: sheet.taxable ?? false,
  discontinued: sheet.discontinued,
  outletPrices: sheet.outletPrices.map((p) => ({ outlet: p.outlet, price: priceText(p.price) })),
});

/** Compares the form with the record DealPOS gave: only what differs is sent. */
export function readDraft(sheet: VariantSheet, draft: VariantDraft): DraftReading {
  const changes: DraftChange[] = [];
  const problems: string[] = [];
  const input: VariantUpdateInput = { code: sheet.code };

  const name = draft.name.trim();
  if (name !== '' && name !== sheet.name) {
    input.name = name;
    changes.push({ field: 'name', from: sheet.name, to: name });
  }
  const model = draft.model.trim();
  if (model !== '' && model !== (sheet.model ?? '')) {
    input.model = model;
    changes.push({ field: 'model', from: sheet.model, to: model });
  }
  const unitPrice = parseRupiah(draft.unitPrice);
  if (unitPrice === null) problems.push('unitPrice');
  else if (unitPrice !== sheet.unitPrice) {
    input.unitPrice = unitPrice;
    changes.push({ field: 'unitPrice', from: sheet.unitPrice, to: unitPrice });
  }
  if (draft.unitCost.trim() !== '') {
    const unitCost = parseRupiah(draft.unitCost);
    if (unitCost === null) problems.push('unitCost');
    else if (unitCost !== sheet.unitCost) {
      input.unitCost = unitCost;
      changes.push({ field: 'unitCost', from: sheet.unitCost, to: unitCost });
    }
  }
  if (draft.taxable !== (sheet.taxable ?? false)) {
    input.taxable = draft.taxable;
    changes.push({ field: 'taxable', from: sheet.taxable, to: draft.taxable });
  }
  if (draft.discontinued !== sheet.discontinued) {
    input.discontinued = draft.discontinued;
    changes.push({ field: 'discontinued', from: sheet.discontinued, to: draft.discontinued });
  }
  const outletPrices: NonNullable<VariantUpdateInput['outletPrices']> = [];
  for (const row of draft.outletPrices) {
    const price = parseRupiah(row.price);
    const before = sheet.outletPrices.find((p) => p.outlet === row.outlet);
    if (price === null) {
      problems.push(`outlet:${row.outlet}`);
      continue;
    }
    if (before?.price === price) continue;
    // DealPOS upserts outlet prices one by one; the extra cost it has stays as it was.
    outletPrices.push({ outlet: row.outlet, price, ...(before ? { extraCost: before.extraCost } : {}) });
    changes.push({ field: 'outletPrice', outlet: row.outlet, from: before?.price ?? null, to: price });
  }
  if (outletPrices.length > 0) input.outletPrices = outletPrices;

  return { input: problems.length === 0 && changes.length > 0 ? input : null, changes, problems };
}

/**
 * The catalog item after a change DealPOS accepted, when it could not be read back: the sent
 * values over the old ones. DealPOS rebuilds the display name from a new model; that is left to
 * the next catalog sync.
 */
export function itemAfter(item: CatalogItem, input: VariantUpdateInput): CatalogItem {
  return {
    ...item,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.model !== undefined ? { variant: input.model } : {}),
    ...(input.unitPrice !== undefined ? { unitPrice: input.unitPrice } : {}),
    ...(input.discontinued !== undefined ? { discontinued: input.discontinued } : {}),
  };
}

/** The sheet after an accepted change that could not be read back (see itemAfter). */
export function sheetAfter(sheet: VariantSheet, input: VariantUpdateInput): VariantSheet {
  const outletPrices = [...sheet.outletPrices];
  for (const p of input.outletPrices ?? []) {
    const entry = { outlet: p.outlet, price: p.price, extraCost: p.extraCost ?? 0 };
    const index = outletPrices.findIndex((existing) => existing.outlet === p.outlet);
    if (index >= 0) outletPrices[index] = entry;
    else outletPrices.push(entry);
  }
  return {
    ...sheet,
    name: input.name ?? sheet.name,
    model: input.model ?? sheet.model,
    unitPrice: input.unitPrice ?? sheet.unitPrice,
    unitCost: input.unitCost ?? sheet.unitCost,
    taxable: input.taxable ?? sheet.taxable,
    discontinued: input.discontinued ?? sheet.discontinued,
    outletPrices,
    item: itemAfter(sheet.item, input),
  };
}
