import type { ReceiveReport } from './receive-report-model.ts';

/** How a row of the report differs from its document. */
export type DifferenceState = 'short' | 'over' | 'unexpected';

/** One row of the discrepancy report: a document line that did not match, or an item not on it. */
export interface DifferenceRow {
  state: DifferenceState;
  code: string;
  /** Null for an unexpected code nobody knows. */
  name: string | null;
  /** Units on the document; 0 for an unexpected item. */
  expected: number;
  counted: number;
  /** Counted less expected: negative when short. */
  difference: number;
  /** Whole rupiah of one unit (the document's, or the catalog's for an unexpected item); null when unknown. */
  unitPrice: number | null;
  /** The difference in whole rupiah at `unitPrice` (negative when short); null when the price is unknown. */
  value: number | null;
}

export interface DifferenceTotals {
  /** Units on the document. */
  expected: number;
  /** Units counted of the document's lines (unexpected items apart). */
  counted: number;
  /** Units missing, over every short line (a positive number). */
  short: number;
  /** Units more than billed, over every over line. */
  over: number;
  /** Units of items not on the document. */
  unexpected: number;
  /** Whole rupiah of the missing units at the document's prices (a positive number). */
  valueShort: number;
  /** Whole rupiah of the units more than billed, at the document's prices. */
  valueOver: number;
  /** Whole rupiah of the unexpected units whose catalog price is known. */
  valueUnexpected: number;
  /** Unexpected items without a known price (their value is not in `valueUnexpected`). */
  unexpectedUnpriced: number;
}

export interface ReportDifferences {
  /** Short and over lines in the document's order, then the unexpected items in scan order. */
  rows: DifferenceRow[];
  totals: DifferenceTotals;
  /** Document lines that matched their count exactly. */
  matchingLines: number;
}

/**
 * What the discrepancy report says, in numbers only (the CSV and the PDF page format them):
 * every line whose count differs from the document, every item not on it, and the totals.
 * Prices are whole rupiah, so every value is a whole number too.
 */
export function reportDifferences(report: ReceiveReport): ReportDifferences {
  const rows: DifferenceRow[] = [];
  const totals: DifferenceTotals = {
    expected: 0,
    counted: 0,
    short: 0,
    over: 0,
    unexpected: 0,
    valueShort: 0,
    valueOver: 0,
    valueUnexpected: 0,
    unexpectedUnpriced: 0,
  };
  let matchingLines = 0;

  for (const line of report.lines) {
    totals.expected += line.expected;
    totals.counted += line.counted;
    const difference = line.counted - line.expected;
    if (difference === 0) {
      matchingLines += 1;
      continue;
    }
    const value = difference * line.unitPrice;
    if (difference < 0) {
      totals.short -= difference;
      totals.valueShort -= value;
    } else {
      totals.over += difference;
      totals.valueOver += value;
    }
    rows.push({
      state: difference < 0 ? 'short' : 'over',
      code: line.code,
      name: line.name,
      expected: line.expected,
      counted: line.counted,
      difference,
      unitPrice: line.unitPrice,
      value,
    });
  }

  for (const item of report.unexpected) {
    const value = item.unitPrice === null ? null : item.counted * item.unitPrice;
    totals.unexpected += item.counted;
    if (value === null) totals.unexpectedUnpriced += 1;
    else totals.valueUnexpected += value;
    rows.push({
      state: 'unexpected',
      code: item.code,
      name: item.name,
      expected: 0,
      counted: item.counted,
      difference: item.counted,
      unitPrice: item.unitPrice,
      value,
    });
  }

  return { rows, totals, matchingLines };
}
