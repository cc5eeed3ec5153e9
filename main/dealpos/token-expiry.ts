/** What a token answer said about its lifetime, as parsed by schemas/token.ts. */
export interface TokenLifetimeWord {
  accessToken: string;
  expiresInSeconds?: number | undefined;
  /** `expiredAt`/`expiredat` as DealPOS wrote it, e.g. "2026-03-06T14:29:57.3563968+07:00". */
  expiresAtText?: string | undefined;
}

/**
 * Used when a token answer says nothing readable about its lifetime. Short enough that a token
 * that dies earlier costs at most one 401 and one re-authentication, long enough not to spend the
 * account's 50 requests on tokens.
 */
export const FALLBACK_TOKEN_LIFETIME_MS = 30 * 60_000;

/**
 * How long a token lives, in ms from `now`: `expires_in`, else `expiredAt`/`expiredat`, else the
 * JWT's `exp`, else FALLBACK_TOKEN_LIFETIME_MS. A source that reads as already expired is
 * skipped (a clock or time-zone mistake must not make every request fetch a token).
 */
export function tokenLifetimeMs(word: TokenLifetimeWord, now: number): number {
  const candidates = [
    word.expiresInSeconds !== undefined ? word.expiresInSeconds * 1000 : undefined,
    word.expiresAtText !== undefined ? parseTimestamp(word.expiresAtText) - now : undefined,
    jwtExpiry(word.accessToken) - now,
  ];
  for (const ms of candidates) if (ms !== undefined && Number.isFinite(ms) && ms > 0) return ms;
  return FALLBACK_TOKEN_LIFETIME_MS;
}

/**
 * Epoch ms of an ISO-8601 timestamp with an offset. .NET writes seven fractional digits
 * ("57.3563968+07:00"), which Date.parse does not promise to read, so they are cut to three.
 * NaN when it cannot be read or carries no offset (a local time without a zone is ambiguous).
 */
function parseTimestamp(text: string): number {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)$/i.exec(text.trim());
  if (!match) return Number.NaN;
  const [, clock, fraction = '', zone = ''] = match;
  const ms = fraction.padEnd(3, '0').slice(0, 3);
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2');
  return Date.parse(`${clock}.${ms}${offset}`);
}

/** The `exp` claim (seconds) of a JWT as epoch ms; NaN when the token is not a readable JWT. */
function jwtExpiry(token: string): number {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || !payload) return Number.NaN;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (claims && typeof claims === 'object' && 'exp' in claims && typeof claims.exp === 'number') {
      return claims.exp * 1000;
    }
  } catch {
    // Not a JWT after all: an opaque token.
  }
  return Number.NaN;
}
