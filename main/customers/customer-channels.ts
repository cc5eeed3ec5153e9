import { z } from 'zod';
import { approvalField } from '../ipc/approval.ts';
import { channel, none, text } from '../ipc/channel.ts';

// Customer lookup and PIN check (issue #6). The PIN DealPOS keeps never crosses this border:
// the page sends what the customer typed, main compares, and answers only the outcome.

/** How DealPOS's status reads at the counter; `other` is a status this app does not know. */
export type CustomerStatusKind = 'active' | 'inactive' | 'suspended' | 'other';

/** Where the customer's PIN attempts stand. */
export interface LockoutView {
  /** Epoch ms; null when the customer may try now. */
  lockedUntil: number | null;
  /** Wrong PINs still allowed before the next lockout. */
  attemptsLeft: number;
}

/** A customer as the counter sees them. No DealPOS ID, no PIN. */
export interface CustomerCard {
  code: string;
  name: string;
  email: string | null;
  mobilePhone: string | null;
  group: string | null;
  /** As DealPOS writes it, e.g. "31 Jul 2027". */
  groupExpires: string | null;
  loyaltyPoints: number;
  /** DealPOS's own word ("Active", "Inactive", "Suspended"...). */
  status: string;
  statusKind: CustomerStatusKind;
  /** As DealPOS writes it, e.g. "18 Mar 2021". */
  joinDate: string | null;
  signUpOutlet: string | null;
  /** Whether DealPOS has a photo; ask `customers:photo` for it. */
  hasPhoto: boolean;
  lockout: LockoutView;
}

export type PinCheckAnswer =
  | { result: 'verified' }
  | { result: 'wrong'; attemptsLeft: number }
  /** Too many wrong PINs: no check until then (this answer may be the attempt that locked it). */
  | { result: 'locked'; until: number }
  /** DealPOS says the customer is not active: a PIN check is refused. */
  | { result: 'refused'; statusKind: Exclude<CustomerStatusKind, 'active'>; status: string }
  /** DealPOS holds no PIN for this customer. */
  | { result: 'no-pin' };

/** What one line of the PIN check log says happened. */
export type AuditResult =
  | 'verified'
  | 'wrong'
  /** A wrong PIN that started a lockout. */
  | 'locked-out'
  /** Refused without asking DealPOS: the customer was locked. */
  | 'locked'
  | 'refused'
  | 'no-pin'
  | 'offline'
  | 'error'
  /** An admin cleared the customer's lockout. */
  | 'lockout-cleared';

export interface AuditEntry {
  /** Epoch ms. */
  at: number;
  /** The outlet this counter works for, at the time. */
  outlet: string | null;
  customerCode: string;
  result: AuditResult;
  /** The manager who approved a clear, as they typed their name. */
  approvedBy?: string;
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[];
  /** How many the log holds (it keeps the newest 10,000). */
  total: number;
}

export interface RecentCustomer {
  card: CustomerCard;
  /** Epoch ms of the lookup. */
  lookedUpAt: number;
  lastCheck: { result: AuditResult; at: number } | null;
}

export interface AuditCsv {
  fileName: string;
  /** The CSV text (UTF-8, with a BOM so Excel reads it as UTF-8). */
  csv: string;
}

export const customerCodeInput = text(64);
export const pinInput = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.');

export const findCustomerInput = z.discriminatedUnion('by', [
  z.object({ by: z.literal('code'), value: customerCodeInput }).strict(),
  z.object({ by: z.literal('phone'), value: text(32) }).strict(),
  z
    .object({ by: z.literal('email'), value: text(254).regex(/^[^\s@]+@[^\s@]+$/, 'Not an email address.') })
    .strict(),
]);
export type FindCustomerInput = z.input<typeof findCustomerInput>;

export const checkPinInput = z.object({ code: customerCodeInput, pin: pinInput }).strict();
export type CheckPinInput = z.input<typeof checkPinInput>;

export const customerRefInput = z.object({ code: customerCodeInput }).strict();

/** A clear needs a manager's approval (issue #12): a free clear would let anyone brute-force a PIN. */
export const clearLockoutInput = customerRefInput.extend(approvalField).strict();
export type ClearLockoutInput = z.input<typeof clearLockoutInput>;

export const auditInput = z
  .object({ limit: z.number().int().min(1).max(1000) })
  .strict()
  .optional();

export const customerChannels = {
  /** One customer by member code, mobile phone (any Indonesian way of writing it) or email; null if DealPOS has none. */
  'customers:find': channel<CustomerCard | null>()(findCustomerInput),
  /** The customer's photo as a data: URL, fetched by main; null when there is none or it cannot be had. */
  'customers:photo': channel<string | null>()(customerRefInput),
  /** Compares the typed PIN with DealPOS's, in main. */
  'customers:check-pin': channel<PinCheckAnswer>()(checkPinInput),
  /** An admin lifts a customer's lockout (and the count of earlier ones). */
  'customers:clear-lockout': channel<LockoutView>()(clearLockoutInput),
  'customers:audit': channel<AuditPage>()(auditInput),
  'customers:audit-csv': channel<AuditCsv>()(none),
  /** Customers looked up since the app started, newest first. */
  'customers:recent': channel<RecentCustomer[]>()(none),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type CustomerEvents = {};
