import { z } from 'zod';
import type { CatalogItem } from '../catalog/catalog-channels.ts';
import { approvalField } from '../ipc/approval.ts';
import { channel, type IpcError, none, text } from '../ipc/channel.ts';

// Back-office actions (issue #7): invoice void, restore and erase; sales-order reference
// numbers; quick variant edits; and the log of every write made from this counter. Each write
// is one DealPOS request, sent once: a write that got no clear answer is reported, never resent.

/** Which write a supervisor made. */
export type BackOfficeAction =
  | 'invoice-void'
  | 'invoice-restore'
  | 'invoice-erase'
  | 'order-reference'
  | 'variant-update'
  | 'variant-add'
  | 'variant-delete';

/**
 * How a write ended: `done` (DealPOS said yes), `refused` (DealPOS said no, so nothing changed),
 * `uncertain` (no clear answer: the connection dropped, timed out or DealPOS failed mid-way, so
 * the change may or may not be in DealPOS; check there before trying again).
 */
export type WriteResult = 'done' | 'refused' | 'uncertain';

// biome-ignore lint/complexity/noBannedTypes: the default is "nothing more"
export type WriteOutcome<Done = {}> =
  /** `dealposMessage` is DealPOS's answer in its words; null when it answered with data (Variant/Add). */
  | ({ result: 'done'; at: number; dealposMessage: string | null } & Done)
  | { result: 'refused'; at: number; error: IpcError }
  | { result: 'uncertain'; at: number; error: IpcError };

/** One line of the activity log. Never a secret; notes are not copied here (DealPOS keeps them). */
export interface ActivityEntry {
  /** Epoch ms. */
  at: number;
  /** The outlet this counter works for, at the time. */
  counterOutlet: string | null;
  action: BackOfficeAction;
  /** The document's outlet (invoices and orders); null for variants. */
  outlet: string | null;
  /** Invoice or order number, variant code, or product code (variant-add). */
  document: string;
  /** What was sent, in short, e.g. "ReferenceNumber=JP123; LogisticServiceCode=JNE-REG". */
  detail: string;
  result: WriteResult;
  /** DealPOS's own words (success or refusal), or what the app could tell. */
  message: string;
}

export interface ActivityPage {
  /** Newest first. */
  entries: ActivityEntry[];
  /** How many the log holds (it keeps the newest 5,000). */
  total: number;
}

export interface ActivityCsv {
  fileName: string;
  /** UTF-8 with a BOM, CRLF line ends. */
  csv: string;
}

/**
 * Where an invoice stands as far as this counter knows from its own clear answers this session
 * (what DealPOS itself shows is in `InvoiceReading`).
 */
export type InvoiceKnownState = 'unknown' | 'active' | 'recycle-bin' | 'erased';

export interface InvoiceHistory {
  outlet: string;
  number: string;
  known: InvoiceKnownState;
  /** This session's writes to the invoice from this counter, newest first. */
  events: ActivityEntry[];
}

export interface InvoiceAnswer {
  outcome: WriteOutcome;
  invoice: InvoiceHistory;
}

/** One line of an invoice as the card shows it. */
export interface InvoiceLineSummary {
  code: string;
  name: string;
  quantity: number;
  /** Quantity × price less the line's discount, whole rupiah. */
  amount: number;
}

/** An invoice as DealPOS's `Invoice/Detail` showed it, for a look before a void, restore or erase. */
export interface InvoiceSummary {
  number: string;
  /** As DealPOS wrote it, e.g. "2026-11-03T10:15:00.0000000+07:00" (the store's own clock); null when absent. */
  date: string | null;
  /** The customer's name; null for a walk-in sale. */
  customer: string | null;
  total: number;
  /** `unknown` when DealPOS sent a status this app does not know (kept in `status`). */
  state: 'active' | 'recycle-bin' | 'unknown';
  status: string | null;
  fulfillment: string | null;
  /** The first few lines only; `lineCount` says how many there are. */
  lines: InvoiceLineSummary[];
  lineCount: number;
}

/**
 * What DealPOS said when asked for the invoice: `found`; `missing` (DealPOS says no such invoice:
 * nothing to void); `unreadable` (DealPOS would not show it: refused, offline, an answer this app
 * cannot read), where the screen falls back to acting on the number alone.
 */
export type InvoiceLookup =
  | { status: 'found'; invoice: InvoiceSummary }
  | { status: 'missing'; error: IpcError }
  | { status: 'unreadable'; error: IpcError };

export interface InvoiceReading {
  /** Epoch ms when DealPOS was asked: writes from this counter after it are newer than the read. */
  readAt: number;
  lookup: InvoiceLookup;
  history: InvoiceHistory;
}

/** A variant as the quick-edit form shows it (read fresh from DealPOS). */
export interface VariantSheet {
  code: string;
  name: string;
  /** DealPOS's "Model" (the variant part of the name, e.g. "L"). */
  model: string | null;
  product: string | null;
  category: string | null;
  type: string | null;
  unitPrice: number;
  unitCost: number | null;
  taxable: boolean | null;
  discontinued: boolean;
  outletPrices: { outlet: string; price: number; extraCost: number }[];
  /** The same variant as the catalog cache stores it. */
  item: CatalogItem;
}

export type VariantUpdateOutcome = WriteOutcome<{
  /** DealPOS's record read back after the change; null when that read failed (the change stands). */
  sheet: VariantSheet | null;
}>;

export type VariantAddOutcome = WriteOutcome<{
  /** The new variants as read back, for the catalog cache; one that could not be read is left out. */
  items: CatalogItem[];
}>;

/** No control characters (a scanner's stray Tab or CR, a pasted newline). */
const printable = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;

const line = (max: number) => text(max).regex(printable, 'Use letters, digits and punctuation only.');

/** Invoice and sales-order numbers are opaque ("2020.06.00005", "SO/2026/11/0001", "B1.22.08.00003"). */
export const documentNumberInput = line(60);
export const outletNameInput = line(200);
/** A variant or product code (the barcode). */
export const variantCodeInput = line(64);
export const noteInput = line(250);

/** Whole rupiah, as every DealPOS example has it. */
export const rupiahInput = z.number().int().min(0).max(1_000_000_000_000);

export const invoiceRefInput = z.object({ outlet: outletNameInput, number: documentNumberInput }).strict();
export type InvoiceRefInput = z.input<typeof invoiceRefInput>;

/** Erasing is for good: a manager approves it (issue #12). */
export const eraseInvoiceInput = invoiceRefInput.extend(approvalField).strict();
export type EraseInvoiceInput = z.input<typeof eraseInvoiceInput>;

export const voidInvoiceInput = invoiceRefInput
  .extend({ note: noteInput.optional(), fulfillment: z.enum(['Sent', 'Unsent']).optional() })
  .strict();
export type VoidInvoiceInput = z.input<typeof voidInvoiceInput>;

export const restoreInvoiceInput = invoiceRefInput.extend({ note: noteInput.optional() }).strict();
export type RestoreInvoiceInput = z.input<typeof restoreInvoiceInput>;

export const orderReferenceInput = z
  .object({
    outlet: outletNameInput,
    number: documentNumberInput,
    /** The courier's tracking number (or a marketplace order number). */
    referenceNumber: line(60).optional(),
    logisticServiceCode: line(40).optional(),
    note: noteInput.optional(),
  })
  .strict()
  .refine((order) => order.referenceNumber !== undefined || order.logisticServiceCode !== undefined, {
    message: 'A reference number or a logistic service code is needed.',
    path: ['referenceNumber'],
  });
export type OrderReferenceInput = z.input<typeof orderReferenceInput>;

export const variantRefInput = z.object({ code: variantCodeInput }).strict();

/** Deleting a variant needs a manager's approval (issue #12). */
export const deleteVariantInput = variantRefInput.extend(approvalField).strict();
export type DeleteVariantInput = z.input<typeof deleteVariantInput>;

const outletPriceInput = z
  .object({ outlet: outletNameInput, price: rupiahInput, extraCost: rupiahInput.optional() })
  .strict();

export const variantUpdateInput = z
  .object({
    code: variantCodeInput,
    name: line(200).optional(),
    model: line(200).optional(),
    unitPrice: rupiahInput.optional(),
    unitCost: rupiahInput.optional(),
    taxable: z.boolean().optional(),
    discontinued: z.boolean().optional(),
    outletPrices: z.array(outletPriceInput).min(1).max(200).optional(),
  })
  .strict()
  .refine((update) => Object.keys(update).some((key) => key !== 'code'), {
    message: 'Nothing to change.',
  });
export type VariantUpdateInput = z.input<typeof variantUpdateInput>;

const newVariantInput = z
  .object({
    code: variantCodeInput,
    model: line(200),
    unitPrice: rupiahInput,
    unitCost: rupiahInput.optional(),
    discontinued: z.boolean().optional(),
    description: line(500).optional(),
  })
  .strict();

export const variantAddInput = z
  .object({ productCode: variantCodeInput, variants: z.array(newVariantInput).min(1).max(20) })
  .strict()
  .refine(({ variants }) => new Set(variants.map((v) => v.code.toUpperCase())).size === variants.length, {
    message: 'The same code is there twice.',
    path: ['variants'],
  });
export type VariantAddInput = z.input<typeof variantAddInput>;

export const activityInput = z
  .object({ limit: z.number().int().min(1).max(5000) })
  .strict()
  .optional();

export const backOfficeChannels = {
  /** Moves an invoice to DealPOS's recycle bin (optionally only when its fulfilment matches). */
  'back-office:invoice-void': channel<InvoiceAnswer>()(voidInvoiceInput),
  /** Brings an invoice back from the recycle bin. */
  'back-office:invoice-restore': channel<InvoiceAnswer>()(restoreInvoiceInput),
  /** Deletes for good an invoice in the recycle bin. */
  'back-office:invoice-erase': channel<InvoiceAnswer>()(eraseInvoiceInput),
  /** The invoice read from DealPOS (one request, two the first time for another outlet) and this session's writes. */
  'back-office:invoice-read': channel<InvoiceReading>()(invoiceRefInput),
  /** What this counter did to an invoice this session. Asks DealPOS nothing. */
  'back-office:invoice-history': channel<InvoiceHistory>()(invoiceRefInput),
  /** Records a courier's tracking number and/or logistic service on a sales order. */
  'back-office:order-reference': channel<WriteOutcome>()(orderReferenceInput),
  /** One variant read fresh from DealPOS for editing; null when DealPOS has no such code. */
  'back-office:variant': channel<VariantSheet | null>()(variantRefInput),
  /** Changes only the fields given. */
  'back-office:variant-update': channel<VariantUpdateOutcome>()(variantUpdateInput),
  'back-office:variant-add': channel<VariantAddOutcome>()(variantAddInput),
  'back-office:variant-delete': channel<WriteOutcome>()(deleteVariantInput),
  'back-office:activity': channel<ActivityPage>()(activityInput),
  'back-office:activity-csv': channel<ActivityCsv>()(none),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type BackOfficeEvents = {};
