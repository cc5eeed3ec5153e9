import { randomBytes, randomUUID } from 'node:crypto';
import type { ApiClient } from './credentials.ts';
import { signJwt } from './jwt.ts';

interface IssuedToken {
  client: ApiClient;
  expiresAt: number;
}

/** Access tokens handed out by Token/OAuth2, each with its own expiry. */
export class TokenRegistry {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly signingKey = randomBytes(32);

  /**
   * `form` "jwt" issues an HS256 JWT carrying `exp` (as live DealPOS does); "opaque" a random
   * string (nothing in the reference pages says the token can be read).
   */
  issue(
    client: ApiClient,
    lifetimeSeconds: number,
    now: number,
    form: 'jwt' | 'opaque' = 'opaque',
  ): { token: string; expiresAt: number } {
    const expiresAt = now + lifetimeSeconds * 1000;
    const token =
      form === 'jwt'
        ? signJwt(
            {
              sub: client.credentials.clientId,
              jti: randomUUID(),
              iat: Math.floor(now / 1000),
              exp: Math.floor(expiresAt / 1000),
            },
            this.signingKey,
          )
        : randomBytes(48).toString('base64url');
    this.tokens.set(token, { client, expiresAt });
    return { token, expiresAt };
  }

  /** The client a token belongs to, or undefined when it is unknown or expired. */
  resolve(token: string, now: number): ApiClient | undefined {
    const issued = this.tokens.get(token);
    if (!issued) return undefined;
    if (now >= issued.expiresAt) {
      this.tokens.delete(token);
      return undefined;
    }
    return issued.client;
  }

  /** Every issued token stops working, as if they all expired at once. */
  expireAll(): void {
    this.tokens.clear();
  }
}
