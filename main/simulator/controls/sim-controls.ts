import { z } from 'zod';
import { badRequest } from '../dealpos-error.ts';
import type { Fault } from '../faults.ts';
import type { SimConfig } from '../options.ts';
import { resetState, type SimState } from '../state.ts';
import { applyConfigPatch, type SimConfigPatch } from './config-patch.ts';
import { buildFixtures, type SimFixtures } from './fixtures.ts';

const FaultList = z.array(
  z.union([z.literal('drop'), z.literal('drop-after'), z.number().int().min(400).max(599)]),
);

/** Live counters plus the window as it stands now. */
export function statsReport(state: SimState) {
  return {
    ...state.stats,
    window: state.window.snapshot(Date.now(), state.config.rateLimit.limit),
    pendingFaults: state.faults.pending,
  };
}

export type SimStatsReport = ReturnType<typeof statsReport>;

/**
 * The simulator's test controls as methods of the running simulator: what a test or bench in
 * this process calls. The HTTP routes under /_sim/ answer through these same methods (for the
 * CLI and clients in another process). Answers are copies, as if they had crossed HTTP, so a
 * test holding one never sees the store move under it.
 */
export interface SimControls {
  /** What a test needs to know to ask meaningful questions: outlets, documents, customers with PINs, codes. */
  fixtures(): SimFixtures;
  /** Requests per route, writes asked and applied, tokens issued, the window as it stands. */
  stats(): SimStatsReport;
  /** Requests DealPOS received on one route, e.g. "GET customer/pin". */
  requests(route: string): number;
  /** Changes behaviour switches while running; an unknown key or a bad value throws (a 400 over HTTP). */
  config(patch: SimConfigPatch): SimConfig;
  /** Queues faults for the next API requests, in order: "drop", "drop-after" or an HTTP status 400-599. */
  faults(next: readonly Fault[]): { pending: number };
  /** Every issued token stops working at once, as when DealPOS expires them. */
  expireTokens(): void;
  /** Back to the seeded store: documents, customers, lockouts, stats, faults and config. */
  reset(): void;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createSimControls(state: SimState): SimControls {
  return {
    fixtures: () => copy(buildFixtures(state)),
    stats: () => copy(statsReport(state)),
    requests: (route) => state.stats.byRoute[route] ?? 0,
    config: (patch) => copy(applyConfigPatch(state, patch)),
    faults(next) {
      const parsed = FaultList.safeParse(next);
      if (!parsed.success)
        throw badRequest('faults must be a list of "drop", "drop-after" or HTTP status codes 400-599');
      state.faults.push(parsed.data);
      return { pending: state.faults.pending };
    },
    expireTokens: () => state.tokens.expireAll(),
    reset: () => resetState(state),
  };
}
