/** The outcome of counting one request against the window. */
export interface WindowCharge {
  admitted: boolean;
  remaining: number;
  /** Whole seconds until the window closes, rounded up (at least 1). */
  secondsLeft: number;
}

/**
 * DealPOS's account-wide fixed window (README "Rate limit"): one counter for every client of the
 * account. A window opens at the first counted request when none is open and lasts
 * `windowSeconds`; it does not slide.
 */
export class RateWindow {
  private resetsAt: number | undefined;
  private used = 0;

  charge(now: number, limit: number, windowSeconds: number): WindowCharge {
    if (this.resetsAt === undefined || now >= this.resetsAt) {
      this.resetsAt = now + windowSeconds * 1000;
      this.used = 0;
    }
    this.used++;
    return {
      admitted: this.used <= limit,
      remaining: Math.max(0, limit - this.used),
      secondsLeft: this.secondsLeft(now, windowSeconds),
    };
  }

  /** Seconds until the open window closes; a full window when none is open. */
  secondsLeft(now: number, windowSeconds: number): number {
    if (this.resetsAt === undefined || now >= this.resetsAt) return windowSeconds;
    return Math.max(1, Math.ceil((this.resetsAt - now) / 1000));
  }

  /** Whether the open window has no request left. */
  spent(now: number, limit: number): boolean {
    return this.resetsAt !== undefined && now < this.resetsAt && this.used >= limit;
  }

  snapshot(now: number, limit: number): { used: number; remaining: number; resetsAt: string | null } {
    const open = this.resetsAt !== undefined && now < this.resetsAt;
    const used = open ? this.used : 0;
    return {
      used,
      remaining: Math.max(0, limit - used),
      resetsAt: open && this.resetsAt !== undefined ? new Date(this.resetsAt).toISOString() : null,
    };
  }

  clear(): void {
    this.resetsAt = undefined;
    this.used = 0;
  }
}

/** IETF ratelimit-headers draft 06, as DealPOS sends them; no reset header is documented. */
export function rateLimitHeaders(
  limit: number,
  windowSeconds: number,
  remaining: number,
): Record<string, string> {
  return {
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(remaining),
    'RateLimit-Policy': `${limit};w=${windowSeconds}`,
  };
}

/** The docs profile's 429 text, naming the seconds left (no Retry-After header is documented). */
export function quotaExceededMessage(limit: number, windowSeconds: number, secondsLeft: number): string {
  return `API calls quota exceeded! maximum admitted ${limit} per ${windowSeconds}s. Try again in ${secondsLeft} seconds.`;
}

/**
 * The live profile's 429 text: it names no wait. A live client that glued its digits together
 * waited the wrong time (README, live table "429"); here they would read "50180" seconds.
 */
export function liveQuotaExceededMessage(limit: number, windowSeconds: number): string {
  return `API calls quota exceeded! maximum admitted ${limit} per ${windowSeconds}s.`;
}
