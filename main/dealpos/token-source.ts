import { type Clock, systemClock } from './clock.ts';
import { type TokenLifetimeWord, tokenLifetimeMs } from './token-expiry.ts';

/** An OAuth2 access token as DealPOS issued it, with whatever it said about its lifetime. */
export interface IssuedToken extends TokenLifetimeWord {
  tokenType: string;
}

export interface AccessToken {
  /** Value for the Authorization header, e.g. `Bearer abc...`. Never log it. */
  readonly authorization: string;
  /** Epoch ms after which it is not used any more (about 60 s before DealPOS's expiry). */
  readonly renewAt: number;
}

/** Renew this long before DealPOS says the token expires, so no request leaves with a dying token. */
const renewEarlyMs = 60_000;

/**
 * Holds the current DealPOS token: fetched on first use, reused until about 60 s before it
 * expires, and fetched by one request at a time however many callers need it at once.
 */
export class TokenSource {
  readonly #issue: () => Promise<IssuedToken>;
  readonly #clock: Clock;
  #current: AccessToken | null = null;
  #pending: Promise<AccessToken> | null = null;

  constructor(issue: () => Promise<IssuedToken>, clock: Clock = systemClock) {
    this.#issue = issue;
    this.#clock = clock;
  }

  /** A token that is good for at least a minute; fetches one if needed. */
  get(): Promise<AccessToken> {
    if (this.#current && this.#clock.now() < this.#current.renewAt) return Promise.resolve(this.#current);
    this.#pending ??= this.#fetch().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  /** DealPOS refused `token` (401): forget it, unless a newer one already replaced it. */
  invalidate(token: AccessToken): void {
    if (this.#current === token) this.#current = null;
  }

  /** Forget everything (credentials changed). */
  clear(): void {
    this.#current = null;
  }

  async #fetch(): Promise<AccessToken> {
    const issued = await this.#issue();
    // DealPOS sends `token_type: "bearer"`; the scheme is case-insensitive but Bearer is the usual form.
    const scheme = /^bearer$/i.test(issued.tokenType) ? 'Bearer' : issued.tokenType;
    const lifetimeMs = tokenLifetimeMs(issued, this.#clock.now());
    const token: AccessToken = {
      authorization: `${scheme} ${issued.accessToken}`,
      renewAt: this.#clock.now() + Math.max(lifetimeMs - renewEarlyMs, lifetimeMs / 2),
    };
    this.#current = token;
    return token;
  }
}
