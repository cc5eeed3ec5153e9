import type { LabelFields, LabelProfileInput } from './label-channels.ts';

const everyday: LabelFields = {
  productName: true,
  variant: true,
  code: true,
  barcode: true,
  price: true,
  outlet: false,
  date: false,
};

const roll = (
  id: string,
  name: string,
  width: number,
  height: number,
  padding: number,
  fields: LabelFields,
) =>
  ({
    id,
    name,
    page: { width, height },
    label: { width, height },
    columns: 1,
    rows: 1,
    margin: { top: 0, left: 0 },
    gap: { x: 0, y: 0 },
    padding,
    fields,
  }) satisfies LabelProfileInput & { id: string };

/**
 * The profiles every installation has. Roll sizes are the common thermal label stocks in
 * Indonesian shops; the A4 sheets are the Avery-style 3x8 (63.5 x 33.9 mm, as L7159) and 4x10
 * (48.5 x 25.4 mm) layouts, whose margins and gaps add up to exactly 210 x 297 mm.
 */
export const builtInProfiles = [
  roll('roll-38x25', 'Label 38 x 25 mm', 38, 25, 1.5, everyday),
  roll('roll-50x30', 'Label 50 x 30 mm', 50, 30, 2, { ...everyday, outlet: true }),
  roll('roll-33x15', 'Jewellery 33 x 15 mm', 33, 15, 1, everyday),
  {
    id: 'a4-3x8',
    name: 'A4 sheet 3 x 8 (63.5 x 33.9 mm)',
    page: { width: 210, height: 297 },
    label: { width: 63.5, height: 33.9 },
    columns: 3,
    rows: 8,
    margin: { top: 12.9, left: 7.2 },
    gap: { x: 2.5, y: 0 },
    padding: 2.5,
    fields: { ...everyday, outlet: true },
  },
  {
    id: 'a4-4x10',
    name: 'A4 sheet 4 x 10 (48.5 x 25.4 mm)',
    page: { width: 210, height: 297 },
    label: { width: 48.5, height: 25.4 },
    columns: 4,
    rows: 10,
    margin: { top: 21.5, left: 8 },
    gap: { x: 0, y: 0 },
    padding: 2,
    fields: everyday,
  },
] as const satisfies readonly (LabelProfileInput & { id: string })[];

export const defaultProfileId = 'roll-38x25';
