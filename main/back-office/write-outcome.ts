import { DealposError, type DealposErrorKind } from '../dealpos/errors.ts';
import type { IpcError } from '../ipc/channel.ts';
import type { WriteResult } from './back-office-channels.ts';

/**
 * Failures after which nobody can tell whether DealPOS applied the write: the request may have
 * arrived and committed before the connection dropped, the clock ran out, DealPOS failed half
 * way (5xx), or it answered 2xx with a body we cannot read.
 */
const uncertainKinds: ReadonlySet<DealposErrorKind> = new Set([
  'network',
  'timeout',
  'server',
  'invalid-response',
]);

export const uncertainMessage =
  'DealPOS did not answer clearly, so this app cannot tell whether the change was saved. ' +
  'Check in DealPOS before trying again.';

/** A failed write as the desk reports it: refused (nothing changed) or uncertain (maybe changed). */
export interface WriteFailure {
  result: Exclude<WriteResult, 'done'>;
  error: IpcError;
}

/**
 * Sorts a write's failure. A DealPOS answer of 4xx is a refusal, quoted as DealPOS said it;
 * anything without a clear answer is uncertain and must not be resent blindly. An error that is
 * not DealPOS's (a bug) is uncertain too: the request may already have left.
 */
export function writeFailure(error: unknown): WriteFailure {
  if (error instanceof DealposError) {
    const { kind, message, dealposMessage } = error.toJSON();
    if (uncertainKinds.has(kind)) {
      // DealPOS's words, if it sent any (a 500's "An error has occurred."), stay with the report.
      return {
        result: 'uncertain',
        error: dealposMessage
          ? { kind, message: uncertainMessage, dealposMessage }
          : { kind, message: uncertainMessage },
      };
    }
    return {
      result: 'refused',
      error: dealposMessage ? { kind, message, dealposMessage } : { kind, message },
    };
  }
  return { result: 'uncertain', error: { kind: 'internal', message: uncertainMessage } };
}
