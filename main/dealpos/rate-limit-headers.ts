/** What DealPOS's rate-limit headers said (IETF ratelimit-headers draft 06); absent fields were not sent or not readable. */
export interface RateLimitWord {
  limit?: number;
  remaining?: number;
  windowSeconds?: number;
  resetSeconds?: number;
}

const wholeNumber = (value: string | null): number | undefined => {
  if (value === null) return undefined;
  const match = /^\s*(\d+)/.exec(value);
  return match ? Number(match[1]) : undefined;
};

/**
 * Reads `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Policy` (`50;w=180`) and, if a
 * tenant ever sends it, `RateLimit-Reset`. Malformed values are ignored rather than trusted.
 */
export function parseRateLimitHeaders(headers: Headers): RateLimitWord {
  const word: RateLimitWord = {};
  const policy = headers.get('RateLimit-Policy');
  if (policy) {
    // Several policies may be listed; DealPOS sends one. The first one is the account window.
    const first = policy.split(',')[0] ?? '';
    const quota = wholeNumber(first);
    const window = /;\s*w\s*=\s*(\d+)/.exec(first);
    if (quota !== undefined && quota > 0) word.limit = quota;
    if (window && Number(window[1]) > 0) word.windowSeconds = Number(window[1]);
  }
  const limit = wholeNumber(headers.get('RateLimit-Limit'));
  if (limit !== undefined && limit > 0) word.limit = limit;
  const remaining = wholeNumber(headers.get('RateLimit-Remaining'));
  if (remaining !== undefined) word.remaining = remaining;
  const reset = wholeNumber(headers.get('RateLimit-Reset'));
  if (reset !== undefined) word.resetSeconds = reset;
  return word;
}
