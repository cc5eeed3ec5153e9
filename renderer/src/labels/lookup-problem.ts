import type { DocumentLookupAnswer, IpcError, IpcResult } from '../bridge/contract.ts';
import type { FeatureErrorTexts } from '../errors/describe-error.ts';

/** Why a document lookup gave no lines, as the person at the counter needs to tell them apart. */
export type LookupProblemKind =
  /** DealPOS has no such number at that outlet (its 400), or the document has no lines. */
  | 'unknown-number'
  /** The API user lacks the role (403): DealPOS's text names it. */
  | 'missing-role'
  /** No network, or DealPOS did not answer in time. */
  | 'offline'
  | 'rate-limited'
  | 'not-connected'
  /** The number itself was refused before asking DealPOS (too long, a control character). */
  | 'invalid-number'
  /** The credentials stopped working or the account is suspended. */
  | 'account'
  /** DealPOS failed or answered something unexpected. */
  | 'dealpos-trouble'
  | 'app-trouble';

export interface LookupProblem {
  kind: LookupProblemKind;
  /** Main's error, when the call failed (the store keeps it beside the kind, for describeError). */
  error?: IpcError;
  /** DealPOS's own words, where they help (the unknown number, the missing role). */
  dealposMessage: string | null;
}

const kindOfError: Record<IpcError['kind'], LookupProblemKind> = {
  'bad-request': 'unknown-number',
  forbidden: 'missing-role',
  // DealPOS's text names the outlet the user may not access; the missing-role view shows it.
  'outlet-forbidden': 'missing-role',
  network: 'offline',
  timeout: 'offline',
  offline: 'offline',
  'rate-limited': 'rate-limited',
  'not-connected': 'not-connected',
  'invalid-input': 'invalid-number',
  auth: 'account',
  suspended: 'account',
  server: 'dealpos-trouble',
  'invalid-response': 'dealpos-trouble',
  'not-found': 'dealpos-trouble',
  conflict: 'dealpos-trouble',
  config: 'account',
  'untrusted-sender': 'app-trouble',
  'weak-encryption': 'app-trouble',
  locked: 'app-trouble',
  // A lookup is never guarded by the manager passcode.
  'approval-required': 'app-trouble',
  'approval-refused': 'app-trouble',
  'approval-locked': 'app-trouble',
  internal: 'app-trouble',
};

/** What went wrong with a lookup, or null when it found the document. */
export function lookupProblem(result: IpcResult<DocumentLookupAnswer>): LookupProblem | null {
  if (result.ok) {
    return result.value.kind === 'found'
      ? null
      : { kind: 'unknown-number', dealposMessage: result.value.dealposMessage };
  }
  // A kind from a newer main process reads as the app's own trouble.
  const kind = Object.hasOwn(kindOfError, result.error.kind) ? kindOfError[result.error.kind] : 'app-trouble';
  const quotes = kind === 'unknown-number' || kind === 'missing-role';
  return { kind, dealposMessage: quotes ? (result.error.dealposMessage ?? null) : null };
}

/**
 * The Labels screen's words for every error kind, for describeError: a lookup's failure is told
 * as what it means for the document (its number unknown, a role missing, offline...).
 */
export function lookupErrorTexts(
  text: (problem: LookupProblemKind) => { title: string; hint: string },
): FeatureErrorTexts {
  const texts: FeatureErrorTexts = {};
  for (const [kind, problem] of Object.entries(kindOfError) as [IpcError['kind'], LookupProblemKind][]) {
    texts[kind] = text(problem);
  }
  return texts;
}
