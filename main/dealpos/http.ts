import ky, { isHTTPError, isNetworkError, isTimeoutError, type Options } from 'ky';
import type { z } from 'zod';
import { resolveBaseUrl } from './base-url.ts';
import type { Clock } from './clock.ts';
import { DealposError, kindForAnswer } from './errors.ts';
import { createGovernedFetch } from './governed-fetch.ts';
import type { Lane, RateGovernor } from './rate-governor.ts';
import { parseResponse } from './schemas/parse.ts';
import { tokenResponseSchema } from './schemas/token.ts';
import { type AccessToken, TokenSource } from './token-source.ts';

export interface DealposCredentials {
  clientId: string;
  clientSecret: string;
}

/** One line per DealPOS call: what was asked and how it ended. Never headers, bodies or query values. */
export interface RequestLogLine {
  method: string;
  endpoint: string;
  lane: Lane;
  outcome: 'ok' | DealposError['kind'];
  status: number | undefined;
  ms: number;
}

export interface DealposHttpOptions {
  /** A bare subdomain (`acme`) or a full URL; see resolveBaseUrl. */
  host: string;
  /** Origins of simulators on this PC this client may use besides DealPOS's hosts; see resolveBaseUrl. */
  localStores?: readonly string[];
  credentials: DealposCredentials;
  /** The app's one governor: every request, token requests included, goes through it. */
  governor: RateGovernor;
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
  /** Time allowed for one attempt once it is on the wire. */
  timeoutMs?: number;
  /** First backoff delay before retrying a failed read; doubles each time, with full jitter. */
  retryDelayMs?: number;
  log?: (line: RequestLogLine) => void;
  clock?: Clock;
}

/** What every operation may pass: the lane it waits in, and a signal to give up waiting. */
export interface CallOptions {
  lane?: Lane;
  signal?: AbortSignal;
}

type Query = Record<string, string | number | boolean | undefined>;

type Exchange =
  | { method: 'GET'; query?: Query }
  | { method: 'POST' | 'PUT' | 'DELETE'; body: unknown; query?: Query };

/**
 * The wire to one DealPOS account: a single ky instance behind the governor, the token, retries
 * for reads only, and DealPOS's errors turned into DealposErrors. Operations are built on
 * `read` and `write`.
 */
export class DealposHttp {
  readonly baseUrl: URL;
  readonly #api: typeof ky;
  readonly #tokens: TokenSource;
  readonly #log: ((line: RequestLogLine) => void) | undefined;
  readonly #readRetry: NonNullable<Options['retry']>;

  constructor(options: DealposHttpOptions) {
    this.baseUrl = resolveBaseUrl(options.host, options.localStores);
    this.#log = options.log;
    const retryDelayMs = options.retryDelayMs ?? 400;
    this.#readRetry = {
      limit: 2,
      // Reads go out as GET, or as their POST twin when the input is a list.
      methods: ['get', 'post'],
      statusCodes: [500, 502, 503, 504],
      afterStatusCodes: [],
      retryOnTimeout: true,
      jitter: true,
      delay: (attempt) => retryDelayMs * 2 ** (attempt - 1),
      backoffLimit: 8_000,
    };
    this.#api = ky.create({
      baseUrl: this.baseUrl,
      fetch: createGovernedFetch({
        governor: options.governor,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      }) as unknown as typeof fetch,
      // The governed fetch times each attempt itself, so that time spent queued is not counted.
      timeout: false,
      retry: 0,
      headers: { Accept: 'application/json' },
      // Never follow a redirect: fetch would re-send the token POST (client secret included) or
      // the bearer token to wherever a 307/308 points, plain http too. A 3xx is a failure instead.
      redirect: 'manual',
    });
    const { clientId, clientSecret } = options.credentials;
    this.#tokens = new TokenSource(() => this.#issueToken(clientId, clientSecret), options.clock);
  }

  /** A read: retried on network errors, timeouts and 5xx with backoff and jitter. */
  read<T extends z.ZodType>(endpoint: string, exchange: Exchange, schema: T, options: CallOptions = {}) {
    return this.#call(endpoint, exchange, schema, this.#readRetry, options);
  }

  /** A write: never retried blindly (a dropped connection may have been applied). */
  write<T extends z.ZodType>(endpoint: string, exchange: Exchange, schema: T, options: CallOptions = {}) {
    return this.#call(endpoint, exchange, schema, 0, options);
  }

  /** Checks the credentials by fetching a token now. */
  async authenticate(): Promise<void> {
    this.#tokens.clear();
    await this.#tokens.get();
  }

  async #issueToken(clientId: string, clientSecret: string) {
    const endpoint = 'Token/OAuth2';
    const data = await this.#send(
      endpoint,
      { method: 'POST', body: { client_id: clientId, client_secret: clientSecret } },
      this.#readRetry,
      { lane: 'interactive' },
      undefined,
    ).catch((error: unknown) => {
      // A refused token request means the ID or secret is wrong, whatever status DealPOS chose.
      if (error instanceof DealposError && (error.status === 400 || error.status === 401)) {
        throw new DealposError({
          kind: 'auth',
          endpoint,
          status: error.status,
          ...(error.dealposMessage ? { dealposMessage: error.dealposMessage } : {}),
        });
      }
      throw error;
    });
    return parseResponse(endpoint, tokenResponseSchema, data);
  }

  async #call<T extends z.ZodType>(
    endpoint: string,
    exchange: Exchange,
    schema: T,
    retry: Options['retry'],
    options: CallOptions,
  ): Promise<z.output<T>> {
    let token = await this.#tokens.get();
    let data: unknown;
    try {
      data = await this.#send(endpoint, exchange, retry, options, token);
    } catch (error) {
      if (!(error instanceof DealposError && error.kind === 'auth')) throw error;
      // The token expired or was revoked early: DealPOS did nothing with the request, so one
      // retry with a fresh token is safe even for writes.
      this.#tokens.invalidate(token);
      token = await this.#tokens.get();
      data = await this.#send(endpoint, exchange, retry, options, token);
    }
    return parseResponse(endpoint, schema, data);
  }

  async #send(
    endpoint: string,
    exchange: Exchange,
    retry: Options['retry'],
    { lane = 'interactive', signal }: CallOptions,
    token: AccessToken | undefined,
  ): Promise<unknown> {
    const started = performance.now();
    const request: Options & { lane: Lane } = {
      method: exchange.method,
      retry,
      lane,
      ...(signal ? { signal } : {}),
      ...(token ? { headers: { Authorization: token.authorization } } : {}),
      ...(exchange.query ? { searchParams: withoutUndefined(exchange.query) } : {}),
      // Content-Type only with a body: DealPOS has answered 500 to a bodyless GET that had it.
      ...('body' in exchange ? { json: exchange.body } : {}),
    };
    try {
      const data: unknown = await this.#api(endpoint, request).json();
      this.#log?.({
        method: exchange.method,
        endpoint,
        lane,
        outcome: 'ok',
        status: 200,
        ms: performance.now() - started,
      });
      return data;
    } catch (error) {
      const failure = toDealposError(error, endpoint);
      this.#log?.({
        method: exchange.method,
        endpoint,
        lane,
        outcome: failure.kind,
        status: failure.status,
        ms: performance.now() - started,
      });
      throw failure;
    }
  }
}

function withoutUndefined(query: Query): Record<string, string | number | boolean> {
  const clean: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) clean[key] = value;
  return clean;
}

function dealposMessageOf(data: unknown): string | undefined {
  if (typeof data === 'string' && data.trim() !== '') return data;
  if (data && typeof data === 'object' && 'Message' in data && typeof data.Message === 'string')
    return data.Message;
  return undefined;
}

/** Turns whatever ky threw into a DealposError. Nothing of the request (headers, body) is kept. */
export function toDealposError(error: unknown, endpoint: string): DealposError {
  if (error instanceof DealposError) return error;
  if (isHTTPError(error)) {
    const status = error.response.status;
    if (status >= 300 && status < 400) {
      return new DealposError({
        kind: 'config',
        endpoint,
        status,
        message: `DealPOS answered ${endpoint} with a redirect to another address, which the app never follows. Check the store address.`,
      });
    }
    const dealposMessage = dealposMessageOf(error.data);
    return new DealposError({
      kind: kindForAnswer(status, dealposMessage),
      endpoint,
      status,
      ...(dealposMessage ? { dealposMessage } : {}),
    });
  }
  if (isTimeoutError(error)) return new DealposError({ kind: 'timeout', endpoint });
  if (isNetworkError(error)) return new DealposError({ kind: 'network', endpoint });
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  if (error instanceof SyntaxError) {
    return new DealposError({
      kind: 'invalid-response',
      endpoint,
      message: `DealPOS answered ${endpoint} with something that is not JSON.`,
    });
  }
  // fetch failures ky did not recognise as network errors (e.g. a socket closed mid-answer).
  if (error instanceof TypeError) return new DealposError({ kind: 'network', endpoint });
  throw error;
}
