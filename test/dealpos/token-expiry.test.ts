import { describe, expect, it } from 'vitest';
import { tokenResponseSchema } from '../../main/dealpos/schemas/token.ts';
import { FALLBACK_TOKEN_LIFETIME_MS, tokenLifetimeMs } from '../../main/dealpos/token-expiry.ts';

// How long a DealPOS token is trusted, from whatever its answer said (README, live table
// "Token answer"). Pure functions: the clock is a number.

const now = Date.parse('2026-03-04T07:29:57.356Z'); // 14:29:57 in Jakarta
const read = (body: unknown) => {
  const issued = tokenResponseSchema.parse(body);
  return { issued, lifetimeMs: tokenLifetimeMs(issued, now) };
};
const jwtWith = (claims: object) =>
  ['{"alg":"HS256","typ":"JWT"}', JSON.stringify(claims)]
    .map((part) => Buffer.from(part).toString('base64url'))
    .concat('c2lnbmF0dXJl')
    .join('.');

describe('the lifetime of a DealPOS token', () => {
  it('live table: Token answer — expiry read from expiredAt (+07:00, seven fractional digits) when expires_in is absent', () => {
    const { issued, lifetimeMs } = read({
      access_token: 'opaque-token',
      token_type: 'Bearer',
      expiredAt: '2026-03-06T14:29:57.3563968+07:00',
    });
    expect(issued.tokenType).toBe('Bearer');
    expect(lifetimeMs).toBe(48 * 3600_000);
  });

  it('live table: Token answer — expires_in wins when both expires_in and expiredat are sent', () => {
    const { lifetimeMs } = read({
      access_token: 'opaque-token',
      token_type: 'bearer',
      expires_in: '3600',
      expiredat: '2026-03-06T14:29:57.3563968+07:00',
    });
    expect(lifetimeMs).toBe(3600_000);
  });

  it("live table: Token answer — the JWT's exp when the answer states no lifetime", () => {
    const { lifetimeMs } = read({ access_token: jwtWith({ sub: 'x', exp: now / 1000 + 7200 }) });
    expect(lifetimeMs).toBe(7200_000);
  });

  it('live table: Token answer — an answer whose lifetime cannot be read still signs in, with a safe default', () => {
    for (const body of [
      { access_token: 'opaque-token' },
      { access_token: 'opaque-token', expires_in: 'soon', expiredAt: 'next Tuesday' },
      { access_token: 'a.b.c', expires_in: -5, expiredAt: 42, token_type: 7 },
      // Already past by our clock (a wrong PC clock): not trusted, not a reason to refetch forever.
      { access_token: 'opaque-token', expiredAt: '2026-03-01T00:00:00.0000000+07:00' },
    ]) {
      const { issued, lifetimeMs } = read(body);
      expect(issued.accessToken).toBe(body.access_token);
      expect(lifetimeMs, JSON.stringify(body)).toBe(FALLBACK_TOKEN_LIFETIME_MS);
    }
  });

  it('reads expiredAt without an offset colon, and in UTC', () => {
    expect(read({ access_token: 't', expiredAt: '2026-03-04T14:59:57.356+0700' }).lifetimeMs).toBe(
      30 * 60_000,
    );
    expect(read({ access_token: 't', expiredAt: '2026-03-04T08:29:57.356Z' }).lifetimeMs).toBe(3600_000);
  });

  it('still refuses an answer without an access token', () => {
    expect(tokenResponseSchema.safeParse({ expires_in: 3600 }).success).toBe(false);
  });
});
