import { DealposError } from '../dealpos/errors.ts';
import { ServiceError } from '../ipc/service-error.ts';

/** Whether DealPOS could not be reached at all (as opposed to answering with a refusal). */
export const isOffline = (error: unknown): boolean =>
  error instanceof DealposError && (error.kind === 'network' || error.kind === 'timeout');

/**
 * A customer lookup answered 400: DealPOS's way of saying "Customer with Code X does not exist
 * in Database". The input is one validated field, so a 400 here means no such customer.
 */
export const isNoSuchCustomer = (error: unknown): boolean =>
  error instanceof DealposError && error.kind === 'bad-request';

/** A PIN check or lookup cannot be done without DealPOS: it says so, and nothing is guessed. */
export const offlineError = () =>
  new ServiceError(
    'offline',
    'This needs DealPOS, and DealPOS cannot be reached from this computer now. Check the internet connection, then try again.',
  );

/** Rethrows `error`, as `offline` when DealPOS could not be reached. */
export function rethrowForCounter(error: unknown): never {
  if (isOffline(error)) throw offlineError();
  throw error;
}
