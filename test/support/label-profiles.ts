import type { LabelProfileInput } from '../../main/app-contract.ts';

/**
 * A label size as an admin would type it: one label per page of a roll, every field but outlet
 * and date printed. Tests name it and change what they are about.
 */
export function rollProfile(name: string, sizeMm = { width: 40, height: 30 }): LabelProfileInput {
  return {
    name,
    page: { ...sizeMm },
    label: { ...sizeMm },
    columns: 1,
    rows: 1,
    margin: { top: 0, left: 0 },
    gap: { x: 0, y: 0 },
    padding: 1.5,
    fields: {
      productName: true,
      variant: true,
      code: true,
      barcode: true,
      price: true,
      outlet: false,
      date: false,
    },
  };
}
