import {
  type RunningSimulator,
  type SimFixtures,
  type SimStatsReport,
  type SimulatorOptions,
  startSimulator,
} from '../../main/simulator/index.ts';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the answer had no body. */
  body: unknown;
}

export interface CallOptions {
  /** Query parameters; an array repeats the key (`?ListCode=a&ListCode=b`). */
  query?: Record<string, string | number | boolean | readonly string[]>;
  /** Sent as JSON with Content-Type: application/json. */
  body?: unknown;
  /** Which client's token to send; null sends no Authorization header. Default "full". */
  as?: 'full' | 'limited' | null;
  /** A literal token instead of the client's cached one. */
  token?: string;
  headers?: Record<string, string>;
}

/** A running simulator plus the small HTTP helpers every simulator test needs. */
export interface SimHarness {
  sim: RunningSimulator;
  fixtures(): Promise<SimFixtures>;
  stats(): Promise<SimStatsReport>;
  /** POSTs JSON to /_sim/<path> (config, faults/next, tokens/expire, reset). */
  control(path: string, body?: unknown): Promise<unknown>;
  tokenFor(client: 'full' | 'limited'): Promise<string>;
  call(method: string, path: string, options?: CallOptions): Promise<ApiAnswer>;
  close(): Promise<void>;
}

async function parseAnswer(response: Response): Promise<ApiAnswer> {
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** Starts a quiet simulator; tests that are not about the rate limit get a generous one. */
export async function startHarness(options: SimulatorOptions = {}): Promise<SimHarness> {
  const sim = await startSimulator({
    quiet: true,
    variants: 2000,
    rateLimit: { limit: 100_000, windowSeconds: 180 },
    ...options,
  });
  const tokens = new Map<string, string>();

  const controlRequest = async (path: string, init?: RequestInit): Promise<unknown> => {
    const response = await fetch(`${sim.origin}/_sim/${path}`, init);
    if (!response.ok) throw new Error(`/_sim/${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  const control = (path: string, body: unknown = {}) =>
    controlRequest(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });

  const tokenFor = async (client: 'full' | 'limited'): Promise<string> => {
    const cached = tokens.get(client);
    if (cached) return cached;
    const response = await fetch(`${sim.baseUrl}Token/OAuth2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: sim.credentials[client].clientId,
        client_secret: sim.credentials[client].clientSecret,
      }),
    });
    const body = (await response.json()) as { access_token: string };
    tokens.set(client, body.access_token);
    return body.access_token;
  };

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> => {
    const url = new URL(path, sim.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
      else url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { ...options.headers };
    const as = options.as === undefined ? 'full' : options.as;
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    else if (as !== null) headers.Authorization = `Bearer ${await tokenFor(as)}`;
    const init: RequestInit = { method, headers };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    return parseAnswer(await fetch(url, init));
  };

  return {
    sim,
    fixtures: async () => (await controlRequest('fixtures')) as SimFixtures,
    stats: async () => (await controlRequest('stats')) as SimStatsReport,
    control,
    tokenFor,
    call,
    close: () => sim.close(),
  };
}

/** The Message of a DealPOS error body. */
export function messageOf(answer: ApiAnswer): string | undefined {
  const body = answer.body as { Message?: unknown } | undefined;
  return typeof body?.Message === 'string' ? body.Message : undefined;
}
