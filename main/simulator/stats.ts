/** What GET /_sim/stats reports, so tests can prove what the client did and did not send. */
export interface SimStats {
  /** API requests received, token requests and unknown routes included. */
  requests: number;
  /** Requests that counted toward the rate-limit window. */
  counted: number;
  /** Requests answered 429 by the rate limit (queued 429 faults are not included). */
  overLimit: number;
  tokensIssued: number;
  /** Requests under /api/v3/ that matched no route (answered 404). */
  notFound: number;
  /** Per route, e.g. "GET variant/detail": every request received, whatever its answer. */
  byRoute: Record<string, number>;
  /** Per write route: requests received, including faulted and refused ones. */
  writes: Record<string, number>;
  /** Per write route: requests that changed state (the handler committed and answered 2xx). */
  applied: Record<string, number>;
}

export function createStats(): SimStats {
  return {
    requests: 0,
    counted: 0,
    overLimit: 0,
    tokensIssued: 0,
    notFound: 0,
    byRoute: {},
    writes: {},
    applied: {},
  };
}

export function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
