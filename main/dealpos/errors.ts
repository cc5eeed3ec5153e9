import { boundedText } from './bounded-text.ts';

/**
 * Every way a DealPOS call can fail, as the person at the counter needs to tell them apart.
 * `config` is ours (a host that cannot be a DealPOS address); the rest come from the wire.
 */
export type DealposErrorKind =
  | 'auth'
  | 'suspended'
  | 'forbidden'
  | 'outlet-forbidden'
  | 'bad-request'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  | 'config';

/** Plain data form of a DealposError, safe to send over IPC or write to a log. */
export interface DealposErrorInfo {
  kind: DealposErrorKind;
  message: string;
  endpoint: string;
  status?: number;
  /** DealPOS's own `Message`, shown as it said it (for 403 it names the missing role). */
  dealposMessage?: string;
}

const defaultMessages: Record<DealposErrorKind, string> = {
  auth: 'DealPOS did not accept the client ID or secret. Check them in Settings.',
  suspended: 'This DealPOS account is suspended. Ask the store owner to contact DealPOS.',
  forbidden: 'This DealPOS user is missing a permission for that. Ask your admin to add the role.',
  'outlet-forbidden':
    'This DealPOS user may not use that outlet. Ask your admin to give it access to the outlet, or choose another outlet.',
  'bad-request': 'DealPOS could not find that or did not accept the request.',
  'not-found': 'This DealPOS address does not answer that request. Check the store address in Settings.',
  conflict: 'DealPOS refused because the record is not in the right state for that.',
  'rate-limited': 'DealPOS request limit reached for now. Please wait a moment and try again.',
  server: 'DealPOS had a problem answering. Please try again in a moment.',
  network: 'Cannot reach DealPOS. Check the internet connection.',
  timeout: 'DealPOS took too long to answer. Please try again.',
  'invalid-response': 'DealPOS answered in a way this app does not understand.',
  config: 'The DealPOS store address is not valid.',
};

/**
 * A failed DealPOS call. Its message is written for a person at a counter and never carries
 * credentials, tokens or PINs; `dealposMessage` is DealPOS's own text where it sent one.
 */
export class DealposError extends Error {
  override readonly name = 'DealposError';
  readonly kind: DealposErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly dealposMessage: string | undefined;

  constructor(info: Omit<DealposErrorInfo, 'message'> & { message?: string }) {
    // Bounded where DealPOS's text enters the app, so no log line, report or answer to the page
    // carries an error body whole.
    const dealposMessage = info.dealposMessage === undefined ? undefined : boundedText(info.dealposMessage);
    super(boundedText(info.message ?? composeMessage(info.kind, dealposMessage)));
    this.kind = info.kind;
    this.endpoint = info.endpoint;
    this.status = info.status;
    this.dealposMessage = dealposMessage;
  }

  toJSON(): DealposErrorInfo {
    const info: DealposErrorInfo = { kind: this.kind, message: this.message, endpoint: this.endpoint };
    if (this.status !== undefined) info.status = this.status;
    if (this.dealposMessage !== undefined) info.dealposMessage = this.dealposMessage;
    return info;
  }
}

function composeMessage(kind: DealposErrorKind, dealposMessage: string | undefined): string {
  // For these DealPOS's text is the useful part: the missing role, the unknown number, the state.
  if (dealposMessage && (kind === 'forbidden' || kind === 'bad-request' || kind === 'conflict')) {
    return dealposMessage;
  }
  return defaultMessages[kind];
}

/** Maps an HTTP status DealPOS answered with to the kind of failure it means. */
export function kindForStatus(status: number): DealposErrorKind {
  switch (status) {
    case 400:
      return 'bad-request';
    case 401:
      return 'auth';
    case 402:
      return 'suspended';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 ? 'server' : 'bad-request';
  }
}

/**
 * The kind of a refusal, from its status and DealPOS's text. A live 403 can be about an outlet
 * rather than a role: "You are not allowed to access [Outlet ID ...]" (README, live table
 * "Error bodies"); the person needs different advice then.
 */
export function kindForAnswer(status: number, dealposMessage: string | undefined): DealposErrorKind {
  const kind = kindForStatus(status);
  if (kind === 'forbidden' && dealposMessage && /not allowed to access[\s\S]*outlet/i.test(dealposMessage)) {
    return 'outlet-forbidden';
  }
  return kind;
}

export function isDealposError(error: unknown): error is DealposError {
  return error instanceof DealposError;
}
