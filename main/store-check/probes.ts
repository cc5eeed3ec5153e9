import { z } from 'zod';
import { barcodeLineSchema } from '../dealpos/schemas/barcode.ts';
import { customerSchema } from '../dealpos/schemas/customer.ts';
import { pageOf } from '../dealpos/schemas/envelope.ts';
import { codeStockSchema } from '../dealpos/schemas/inventory.ts';
import { invoiceDetailSchema } from '../dealpos/schemas/invoice.ts';
import { productRecordSchema } from '../dealpos/schemas/product.ts';
import { outletSchema } from '../dealpos/schemas/store.ts';
import { tokenResponseSchema } from '../dealpos/schemas/token.ts';
import { variantDetailSchema, variantRecordSchema } from '../dealpos/schemas/variant.ts';
import type { FindingKind, ProbeFeature, ProbeId, ProbeVerdict } from './store-check-channels.ts';

/**
 * A number no store has: reads of one document or customer are asked about it, so the check
 * proves the route and the role without opening a real record (DealPOS answers 400 "... does
 * not exist", or an empty list).
 */
export const MADE_UP_KEY = 'STORE-CHECK-0';

/** What earlier reads taught the later ones; kept in memory only, never reported. */
export interface ProbeContext {
  outlet: { id: string; name: string } | null;
  code: string | null;
  /** Findings so far, for verdicts that depend on another read (the two catalog sources). */
  findings: Partial<Record<ProbeId, FindingKind>>;
}

type Query = Record<string, string | number | boolean>;
export type ProbeRequest =
  | { method: 'GET'; endpoint: string; query: Query }
  | { method: 'POST'; endpoint: string; body: unknown };

export interface Judgement {
  verdict: ProbeVerdict;
  fallback: string | null;
}

export interface Probe {
  id: ProbeId;
  /** Method and route as the table shows them: no values. */
  operation: string;
  feature: ProbeFeature;
  /** The app's own schema for the answer. */
  schema: z.ZodType;
  /** Whether a 400 or an empty list means "no such record" (asked about MADE_UP_KEY). */
  madeUp: boolean;
  /** The request, or null when an earlier read left nothing to ask with. The token probe has none. */
  request(context: ProbeContext): ProbeRequest | null;
  /** Keeps what a later read needs from a parsed answer. */
  learn?(parsed: unknown, context: ProbeContext): void;
  judge(finding: FindingKind, context: ProbeContext): Judgement;
}

const use: Judgement = { verdict: 'use', fallback: null };
const cannot: Judgement = { verdict: 'cannot-work', fallback: null };
const unsure: Judgement = { verdict: 'unknown', fallback: null };
const fallBack = (to: string): Judgement => ({ verdict: 'fall-back', fallback: to });

/** A transient failure says nothing about whether the read fits. */
const transient = new Set<FindingKind>([
  'rate-limited',
  'server',
  'no-answer',
  'auth',
  'suspended',
  'skipped',
]);

/** Reads of one record that the app has no replacement for (labels, invoices, detail, stock). */
function withoutReplacement(finding: FindingKind): Judgement {
  if (finding === 'fits' || finding === 'no-such-record') return use;
  return transient.has(finding) ? unsure : cannot;
}

function firstCode(parsed: unknown, context: ProbeContext, codesOf: (row: never) => string[]): void {
  if (context.code !== null) return;
  const rows = (parsed as { rows: never[] }).rows;
  context.code = rows.flatMap(codesOf).find((code) => code.trim() !== '') ?? null;
}

const outletFor = (context: ProbeContext) => context.outlet;

/** A document's label lines, asked about a number no store has: the route and role answer, no record opens. */
const documentLinesProbe = (id: ProbeId, endpoint: string, feature: ProbeFeature): Probe => ({
  id,
  operation: `GET ${endpoint}`,
  feature,
  schema: z.array(barcodeLineSchema),
  madeUp: true,
  request: (context) => {
    const outlet = outletFor(context);
    return outlet ? { method: 'GET', endpoint, query: { Outlet: outlet.name, Number: MADE_UP_KEY } } : null;
  },
  judge: withoutReplacement,
});

export const probes: readonly Probe[] = [
  {
    id: 'token',
    operation: 'POST Token/OAuth2',
    feature: 'sign-in',
    schema: tokenResponseSchema,
    madeUp: false,
    request: () => null,
    judge: (finding) => (finding === 'fits' ? use : transient.has(finding) ? unsure : cannot),
  },
  {
    id: 'outlets',
    operation: 'GET Outlet?Suspended=false',
    feature: 'connect',
    schema: z.array(outletSchema),
    madeUp: false,
    // As main/dealpos/store-reads.ts asks: live refused a GET without Suspended.
    request: () => ({
      method: 'GET',
      endpoint: 'Outlet',
      query: { Suspended: false, Access: 'All', SuspendedStatus: 'No' },
    }),
    learn: (parsed, context) => {
      const [first] = parsed as { id: string; name: string }[];
      if (context.outlet === null && first) context.outlet = { id: first.id, name: first.name };
    },
    judge: (finding) => {
      if (finding === 'fits') return use;
      // The client turns to the POST twin on a 400 or 404 (store-reads.ts).
      if (finding === 'refused-request' || finding === 'route-missing') return fallBack('POST Outlet/p');
      return transient.has(finding) ? unsure : cannot;
    },
  },
  {
    id: 'products',
    operation: 'GET Product?QueryInventory=true',
    feature: 'catalog',
    schema: pageOf(productRecordSchema),
    madeUp: false,
    request: () => ({
      method: 'GET',
      endpoint: 'Product',
      query: { PageNumber: 1, PageSize: 5, QueryInventory: true },
    }),
    learn: (parsed, context) =>
      firstCode(parsed, context, (p: { variants: { code: string }[] }) => p.variants.map((v) => v.code)),
    // The sync turns to /Variant on 403, 400, 404 or an unreadable answer (catalog/product-pages.ts).
    judge: (finding) => {
      if (finding === 'fits') return use;
      return transient.has(finding) ? unsure : fallBack('GET Variant');
    },
  },
  {
    id: 'variants',
    operation: 'GET Variant',
    feature: 'catalog',
    schema: pageOf(variantRecordSchema),
    madeUp: false,
    request: () => ({ method: 'GET', endpoint: 'Variant', query: { PageNumber: 1, PageSize: 5 } }),
    learn: (parsed, context) => firstCode(parsed, context, (v: { code: string }) => [v.code]),
    judge: (finding, context) => {
      if (context.findings.products === 'fits') return { verdict: 'not-needed', fallback: null };
      if (finding === 'fits') return use;
      // The reference pages make Category required: the sync then lists category by category.
      if (finding === 'refused-request') return fallBack('GET Variant?Category=');
      return transient.has(finding) ? unsure : cannot;
    },
  },
  {
    id: 'stock-by-codes',
    operation: 'POST Inventory/CodeArrayGroupByOutlet',
    feature: 'stock',
    schema: z.array(codeStockSchema),
    madeUp: true,
    request: (context) => ({
      method: 'POST',
      endpoint: 'Inventory/CodeArrayGroupByOutlet',
      body: { Code: [context.code ?? MADE_UP_KEY] },
    }),
    judge: withoutReplacement,
  },
  {
    id: 'variant-detail',
    operation: 'GET Variant/Detail?Code=',
    feature: 'lookup',
    schema: variantDetailSchema,
    madeUp: true,
    request: (context) => ({
      method: 'GET',
      endpoint: 'Variant/Detail',
      query: { Code: context.code ?? MADE_UP_KEY },
    }),
    judge: withoutReplacement,
  },
  {
    id: 'customer-detail',
    operation: 'GET Customer/Detail?Code=',
    feature: 'customers',
    schema: customerSchema,
    madeUp: true,
    request: () => ({ method: 'GET', endpoint: 'Customer/Detail', query: { Code: MADE_UP_KEY } }),
    judge: (finding) => {
      if (finding === 'fits' || finding === 'no-such-record') return use;
      // Tagged deprecated by DealPOS but still answering: the client's fallback (store-reads.ts).
      if (finding === 'route-missing' || finding === 'shape-differs')
        return fallBack('GET Customer/Code, Customer/Email, Customer/MobilePhone');
      return transient.has(finding) ? unsure : cannot;
    },
  },
  documentLinesProbe('bill-lines', 'Barcode/ByBillNumber', 'labels-bills'),
  documentLinesProbe('delivery-lines', 'Barcode/ByOutletDeliveryNumber', 'labels-deliveries'),
  {
    id: 'invoice-detail',
    operation: 'GET Invoice/Detail',
    feature: 'invoices',
    schema: invoiceDetailSchema,
    madeUp: true,
    request: (context) => {
      const outlet = outletFor(context);
      return outlet
        ? { method: 'GET', endpoint: 'Invoice/Detail', query: { Number: MADE_UP_KEY, OutletID: outlet.id } }
        : null;
    },
    judge: withoutReplacement,
  },
];
