import type { BarcodeLine, OutletPriceRow, PriceSource, PrintLabel } from '../bridge/contract.ts';
import { type CodeCheck, checkCode } from './barcode/code-check.ts';
import { type CatalogFacts, type LabelPrice, labelPrice } from './label-price.ts';

/** Most copies of one line (a typo of 10000 for 100 should not print a roll's worth). */
export const maxCopies = 9_999;

/**
 * A document line in the job and how many labels it gets. The count alone decides whether it
 * prints: there is no separate tick, so a line can never look "in" while printing nothing.
 */
export interface JobLine {
  /** The line's position in the document (a code may appear on two lines). */
  key: string;
  line: BarcodeLine;
  copies: number;
}

/** One label per unit; a fractional quantity (a MultipleUOM line) gets a label for the part too. */
export function defaultCopies(quantity: number): number {
  if (!Number.isFinite(quantity) || quantity <= 0) return 0;
  return Math.min(maxCopies, Math.ceil(quantity - 1e-9));
}

export function jobLinesOf(lines: readonly BarcodeLine[]): JobLine[] {
  return lines.map((line, index) => ({
    key: String(index),
    line,
    copies: defaultCopies(line.quantity),
  }));
}

/** What a copies field holds once typed: a whole number from 0 to maxCopies (junk is 0). */
export function copiesFrom(text: string): number {
  const value = Number.parseInt(text.replace(/\D+/g, ''), 10);
  if (!Number.isFinite(value)) return 0;
  return Math.min(maxCopies, Math.max(0, value));
}

/** A line as the table and the job see it: its code checked and its price resolved. */
export interface JobRow extends JobLine {
  check: CodeCheck;
  price: LabelPrice;
  name: string;
  variant: string | null;
  /** Printable, with copies and a known price: its labels are in the job. */
  printing: boolean;
}

export interface RowFacts {
  priceSource: PriceSource;
  /** The document's prices are buying prices (a supplier bill), not selling prices. */
  documentIsCost: boolean;
  symbology: 'auto' | 'code128';
  /** From the catalog cache on this PC: undefined until looked up, null when it has no such code. */
  catalog(code: string): CatalogFacts | null | undefined;
  /** The outlet's price row: undefined until fetched. */
  outlet(code: string): OutletPriceRow | undefined;
}

export function jobRows(lines: readonly JobLine[], facts: RowFacts): JobRow[] {
  return lines.map((jobLine) => {
    const { line } = jobLine;
    const catalog = facts.catalog(line.code);
    const check = checkCode(line.code, facts.symbology);
    const price = labelPrice(facts.priceSource, {
      document: line.unitPrice,
      catalog,
      outlet: facts.outlet(line.code),
      documentIsCost: facts.documentIsCost,
    });
    return {
      ...jobLine,
      check,
      price,
      // The catalog splits product and variant; a document line has only "Product (Variant)".
      name: catalog?.product ?? line.name,
      variant: catalog?.product ? catalog.variant : null,
      printing: jobLine.copies > 0 && check.printable && !price.pending,
    };
  });
}

/** The labels of the job: one entry per printing line, with its copies. */
export function jobLabels(rows: readonly JobRow[]): PrintLabel[] {
  return rows.flatMap((row) =>
    row.printing && row.check.printable
      ? [
          {
            name: row.name,
            variant: row.variant,
            code: row.line.code,
            price: row.price.amount,
            copies: row.copies,
            symbology: row.check.symbology,
          },
        ]
      : [],
  );
}

export interface JobTotals {
  labels: number;
  /** Pages (sheets, or single labels) the labels take with the chosen profile. */
  pages: number;
  /** Lines whose code cannot be printed. */
  unprintable: number;
  /** Lines still waiting for their price. */
  pendingPrices: number;
  /** Lines with at least one label. */
  counted: number;
}

export function jobTotals(rows: readonly JobRow[], perPage: number): JobTotals {
  const labels = rows.reduce((sum, row) => sum + (row.printing ? row.copies : 0), 0);
  return {
    labels,
    pages: labels === 0 ? 0 : Math.ceil(labels / Math.max(1, perPage)),
    unprintable: rows.filter((row) => !row.check.printable).length,
    pendingPrices: rows.filter((row) => row.copies > 0 && row.price.pending).length,
    counted: rows.filter((row) => row.copies > 0).length,
  };
}
