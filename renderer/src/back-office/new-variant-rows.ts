import type { VariantAddInput } from './contract.ts';
import { parseRupiah } from './rupiah-input.ts';

/** One row of the "add variants" form, as typed. */
export interface NewVariantRow {
  key: number;
  code: string;
  model: string;
  unitPrice: string;
  unitCost: string;
}

let nextKey = 1;

export const emptyRow = (): NewVariantRow => ({
  key: nextKey++,
  code: '',
  model: '',
  unitPrice: '',
  unitCost: '',
});

/** A row nobody has typed in: left out rather than refused. */
const isBlank = (row: NewVariantRow) =>
  row.code.trim() === '' &&
  row.model.trim() === '' &&
  row.unitPrice.trim() === '' &&
  row.unitCost.trim() === '';

/**
 * What to send for the typed rows, or null with the keys of the rows that are not complete
 * (a code, a model and a whole-rupiah selling price each; a cost, if typed, in whole rupiah).
 */
export function readNewVariants(
  productCode: string,
  rows: readonly NewVariantRow[],
): { input: VariantAddInput | null; incomplete: number[] } {
  const filled = rows.filter((row) => !isBlank(row));
  const incomplete: number[] = [];
  const variants: VariantAddInput['variants'] = [];
  for (const row of filled) {
    const unitPrice = parseRupiah(row.unitPrice);
    const unitCost = row.unitCost.trim() === '' ? undefined : parseRupiah(row.unitCost);
    if (row.code.trim() === '' || row.model.trim() === '' || unitPrice === null || unitCost === null) {
      incomplete.push(row.key);
      continue;
    }
    variants.push({
      code: row.code.trim(),
      model: row.model.trim(),
      unitPrice,
      ...(unitCost === undefined ? {} : { unitCost }),
    });
  }
  const ready = productCode.trim() !== '' && incomplete.length === 0 && variants.length > 0;
  return { input: ready ? { productCode: productCode.trim(), variants } : null, incomplete };
}
