import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { dropConnection, sendJson } from './answer.ts';
import { type ApiRouteMeta, metaOf } from './api-route.ts';
import { DealposError } from './dealpos-error.ts';
import { dressErrorBody } from './error-body.ts';
import { chaosFault, type Fault, faultBody } from './faults.ts';
import { isLive } from './profile.ts';
import { liveQuotaExceededMessage, quotaExceededMessage, rateLimitHeaders } from './rate-window.ts';
import { contextOf } from './request-context.ts';
import { isAdmitted, missingRoleMessage } from './roles.ts';
import type { SimState } from './state.ts';
import { bump } from './stats.ts';

const INVALID_TOKEN = { Message: 'Authentication failed, invalid Bearer Token!' };

/**
 * Counts one request against the account's window and puts the RateLimit headers on its answer.
 * Returns false when the window is already spent.
 */
export function chargeWindow(state: SimState, reply: FastifyReply): boolean {
  const { limit, windowSeconds } = state.config.rateLimit;
  const charge = state.window.charge(Date.now(), limit, windowSeconds);
  state.stats.counted++;
  reply.headers(rateLimitHeaders(limit, windowSeconds, charge.remaining));
  return charge.admitted;
}

/** Whether the open window has nothing left (without counting a request). */
export function windowSpent(state: SimState): boolean {
  return state.window.spent(Date.now(), state.config.rateLimit.limit);
}

/** The 429 text of the profile. */
export function quotaMessage(state: SimState): string {
  const { limit, windowSeconds } = state.config.rateLimit;
  if (isLive(state)) return liveQuotaExceededMessage(limit, windowSeconds);
  return quotaExceededMessage(limit, windowSeconds, state.window.secondsLeft(Date.now(), windowSeconds));
}

/** The 429 for a spent window, with the RateLimit headers; counted in stats as overLimit. */
export function quotaExceeded(state: SimState, reply: FastifyReply): DealposError {
  const { limit, windowSeconds } = state.config.rateLimit;
  state.stats.overLimit++;
  reply.headers(rateLimitHeaders(limit, windowSeconds, 0));
  return new DealposError(429, { Message: quotaMessage(state) });
}

/**
 * Everything DealPOS does before an operation runs, in this order:
 * latency, injected faults, bearer token (401), rate-limit window (429), suspension (402),
 * role (403).
 *
 * Injected faults come first and are not counted: they stand for failures in front of DealPOS
 * (proxy, network), and a test that queues one must be able to prove the state did not change.
 * The window is charged after the token check but for every request, a 401 included (it still
 * reached the account's API); a request refused with 401 is never turned into a 429, so a
 * client sees its token problem first.
 */
export async function gateApiRequest(
  state: SimState,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const meta = metaOf(request);
  if (!meta) return;
  bump(state.stats.byRoute, meta.key);
  if (meta.write) bump(state.stats.writes, meta.key);
  if (state.config.latencyMs > 0) await sleep(state.config.latencyMs);
  // Token/OAuth2 authenticates from its body, so it does its own checks (routes/token.ts).
  if (meta.token) return;

  const fault = state.faults.take() ?? chaosFault(state.chaos, state.config);
  if (fault === 'drop-after') contextOf(request).dropAfter = true;
  else if (fault !== undefined) return answerFault(state, request, reply, meta, fault);

  const client = bearerClient(state, request);
  const admitted = chargeWindow(state, reply);
  if (!client) throw new DealposError(401, INVALID_TOKEN);
  contextOf(request).client = client;
  if (!admitted) throw quotaExceeded(state, reply);
  if (state.config.suspended) throw new DealposError(402, { Message: 'Your Account has been suspended' });
  if (meta.role && !isAdmitted(client.roles, meta.role)) {
    throw new DealposError(403, { Message: missingRoleMessage(meta.role) });
  }
}

function bearerClient(state: SimState, request: FastifyRequest) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ? state.tokens.resolve(match[1], Date.now()) : undefined;
}

function answerFault(
  state: SimState,
  request: FastifyRequest,
  reply: FastifyReply,
  meta: ApiRouteMeta,
  fault: Exclude<Fault, 'drop-after'>,
): void {
  if (fault === 'drop') {
    dropConnection(request, reply);
    return;
  }
  if (fault === 429) {
    // A real 429 carries the RateLimit headers too: the policy is how a client learns the window.
    const { limit, windowSeconds } = state.config.rateLimit;
    reply.headers(rateLimitHeaders(limit, windowSeconds, 0));
  }
  const body = faultBody(fault, quotaMessage(state), meta.role ? missingRoleMessage(meta.role) : undefined);
  sendJson(reply, fault, dressErrorBody(state, fault, body));
}
