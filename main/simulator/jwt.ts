import { createHmac } from 'node:crypto';

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/**
 * An HS256 JSON Web Token, the form of live DealPOS access tokens (README "What live stores
 * answered": "access_token (an HS256 JWT)"). The simulator never verifies the signature: it
 * looks tokens up in its registry; the JWT form is there so a client can read `exp`.
 */
export function signJwt(claims: Record<string, unknown>, secret: Buffer): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * A moment as DealPOS's servers in Jakarta write it: local time at +07:00 with seven fractional
 * digits (.NET's DateTimeOffset "o" format), e.g. "2026-03-06T14:29:57.3563968+07:00".
 */
export function jakartaTimestamp(epochMs: number): string {
  const local = new Date(epochMs + 7 * 3600_000).toISOString(); // "2026-03-06T14:29:57.356Z"
  return `${local.slice(0, 19)}.${local.slice(20, 23)}0000+07:00`;
}
