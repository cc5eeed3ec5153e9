import { TimeoutError } from 'ky';
import type { Lane, RateGovernor } from './rate-governor.ts';
import { secondsFromRateLimitMessage } from './rate-limit-headers.ts';

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

async function messageOf(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    if (body && typeof body === 'object' && 'Message' in body && typeof body.Message === 'string') {
      return body.Message;
    }
  } catch {
    // A 429 without a JSON body: fall back to waiting a whole window.
  }
  return undefined;
}

/**
 * A fetch for ky that sends nothing without the governor's permit. Each attempt (ky's retries
 * included) takes its own slot. A 429 means DealPOS did not process the request, so it is
 * resent after the wait DealPOS asked for, even for writes.
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
        permit.rateLimited(secondsFromRateLimitMessage(await messageOf(response)));
        await response.body?.cancel();
        continue;
      }
      permit.complete(response.headers);
      return response;
    }
  };
}
