import type { LabelDocumentKind } from '../labels/label-channels.ts';

/**
 * What a finished count of received goods says against its document (issue #15): the data of the
 * discrepancy report (CSV and one-page PDF) staff send to the supplier or the warehouse. The count
 * screen builds it; the report writers only format it.
 */
export interface ReceiveReport {
  document: {
    kind: LabelDocumentKind;
    number: string;
    /** The outlet's name, as the lookup took it. */
    outlet: string;
  };
  /** Epoch ms the count was finished. */
  finishedAt: number;
  /** Who counted, as typed on the finish screen (free text, may be empty). */
  countedBy: string;
  /** Every line of the document, in the document's order, with what was counted of it. */
  lines: ReceiveReportLine[];
  /** Codes scanned that are not on the document, named from the catalog when it knows them. */
  unexpected: UnexpectedItem[];
}

export interface ReceiveReportLine {
  variantId: string;
  code: string;
  name: string;
  expected: number;
  counted: number;
  /** Whole rupiah: the document's price of one unit. */
  unitPrice: number;
  /** Hand corrections of this line, oldest first, each with the reason staff gave. */
  corrections: { from: number; to: number; reason: string }[];
}

export interface UnexpectedItem {
  code: string;
  /** From the catalog (offline cache, or an online lookup); null when nobody knows the code. */
  name: string | null;
  counted: number;
  /** The catalog's selling price in whole rupiah when known; null otherwise. */
  unitPrice: number | null;
}
