import type { FastifyRequest } from 'fastify';
import type { ApiClient } from './credentials.ts';

/** What the gate learned about a request that its handler needs later. */
export interface RequestContext {
  /** A queued "drop-after" fault: commit, then destroy the connection instead of answering. */
  dropAfter?: boolean;
  /** The API user the bearer token belongs to (for per-outlet access). */
  client?: ApiClient;
}

const contexts = new WeakMap<FastifyRequest, RequestContext>();

export function contextOf(request: FastifyRequest): RequestContext {
  let context = contexts.get(request);
  if (!context) {
    context = {};
    contexts.set(request, context);
  }
  return context;
}
