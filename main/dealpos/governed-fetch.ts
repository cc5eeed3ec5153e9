import { TimeoutError } from 'ky';
import type { Lane, RateGovernor } from './rate-governor.ts';

/** ky forwards options it does not know to `fetch`; this is how a call names its lane. */
export interface LaneInit extends RequestInit {
  lane?: Lane;
}

export interface GovernedFetchOptions {
  governor: RateGovernor;
  /** The real fetch (tests may wrap it to watch the wire). */
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
  /** Time allowed for one attempt once it is on the wire (queue time does not count). */
  timeoutMs?: number;
  /** How many 429 answers a request waits out before its caller is told. */
  rateLimitWaits?: number;
}

/**
 * A fetch for ky that sends nothing without the governor's permit. Each attempt (ky's retries
 * included) takes its own slot. A 429 means DealPOS did not process the request, so it is
 * resent once the window has passed, even for writes.
 */
export function createGovernedFetch(options: GovernedFetchOptions) {
  const send = options.fetch ?? ((request: Request, init?: RequestInit) => globalThis.fetch(request, init));
  const timeoutMs = options.timeoutMs ?? 20_000;
  const rateLimitWaits = options.rateLimitWaits ?? 2;

  return async function governedFetch(input: Request | string | URL, init: LaneInit = {}): Promise<Response> {
    const { lane = 'interactive', ...rest } = init;
    // ky always hands over a Request; anything else is made into one so it can be cloned per attempt.
    const request = input instanceof Request ? input : new Request(input, rest);
    for (let waits = 0; ; waits++) {
      const permit = await options.governor.acquire(lane, request.signal);
      const attemptTimeout = AbortSignal.timeout(timeoutMs);
      let response: Response;
      try {
        response = await send(request.clone(), {
          ...rest,
          signal: AbortSignal.any([request.signal, attemptTimeout]),
        });
      } catch (error) {
        permit.failed();
        if (attemptTimeout.aborted && !request.signal.aborted) throw new TimeoutError(request);
        throw error;
      }
      if (response.status === 429 && waits < rateLimitWaits) {
        // The 429's text is never read for a wait: live messages carry no usable seconds, and a
        // client that glued their digits together waited the wrong time (README, live table
        // "429"). The governor waits for the window its RateLimit-Policy names.
        permit.rateLimited(response.headers);
        await response.body?.cancel();
        continue;
      }
      permit.complete(response.headers);
      return response;
    }
  };
}
