import { z } from 'zod';
import { badRequest } from '../dealpos-error.ts';
import type { SimConfig } from '../options.ts';
import type { SimState } from '../state.ts';

const share = z.number().min(0).max(1);

/** POST /_sim/config body: any subset of SimConfig; unknown keys are a mistake in the test, so 400. */
const ConfigPatch = z.strictObject({
  latencyMs: z.number().int().min(0).optional(),
  errorRate: share.optional(),
  dropRate: share.optional(),
  tokenLifetimeSeconds: z.number().int().min(0).optional(),
  rateLimit: z
    .strictObject({ limit: z.number().int().min(1), windowSeconds: z.number().int().min(1) })
    .partial()
    .optional(),
  suspended: z.boolean().optional(),
  categoryRequired: z.boolean().optional(),
  maxPageSize: z.number().int().min(1).optional(),
  pageSizeOverflow: z.enum(['cap', 'refuse']).optional(),
  tokenAnswer: z.enum(['expiredAt', 'expires_in+expiredat']).optional(),
  countTokenRequests: z.boolean().optional(),
});

/** Any subset of the behaviour switches, as a test writes it. */
export type SimConfigPatch = z.input<typeof ConfigPatch>;

/** Merges a patch into the running config and answers the merged config. */
export function applyConfigPatch(state: SimState, body: unknown): SimConfig {
  const parsed = ConfigPatch.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`config ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const { rateLimit, ...rest } = parsed.data;
  const config = state.config;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(config, { [key]: value });
  }
  if (rateLimit) {
    config.rateLimit = { ...config.rateLimit, ...rateLimit };
    // A window opened under the old policy would otherwise keep its old length and count.
    state.window.clear();
  }
  return config;
}
