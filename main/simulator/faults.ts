import { STATUS_CODES } from 'node:http';
import type { SimConfig } from './options.ts';
import type { Rng } from './prng.ts';

/**
 * A failure injected in front of the API handlers:
 * - "drop": the connection is destroyed before the handler runs (no answer, no state change);
 * - "drop-after": the handler runs and commits, then the connection is destroyed before the
 *   answer leaves (the write happened but the client cannot know: the retry-safety case);
 * - a status code: answered with that status and a DealPOS-like body, before the handler runs.
 */
export type Fault = 'drop' | 'drop-after' | number;

/** Faults queued by a test, applied in order to the next API requests (never to Token/OAuth2). */
export class FaultQueue {
  private readonly queue: Fault[] = [];

  push(faults: readonly Fault[]): void {
    this.queue.push(...faults);
  }

  take(): Fault | undefined {
    return this.queue.shift();
  }

  get pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue.length = 0;
  }
}

const CHAOS_STATUSES = [500, 502, 503] as const;

/** A random fault per the configured dropRate/errorRate, drawn from the seeded chaos stream. */
export function chaosFault(rng: Rng, config: SimConfig): Fault | undefined {
  if (config.dropRate > 0 && rng.chance(config.dropRate)) return 'drop';
  if (config.errorRate > 0 && rng.chance(config.errorRate)) return rng.pick(CHAOS_STATUSES);
  return undefined;
}

/** The body an injected status answers with; undefined means no body (DealPOS's 404). */
export function faultBody(status: number, quotaMessage: string, roleMessage: string | undefined): unknown {
  switch (status) {
    case 401:
      return { Message: 'Authentication failed, invalid Bearer Token!' };
    case 402:
      return { Message: 'Your Account has been suspended' };
    case 403:
      return { Message: roleMessage ?? 'You must have "VIEW" role in "Products" Module' };
    case 404:
      return undefined;
    case 429:
      return { Message: quotaMessage };
    case 500:
      return {
        Message: 'An error has occurred.',
        ExceptionMessage: 'Injected fault: the server failed while handling the request.',
        ExceptionType: 'System.InvalidOperationException',
        StackTrace: null,
      };
    default:
      return { Message: STATUS_CODES[status] ?? `HTTP ${status}` };
  }
}
