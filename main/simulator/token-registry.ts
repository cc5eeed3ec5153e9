import { randomBytes } from 'node:crypto';
import type { ApiClient } from './credentials.ts';

interface IssuedToken {
  client: ApiClient;
  expiresAt: number;
}

/** Access tokens handed out by Token/OAuth2: random, opaque, each with its own expiry. */
export class TokenRegistry {
  private readonly tokens = new Map<string, IssuedToken>();

  issue(client: ApiClient, lifetimeSeconds: number, now: number): { token: string; expiresAt: number } {
    const token = randomBytes(48).toString('base64url');
    const expiresAt = now + lifetimeSeconds * 1000;
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
