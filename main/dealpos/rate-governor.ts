import { type Clock, systemClock } from './clock.ts';
import { parseRateLimitHeaders } from './rate-limit-headers.ts';

/**
 * Who is asking. A person at the counter (`interactive`) is always served before a job
 * (`background`), and background work may never spend the last `reserve` requests of a window.
 */
export type Lane = 'interactive' | 'background';

export interface GovernorOptions {
  /** Requests per window; DealPOS's default is 50, learned again from RateLimit headers. */
  limit?: number;
  /** Window length in seconds; DealPOS's default is 180. */
  windowSeconds?: number;
  /** Share of each window (0..1) that background work may not touch. */
  backgroundReserve?: number;
  /**
   * Extra time a request stays counted after its window, so that the server, which sees it a
   * little later than we sent it, never counts one more than we did.
   */
  marginMs?: number;
  clock?: Clock;
}

export interface GovernorState {
  limit: number;
  windowSeconds: number;
  /** Requests counted against the current window, by our count or the server's, whichever is more. */
  used: number;
  /** Requests that may still be sent now (0 while blocked after a 429). */
  remaining: number;
  /** Requests of each window kept for interactive work. */
  reserve: number;
  /** Epoch ms when the next counted request leaves the window, or null when none is counted. */
  nextSlotAt: number | null;
  /** Epoch ms until which nothing is sent because DealPOS answered 429, or null. */
  blockedUntil: number | null;
  queued: Record<Lane, number>;
  inFlight: number;
}

/** A granted request: report how it ended so the governor can learn from it. */
export interface Permit {
  /** The request got an answer; its RateLimit headers (if any) are read. */
  complete(headers?: Headers): void;
  /**
   * DealPOS answered 429: nothing is sent for a whole window (learned from the answer's
   * RateLimit-Policy when it has one), or until a `RateLimit-Reset` the answer carried.
   */
  rateLimited(headers?: Headers): void;
  /** The request failed without an answer (network error, timeout). It stays counted. */
  failed(): void;
}

interface Waiter {
  lane: Lane;
  resolve(permit: Permit): void;
  reject(reason: unknown): void;
  cleanup(): void;
}

/** What the server last told us about its own window. */
interface ServerWord {
  remaining: number;
  /** Sends made since (or in flight when) the server said it, which it may not have counted yet. */
  sentSince: number;
  expiresAt: number;
}

/**
 * The one gate every DealPOS request passes through (DealPOS allows 50 requests per 180 s for the
 * whole account). It keeps a sliding log of sends, which can never put more than `limit`
 * requests into any fixed window the server may use, whatever its alignment; it believes the
 * server's `RateLimit-Remaining` when that is lower (another counter on the same account); and it
 * queues requests by lane.
 */
export class RateGovernor {
  readonly #clock: Clock;
  readonly #reserveShare: number;
  readonly #marginMs: number;
  #limit: number;
  #windowMs: number;
  #sendLog: number[] = [];
  #server: ServerWord | null = null;
  #blockedUntil = 0;
  #inFlight = 0;
  #queues: Record<Lane, Waiter[]> = { interactive: [], background: [] };
  #timer: unknown = null;
  #listeners = new Set<(state: GovernorState) => void>();

  constructor(options: GovernorOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#limit = options.limit ?? 50;
    this.#windowMs = (options.windowSeconds ?? 180) * 1000;
    this.#reserveShare = options.backgroundReserve ?? 0.2;
    this.#marginMs = options.marginMs ?? 1000;
  }

  /**
   * Waits for a slot in `lane` and takes it. Rejects with the signal's reason if it is aborted
   * while waiting (nothing is counted then).
   */
  acquire(lane: Lane, signal?: AbortSignal): Promise<Permit> {
    signal?.throwIfAborted();
    return new Promise<Permit>((resolve, reject) => {
      const onAbort = () => {
        this.#remove(waiter);
        reject(signal?.reason);
        this.#pump();
      };
      const waiter: Waiter = {
        lane,
        resolve,
        reject,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queues[lane].push(waiter);
      this.#pump();
    });
  }

  get state(): GovernorState {
    const now = this.#clock.now();
    this.#forgetExpired(now);
    const available = this.#available(now);
    const oldest = this.#sendLog[0];
    return {
      limit: this.#limit,
      windowSeconds: this.#windowMs / 1000,
      used: this.#limit - this.#availableIgnoringBlock(now),
      remaining: available,
      reserve: this.#reserve(),
      nextSlotAt: oldest === undefined ? null : oldest + this.#windowMs + this.#marginMs,
      blockedUntil: this.#blockedUntil > now ? this.#blockedUntil : null,
      queued: { interactive: this.#queues.interactive.length, background: this.#queues.background.length },
      inFlight: this.#inFlight,
    };
  }

  /** Calls `listener` with the new state after every change; returns the unsubscribe function. */
  subscribe(listener: (state: GovernorState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the internal timer and rejects every queued request (app shutdown, tests). */
  close(reason: unknown = new Error('The request governor was closed')): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    for (const lane of ['interactive', 'background'] as const) {
      for (const waiter of this.#queues[lane].splice(0)) {
        waiter.cleanup();
        waiter.reject(reason);
      }
    }
  }

  #reserve(): number {
    return Math.min(Math.ceil(this.#limit * this.#reserveShare), this.#limit - 1);
  }

  #forgetExpired(now: number): void {
    const horizon = now - this.#windowMs - this.#marginMs;
    let drop = 0;
    while (drop < this.#sendLog.length && (this.#sendLog[drop] as number) <= horizon) drop++;
    if (drop > 0) this.#sendLog.splice(0, drop);
    if (this.#server && this.#server.expiresAt <= now) this.#server = null;
  }

  #availableIgnoringBlock(now: number): number {
    let available = this.#limit - this.#sendLog.length;
    if (this.#server && this.#server.expiresAt > now) {
      available = Math.min(available, this.#server.remaining - this.#server.sentSince);
    }
    return Math.max(0, available);
  }

  #available(now: number): number {
    return now < this.#blockedUntil ? 0 : this.#availableIgnoringBlock(now);
  }

  #remove(waiter: Waiter): void {
    const queue = this.#queues[waiter.lane];
    const index = queue.indexOf(waiter);
    if (index >= 0) queue.splice(index, 1);
    waiter.cleanup();
  }

  #pump(): void {
    if (this.#timer !== null) {
      this.#clock.clearTimeout(this.#timer);
      this.#timer = null;
    }
    const now = this.#clock.now();
    this.#forgetExpired(now);
    for (;;) {
      const available = this.#available(now);
      let waiter: Waiter | undefined;
      if (available > 0 && this.#queues.interactive.length > 0) waiter = this.#queues.interactive.shift();
      else if (available > this.#reserve() && this.#queues.background.length > 0) {
        waiter = this.#queues.background.shift();
      }
      if (!waiter) break;
      waiter.cleanup();
      this.#sendLog.push(now);
      this.#inFlight++;
      if (this.#server) this.#server.sentSince++;
      waiter.resolve(this.#permit());
    }
    this.#scheduleWake(now);
    this.#emit();
  }

  /** Wakes up when time alone can free a slot: the end of a 429 block, a send leaving the log, the server's word expiring. */
  #scheduleWake(now: number): void {
    const candidates = [
      this.#blockedUntil,
      (this.#sendLog[0] ?? 0) + this.#windowMs + this.#marginMs,
      this.#server?.expiresAt ?? 0,
    ].filter((at) => at > now);
    if (candidates.length === 0) return;
    const wakeAt = Math.min(...candidates);
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.#pump();
    }, wakeAt - now);
  }

  #permit(): Permit {
    let settled = false;
    const settle = (learn: () => void) => {
      if (settled) return;
      settled = true;
      learn();
      this.#inFlight--;
      this.#pump();
    };
    return {
      complete: (headers) => settle(() => headers && this.#learn(headers)),
      rateLimited: (headers) => settle(() => this.#block(headers)),
      failed: () => settle(() => {}),
    };
  }

  #learn(headers: Headers): void {
    const word = parseRateLimitHeaders(headers);
    if (word.limit !== undefined) this.#limit = word.limit;
    if (word.windowSeconds !== undefined) this.#windowMs = word.windowSeconds * 1000;
    if (word.remaining !== undefined) {
      const now = this.#clock.now();
      const resetMs = word.resetSeconds !== undefined ? word.resetSeconds * 1000 : this.#windowMs;
      this.#server = {
        remaining: word.remaining,
        // Requests still in flight (other than this one) may not have reached the server yet.
        sentSince: this.#inFlight - 1,
        expiresAt: now + resetMs + this.#marginMs,
      };
    }
  }

  #block(headers: Headers | undefined): void {
    const word = headers ? parseRateLimitHeaders(headers) : {};
    if (word.limit !== undefined) this.#limit = word.limit;
    if (word.windowSeconds !== undefined) this.#windowMs = word.windowSeconds * 1000;
    const now = this.#clock.now();
    const waitMs = word.resetSeconds !== undefined ? word.resetSeconds * 1000 : this.#windowMs;
    this.#blockedUntil = Math.max(this.#blockedUntil, now + waitMs + this.#marginMs);
    this.#server = { remaining: 0, sentSince: 0, expiresAt: this.#blockedUntil };
  }

  #emit(): void {
    if (this.#listeners.size === 0) return;
    const state = this.state;
    for (const listener of this.#listeners) listener(state);
  }
}
