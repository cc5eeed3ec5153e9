import { z } from 'zod';
import type { BarcodeLine } from '../dealpos/schemas/barcode.ts';
import { approvalField } from '../ipc/approval.ts';
import { channel, multilineText, none, text } from '../ipc/channel.ts';

// Barcode labels from supplier bills and outlet deliveries (issue #5). The page looks documents
// up and builds the job (prices, copies, barcode types); main keeps the label profiles, the
// recent documents and the choices to remember, and prints from a hidden window that draws the
// same label pages the preview shows.

export type { BarcodeLine } from '../dealpos/schemas/barcode.ts';

export type LabelDocumentKind = 'bill' | 'delivery';
export const documentKindSchema = z.enum(['bill', 'delivery']);

/**
 * A document number as DealPOS prints it: opaque, e.g. "PB/2026/11/0001" or "2026.11.00001".
 * Only control characters (a scanner's stray Tab or Enter) are refused, as `text` does for all.
 */
export const documentNumberSchema = text(60);

export interface LabelDocument {
  kind: LabelDocumentKind;
  /** The outlet's name, as DealPOS takes it. */
  outlet: string;
  number: string;
  lines: BarcodeLine[];
  /** Epoch ms of the lookup. */
  fetchedAt: number;
}

export type DocumentLookupAnswer =
  | { kind: 'found'; document: LabelDocument }
  /** DealPOS knows no such number at that outlet (its 400), or the document has no lines. */
  | { kind: 'unknown'; dealposMessage: string | null };

/** The lookup as the page gets it: a found document with the recent list it leaves, so the page need not ask again. */
export type LookupDocumentReply =
  | (Extract<DocumentLookupAnswer, { kind: 'found' }> & { recent: RecentDocument[] })
  | Extract<DocumentLookupAnswer, { kind: 'unknown' }>;

export const lookupDocumentInput = z
  .object({ kind: documentKindSchema, outlet: text(200), number: documentNumberSchema })
  .strict();

/** Outlet price of one variant; `found: false` when DealPOS does not know the code. */
export interface OutletPriceRow {
  code: string;
  found: boolean;
  /** The outlet's own selling price, or null when the variant has none for that outlet. */
  outletPrice: number | null;
  /** The variant's selling price (what the outlet charges without a price of its own). */
  sellingPrice: number | null;
}

/** At most this many codes in one outlet price request: each costs one DealPOS request. */
export const maxOutletPriceCodes = 300;

export const outletPricesInput = z
  .object({ outlet: text(200), codes: z.array(text(80)).min(1).max(maxOutletPriceCodes) })
  .strict();

// ---- label profiles ----

/** Which texts a label carries. */
export interface LabelFields {
  productName: boolean;
  variant: boolean;
  code: boolean;
  barcode: boolean;
  price: boolean;
  outlet: boolean;
  date: boolean;
}

/** A label profile as an admin enters it. Every length is in millimetres. */
export interface LabelProfileInput {
  /** Absent for a new profile. */
  id?: string | undefined;
  name: string;
  /** The paper one page is: the label itself on a roll, or an A4 sheet. */
  page: { width: number; height: number };
  label: { width: number; height: number };
  columns: number;
  rows: number;
  /** From the page's top-left corner to the first label. */
  margin: { top: number; left: number };
  /** Between two labels, across and down. */
  gap: { x: number; y: number };
  /** White space inside a label, on every side. */
  padding: number;
  fields: LabelFields;
  /** The printer's dots per inch, when known: bars are snapped to its dots (default 203 for a roll, 300 for a sheet). */
  dpi?: number | undefined;
}

/** Where the labels sit on one page: top-left corners in mm, row by row. */
export interface SheetLayout {
  perPage: number;
  cells: { x: number; y: number }[];
}

export interface LabelProfile extends LabelProfileInput {
  id: string;
  /** Built-in profiles cannot be changed or deleted (an admin copies one instead). */
  builtIn: boolean;
  /** One label per page: a roll of labels rather than a sheet. */
  single: boolean;
  layout: SheetLayout;
}

export type ProfileField =
  | 'name'
  | 'page.width'
  | 'page.height'
  | 'label.width'
  | 'label.height'
  | 'columns'
  | 'rows'
  | 'margin.top'
  | 'margin.left'
  | 'gap.x'
  | 'gap.y'
  | 'padding'
  | 'fields';

export type ProfileProblem =
  | { field: ProfileField; kind: 'required' | 'duplicate' | 'no-fields' | 'built-in' }
  | { field: ProfileField; kind: 'too-long'; max: number }
  | { field: ProfileField; kind: 'out-of-range'; min: number; max: number }
  | { field: ProfileField; kind: 'not-whole' }
  /** The labels with their margins and gaps are wider (or taller) than the page by `overBy` mm. */
  | { field: ProfileField; kind: 'does-not-fit'; overBy: number }
  /** The label, less its padding, leaves less than `min` mm across for a barcode. */
  | { field: ProfileField; kind: 'too-small-for-barcode'; min: number };

export type ProfileCheck = { ok: true; layout: SheetLayout } | { ok: false; problems: ProfileProblem[] };
export type SaveProfileAnswer =
  | { saved: true; profile: LabelProfile }
  | { saved: false; problems: ProfileProblem[] };
/** A save as the page gets it: a saved profile with every profile after it, so the page need not ask again. */
export type SaveProfileReply =
  | (Extract<SaveProfileAnswer, { saved: true }> & { profiles: LabelProfile[] })
  | Extract<SaveProfileAnswer, { saved: false }>;

const length = z.number().finite().min(-10_000).max(10_000);
const count = z.number().finite().min(-1_000).max(1_000);
export const labelFieldsSchema = z
  .object({
    productName: z.boolean(),
    variant: z.boolean(),
    code: z.boolean(),
    barcode: z.boolean(),
    price: z.boolean(),
    outlet: z.boolean(),
    date: z.boolean(),
  })
  .strict();

/** The shape of a profile; whether its numbers make sense is `checkProfile`'s job, with a message per field. */
export const labelProfileInputSchema = z
  .object({
    id: text(80).optional(),
    name: z.string().max(200),
    page: z.object({ width: length, height: length }).strict(),
    label: z.object({ width: length, height: length }).strict(),
    columns: count,
    rows: count,
    margin: z.object({ top: length, left: length }).strict(),
    gap: z.object({ x: length, y: length }).strict(),
    padding: length,
    fields: labelFieldsSchema,
    dpi: z.number().int().min(100).max(1200).optional(),
  })
  .strict();

/** Saving a label profile needs a manager's approval (issue #12); checking one does not. */
export const saveProfileInput = labelProfileInputSchema.extend(approvalField).strict();
export type SaveProfileInput = z.input<typeof saveProfileInput>;

/** Deleting a label profile needs a manager's approval (issue #12). */
export const deleteProfileInput = z.object({ id: text(80), ...approvalField }).strict();
export type DeleteProfileInput = z.input<typeof deleteProfileInput>;

// ---- the job ----

export type Symbology = 'code128' | 'ean13' | 'upca';
export type PriceSource = 'document' | 'catalog' | 'outlet';

/** One label of a job and how many of it. */
export interface PrintLabel {
  /** The product's name (or the line's name when the catalog does not know the variant). */
  name: string;
  variant: string | null;
  code: string;
  /** Whole rupiah; null prints no price. */
  price: number | null;
  copies: number;
  symbology: Symbology;
}

/** Largest job: labels across all lines. */
export const maxLabelsPerJob = 20_000;

const printLabelSchema = z
  .object({
    name: z.string().max(300),
    variant: z.string().max(200).nullable(),
    code: text(80),
    price: z.number().int().min(0).max(1e13).nullable(),
    copies: z.number().int().min(1).max(maxLabelsPerJob),
    symbology: z.enum(['code128', 'ean13', 'upca']),
  })
  .strict();

export const labelJobSchema = z
  .object({
    profileId: text(80),
    outletName: z.string().max(200),
    /** The date a label shows (yyyy-mm-dd), where its profile shows one. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    labels: z.array(printLabelSchema).min(1).max(2_000),
  })
  .strict()
  .refine((job) => job.labels.reduce((sum, label) => sum + label.copies, 0) <= maxLabelsPerJob, {
    message: `at most ${maxLabelsPerJob} labels in one job`,
    path: ['labels'],
  });
export type LabelJob = z.infer<typeof labelJobSchema>;

/** A job as the hidden print page draws it: the profile resolved by main. */
export interface PrintJobView {
  profile: LabelProfile;
  outletName: string;
  date: string;
  labels: PrintLabel[];
}

export type PrintTarget = { kind: 'printer'; name: string } | { kind: 'dialog' };

export type PrintAnswer =
  | { kind: 'printed'; pages: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string }
  /** Another label job is printing or saving: one at a time (each draws in a hidden window). */
  | { kind: 'busy' }
  /** No printing here: the page runs outside the desktop app (a test, a browser). */
  | { kind: 'unavailable' };

/**
 * What a print answers: a write answers with what it changed, so a printed job brings the
 * printers list with the label size now remembered for that printer (no second read after it).
 */
export type PrintOutcome =
  | Exclude<PrintAnswer, { kind: 'printed' }>
  | { kind: 'printed'; pages: number; printers: PrintersAnswer };

export type SaveFileAnswer =
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string }
  | { kind: 'busy' }
  | { kind: 'unavailable' };

export interface PrinterView {
  name: string;
  displayName: string;
  isDefault: boolean;
  /** The profile last printed on this printer, to choose it again. */
  lastProfileId: string | null;
}

export interface PrintersAnswer {
  /** False outside the desktop app: then there is no printing, only the preview. */
  available: boolean;
  printers: PrinterView[];
}

export const printInput = z
  .object({
    job: labelJobSchema,
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('printer'), name: text(300) }).strict(),
      z.object({ kind: z.literal('dialog') }).strict(),
    ]),
  })
  .strict();

/** `fileName` is a suggestion for the save dialog (main strips what a file name cannot hold). */
export const savePdfInput = z.object({ job: labelJobSchema, fileName: text(120) }).strict();

/** ZPL for Zebra printers, built by the page; main only writes it where the person chooses. */
export const saveZplInput = z.object({ fileName: text(120), zpl: multilineText(5_000_000) }).strict();

export const printJobInput = z.object({ jobId: z.uuid() }).strict();
export const printRenderedInput = z
  .object({ jobId: z.uuid(), pages: z.number().int().min(0).max(maxLabelsPerJob) })
  .strict();

// ---- what is remembered ----

export interface RecentDocument {
  kind: LabelDocumentKind;
  outlet: string;
  number: string;
  lines: BarcodeLine[];
  /** Epoch ms of the last lookup. */
  fetchedAt: number;
}

export interface LabelPreferences {
  /** The price source last used, per kind of document. */
  priceSource: Record<LabelDocumentKind, PriceSource>;
  profileId: string;
  /** Null: the system print dialog. */
  printerName: string | null;
  /** `code128` prints every code as Code 128, even valid EAN-13 and UPC-A codes. */
  symbology: 'auto' | 'code128';
}

const priceSourceSchema = z.enum(['document', 'catalog', 'outlet']);
export const labelPreferencesInput = z
  .object({
    priceSource: z.object({ bill: priceSourceSchema, delivery: priceSourceSchema }).strict().optional(),
    profileId: text(80).optional(),
    printerName: text(300).nullable().optional(),
    symbology: z.enum(['auto', 'code128']).optional(),
  })
  .strict();

export const labelChannels = {
  'labels:lookup-document': channel<LookupDocumentReply>()(lookupDocumentInput),
  /** One DealPOS request per code (interactive lane): ask only when the outlet price is chosen. */
  'labels:outlet-prices': channel<OutletPriceRow[]>()(outletPricesInput),
  'labels:profiles': channel<LabelProfile[]>()(none),
  'labels:check-profile': channel<ProfileCheck>()(labelProfileInputSchema),
  'labels:save-profile': channel<SaveProfileReply>()(saveProfileInput),
  'labels:delete-profile': channel<LabelProfile[]>()(deleteProfileInput),
  'labels:recent': channel<RecentDocument[]>()(none),
  'labels:preferences': channel<LabelPreferences>()(none),
  'labels:save-preferences': channel<LabelPreferences>()(labelPreferencesInput),
  'labels:printers': channel<PrintersAnswer>()(none),
  'labels:print': channel<PrintOutcome>()(printInput),
  'labels:save-pdf': channel<SaveFileAnswer>()(savePdfInput),
  'labels:save-zpl': channel<SaveFileAnswer>()(saveZplInput),
  /** For the hidden print page: the job it is to draw, or null once the job is over. */
  'labels:print-job': channel<PrintJobView | null>()(printJobInput),
  /** The hidden print page has drawn every page of the job. */
  'labels:print-rendered': channel<null>()(printRenderedInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type LabelEvents = {};
