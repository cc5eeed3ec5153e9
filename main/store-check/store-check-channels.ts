import { channel, none } from '../ipc/channel.ts';

// The store check (issue #11, item 5): each DealPOS read the app relies on, asked once of the
// connected store through the account's governor, its answer held against what the app
// expects. What crosses this border describes shapes, never the store's values.

/** The reads the check asks, in the order it asks them. */
export type ProbeId =
  | 'token'
  | 'outlets'
  | 'products'
  | 'variants'
  | 'stock-by-codes'
  | 'variant-detail'
  | 'customer-detail'
  | 'bill-lines'
  | 'delivery-lines'
  | 'invoice-detail';

/** How a list came wrapped: a bare array, `{Data}`, `{DataArray}`, another object, or no JSON. */
export type EnvelopeKind = 'bare-array' | 'Data' | 'DataArray' | 'object' | 'scalar' | 'none';

/** What `RecordsCount` (or `TotalCount`) said: live `/Product` sends -1 for "unknown". */
export type RecordsCountKind = 'absent' | 'minus-one' | 'count' | 'negative' | 'not-a-number';

/** An answer's shape: field names and JSON types only. */
export interface AnswerShape {
  envelope: EnvelopeKind;
  recordsCount: RecordsCountKind;
  /** "DataArray[].Variants[].Inventory" → "number|null". */
  fields: Record<string, string>;
  /** True when the answer had more fields than the check writes down. */
  partial: boolean;
}

/** A place where the answer differs from what the app's schema expects. */
export interface SchemaIssue {
  /** "DataArray[].Variants[].Weight" (row numbers left out). */
  path: string;
  /** zod's issue code, e.g. "invalid_type". */
  code: string;
  /** What the app expected there, e.g. "string". */
  expected: string | null;
}

/**
 * What the check learnt from one read:
 * - `fits`: answered in a shape the app reads;
 * - `no-such-record`: a 400 or an empty list for the made-up number the check asks about, which
 *   proves the read and its role work without touching a real record;
 * - `shape-differs`: answered, but the app's schema refuses it (see `issues`);
 * - `refused-role` / `refused-outlet`: 403 for a missing role, or for this outlet;
 * - `refused-request`: 400 for the request itself (e.g. "Category is required");
 * - `route-missing`: 404, this DealPOS does not know the read;
 * - `rate-limited`, `server`, `no-answer` (network or timeout), `auth`, `suspended`;
 * - `skipped`: not asked, since an earlier read gave nothing to ask about (no request spent).
 */
export type FindingKind =
  | 'fits'
  | 'no-such-record'
  | 'shape-differs'
  | 'refused-role'
  | 'refused-outlet'
  | 'refused-request'
  | 'route-missing'
  | 'rate-limited'
  | 'server'
  | 'no-answer'
  | 'auth'
  | 'suspended'
  | 'skipped';

/** What the app will do with this read: use it, use another read, or do without the feature. */
export type ProbeVerdict = 'use' | 'fall-back' | 'cannot-work' | 'not-needed' | 'unknown';

/** The feature a read serves, named on screen in the person's language. */
export type ProbeFeature =
  | 'sign-in'
  | 'connect'
  | 'catalog'
  | 'stock'
  | 'lookup'
  | 'customers'
  | 'labels-bills'
  | 'labels-deliveries'
  | 'invoices';

export interface ProbeResult {
  id: ProbeId;
  /** e.g. "GET Product?QueryInventory=true": the method and the route, no values. */
  operation: string;
  feature: ProbeFeature;
  /** The HTTP status of the answer; null when there was none (network, skipped). */
  status: number | null;
  finding: FindingKind;
  verdict: ProbeVerdict;
  /** The read the app uses instead, when the verdict is `fall-back`. */
  fallback: string | null;
  /** The answer's shape, when there was a JSON answer. */
  shape: AnswerShape | null;
  issues: SchemaIssue[];
  /** Rows in a list answer (on screen only; not saved). */
  rows: number | null;
  /** DealPOS's own words for a refusal (on screen only, e.g. the missing role; not saved). */
  dealposMessage: string | null;
}

export interface StoreCheckPlan {
  /** The requests the check will spend at most: one per read, the token included. */
  requests: number;
  operations: { id: ProbeId; operation: string }[];
  mode: 'live' | 'demo';
}

export interface StoreCheckRun {
  plan: StoreCheckPlan;
  results: ProbeResult[];
  /** Requests actually sent (never more than `plan.requests`). */
  spent: number;
  /** Epoch ms. */
  startedAt: number;
  finishedAt: number;
}

/** How far a running check is; null when none runs. */
export interface StoreCheckProgress {
  done: number;
  total: number;
  current: ProbeId | null;
}

export interface StoreCheckReportFile {
  fileName: string;
  /** JSON with field names and types only. */
  json: string;
}

export const storeCheckChannels = {
  /** What the check will ask and how many requests it will spend. Asks DealPOS nothing. */
  'store-check:plan': channel<StoreCheckPlan>()(none),
  /** Runs the check once; refused while one already runs. */
  'store-check:run': channel<StoreCheckRun>()(none),
  'store-check:progress': channel<StoreCheckProgress | null>()(none),
  /** The last finished run (the screen shows it again when Settings is opened again); null before one. */
  'store-check:last': channel<StoreCheckRun | null>()(none),
  /** The last run's report as a file to save; null before the first run. */
  'store-check:report': channel<StoreCheckReportFile | null>()(none),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type StoreCheckEvents = {};
