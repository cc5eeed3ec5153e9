import { z } from 'zod';
import { maybe } from './parse.ts';

/** DealPOS's `I` object: one outlet's (or a sum's) stock figures. */
export interface StockFigures {
  onHand: number;
  allocated: number;
  available: number;
  threshold: number;
}

export interface OutletStock {
  outlet: string;
  stock: StockFigures;
}

/** One code of `Inventory/CodeArrayGroupByOutlet`, with every outlet's figures. */
export interface CodeStock {
  code: string;
  outlets: OutletStock[];
}

const figure = maybe(z.number()).transform((n) => n ?? 0);

const stockSchema = z
  .object({ OnHand: figure, Allocated: figure, Available: figure, Threshold: figure })
  .transform(
    (i): StockFigures => ({
      onHand: i.OnHand,
      allocated: i.Allocated,
      available: i.Available,
      threshold: i.Threshold,
    }),
  );

/** A row of `POST Inventory/CodeArrayGroupByOutlet {Code: [...]}` (README "Stock"). */
export const codeStockSchema = z
  .object({
    Code: z.string(),
    Inventories: maybe(z.array(z.object({ Outlet: z.string(), I: stockSchema }))),
  })
  .transform(
    (row): CodeStock => ({
      code: row.Code,
      outlets: (row.Inventories ?? []).map((o) => ({ outlet: o.Outlet, stock: o.I })),
    }),
  );
