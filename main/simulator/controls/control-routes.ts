import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest } from '../dealpos-error.ts';
import { resetState, type SimState } from '../state.ts';
import { applyConfigPatch } from './config-patch.ts';
import { buildFixtures } from './fixtures.ts';

const FaultRequest = z.strictObject({
  faults: z.array(z.union([z.literal('drop'), z.literal('drop-after'), z.number().int().min(400).max(599)])),
});

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
 * Test controls under /_sim/: outside /api/v3, so they need no token, are never rate limited
 * and never show up in the API stats.
 */
export function registerControlRoutes(app: FastifyInstance, state: SimState): void {
  app.get('/_sim/fixtures', async () => buildFixtures(state));
  app.get('/_sim/stats', async () => statsReport(state));
  app.post('/_sim/config', async (request) => applyConfigPatch(state, request.body));
  app.post('/_sim/faults/next', async (request) => {
    const parsed = FaultRequest.safeParse(request.body);
    if (!parsed.success)
      throw badRequest('faults must be a list of "drop", "drop-after" or HTTP status codes 400-599');
    state.faults.push(parsed.data.faults);
    return { pending: state.faults.pending };
  });
  app.post('/_sim/tokens/expire', async () => {
    state.tokens.expireAll();
    return { expired: true };
  });
  app.post('/_sim/reset', async () => {
    resetState(state);
    return { reset: true };
  });
}
