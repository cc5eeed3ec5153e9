import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest } from '../dealpos-error.ts';
import type { Fault } from '../faults.ts';
import type { SimConfigPatch } from './config-patch.ts';
import type { SimControls } from './sim-controls.ts';

const FaultRequest = z.strictObject({ faults: z.array(z.unknown()) });

/**
 * Test controls under /_sim/, over HTTP for the CLI and clients in another process: outside
 * /api/v3, so they need no token, are never rate limited and never show up in the API stats.
 * Each route answers through the running simulator's own `controls`, which check what they are
 * given (the casts below name what is checked there, not a promise about the body).
 */
export function registerControlRoutes(app: FastifyInstance, controls: SimControls): void {
  app.get('/_sim/fixtures', async () => controls.fixtures());
  app.get('/_sim/stats', async () => controls.stats());
  app.post('/_sim/config', async (request) => controls.config((request.body ?? {}) as SimConfigPatch));
  app.post('/_sim/faults/next', async (request) => {
    const parsed = FaultRequest.safeParse(request.body);
    if (!parsed.success)
      throw badRequest('faults must be a list of "drop", "drop-after" or HTTP status codes 400-599');
    return controls.faults(parsed.data.faults as Fault[]);
  });
  app.post('/_sim/tokens/expire', async () => {
    controls.expireTokens();
    return { expired: true };
  });
  app.post('/_sim/reset', async () => {
    controls.reset();
    return { reset: true };
  });
}
