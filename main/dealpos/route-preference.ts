import { DealposError, type DealposErrorKind } from './errors.ts';

/**
 * Two ways to ask DealPOS the same thing: the preferred one first, the other when the preferred
 * one is refused in a way that means "not this form here" (`fallBackOn`). The outcome is
 * remembered for the client's life, so a tenant that refuses the preferred form costs one
 * extra request once, not on every call.
 */
export function createRoutePreference(fallBackOn: readonly DealposErrorKind[]) {
  let preferredRefused = false;
  return async function ask<T>(preferred: () => Promise<T>, other: () => Promise<T>): Promise<T> {
    if (preferredRefused) return other();
    try {
      return await preferred();
    } catch (error) {
      if (!(error instanceof DealposError && fallBackOn.includes(error.kind))) throw error;
      preferredRefused = true;
      return other();
    }
  };
}
