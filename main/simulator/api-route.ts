import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dropConnection, sendJson } from './answer.ts';
import type { ApiClient } from './credentials.ts';
import { DealposError, serverErrorBody } from './dealpos-error.ts';
import { contextOf } from './request-context.ts';
import { EMPTY_JSON_BODY, readInput } from './request-input.ts';
import type { RoleRequirement } from './roles.ts';
import type { SimState } from './state.ts';
import { bump } from './stats.ts';

export const API_PREFIX = '/api/v3/';

/** What the gate needs to know about a route, carried in its fastify route config. */
export interface ApiRouteMeta {
  /** Stats key, e.g. "GET variant/detail". */
  key: string;
  role?: RoleRequirement;
  write: boolean;
  /** Token/OAuth2: no bearer token, no queued faults, counted only when configured. */
  token: boolean;
}

export interface ApiCall {
  input: unknown;
  /** The API user of the bearer token; undefined only for Token/OAuth2. */
  client: ApiClient | undefined;
  state: SimState;
  reply: FastifyReply;
}

/** Returns the JSON body of a 200 answer, or throws a DealposError. */
export type ApiHandler = (call: ApiCall) => unknown | Promise<unknown>;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRouteSpec {
  method: Method;
  /** Path under /api/v3/ as DealPOS documents it, e.g. "Variant/Detail" (matched without case). */
  path: string;
  role?: RoleRequirement;
  write?: boolean;
  token?: boolean;
  handler: ApiHandler;
}

export function metaOf(request: FastifyRequest): ApiRouteMeta | undefined {
  return (request.routeOptions.config as { api?: ApiRouteMeta }).api;
}

export function registerApiRoute(app: FastifyInstance, state: SimState, spec: ApiRouteSpec): void {
  const meta: ApiRouteMeta = {
    key: `${spec.method} ${spec.path.toLowerCase()}`,
    write: spec.write ?? false,
    token: spec.token ?? false,
    ...(spec.role ? { role: spec.role } : {}),
  };
  app.route({
    method: spec.method,
    url: `${API_PREFIX}${spec.path}`,
    config: { api: meta },
    handler: async (request, reply) => {
      const input = await readInput(request);
      if (input === EMPTY_JSON_BODY) {
        // Real DealPOS answers a JSON content type without a body with this 500: its model
        // binder hands the action a null body instead of falling back to the query string.
        throw new DealposError(
          500,
          serverErrorBody(
            'Object reference not set to an instance of an object.',
            'System.NullReferenceException',
          ),
        );
      }
      const body = await spec.handler({ input, state, reply, client: contextOf(request).client });
      if (meta.write) bump(state.stats.applied, meta.key);
      if (contextOf(request).dropAfter) {
        dropConnection(request, reply);
        return reply;
      }
      return sendJson(reply, 200, body);
    },
  });
}

/**
 * A read, served both ways DealPOS offers it: GET with query parameters and the POST twin with a
 * JSON body ("Also available as HTTP POST with the same endpoint"), at `postPath` when the twin
 * lives elsewhere (Outlet/p, Category/p).
 */
export function registerRead(
  app: FastifyInstance,
  state: SimState,
  spec: { path: string; postPath?: string; role: RoleRequirement; handler: ApiHandler },
): void {
  registerApiRoute(app, state, { method: 'GET', path: spec.path, role: spec.role, handler: spec.handler });
  registerApiRoute(app, state, {
    method: 'POST',
    path: spec.postPath ?? spec.path,
    role: spec.role,
    handler: spec.handler,
  });
}
