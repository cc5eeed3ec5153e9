import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders } from '../../main/dealpos/rate-limit-headers.ts';

describe('reading DealPOS rate-limit headers', () => {
  it('reads limit, remaining and the window from the draft-06 headers DealPOS sends', () => {
    const word = parseRateLimitHeaders(
      new Headers({ 'RateLimit-Limit': '50', 'RateLimit-Remaining': '49', 'RateLimit-Policy': '50;w=180' }),
    );
    expect(word).toEqual({ limit: 50, remaining: 49, windowSeconds: 180 });
  });

  it('takes the first policy when several are listed, and a reset when one is sent', () => {
    const word = parseRateLimitHeaders(
      new Headers({ 'RateLimit-Policy': '100;w=60, 1000;w=3600', 'RateLimit-Reset': '12' }),
    );
    expect(word).toEqual({ limit: 100, windowSeconds: 60, resetSeconds: 12 });
  });

  it('ignores malformed values instead of trusting them', () => {
    const word = parseRateLimitHeaders(
      new Headers({ 'RateLimit-Limit': 'lots', 'RateLimit-Remaining': '-3', 'RateLimit-Policy': 'x;w=y' }),
    );
    expect(word).toEqual({});
  });
});
