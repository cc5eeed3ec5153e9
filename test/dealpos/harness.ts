import { createDealposClient } from '../../main/dealpos/client.ts';
import type { DealposHttpOptions, RequestLogLine } from '../../main/dealpos/http.ts';
import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../../main/simulator/index.ts';

interface DocumentLine {
  VariantID: string;
  Code: string;
  Quantity: number;
}

/** The simulator's /_sim/fixtures answer, as far as these tests use it. */
export interface Fixtures {
  outlets: { ID: string; Name: string; Suspended: boolean }[];
  categories: string[];
  bills: { outlet: string; number: string; lines: DocumentLine[] }[];
  deliveries: { outlet: string; number: string; lines: DocumentLine[] }[];
  customers: { ID: string; Code: string; MobilePhone: string; Email: string; PIN: string; Status: string }[];
  invoices: { outlet: string; outletID: string; number: string; fulfillment: string; state: string }[];
  salesOrders: { outlet: string; number: string }[];
  products: { Code: string; ID: string }[];
  variantCount: number;
  sampleVariantCodes: string[];
  discontinuedCodes: string[];
}

/** A real simulator over HTTP and a client wired to it the way the app wires it. */
export async function startStore(options: SimulatorOptions = {}) {
  const sim = await startSimulator({ quiet: true, ...options });
  const control = async <T = unknown>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(new URL(`/_sim/${path}`, sim.origin), {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`/_sim/${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  const fixtures = await control<Fixtures>('fixtures');
  return { sim, control, fixtures, close: () => sim.close() };
}

export type Store = Awaited<ReturnType<typeof startStore>>;

/** Everything that crossed the wire and every log line, to look for leaks. */
export interface WireRecord {
  requests: { method: string; url: string; headers: Headers; body: string }[];
  log: RequestLogLine[];
}

export function connect(
  sim: RunningSimulator,
  overrides: Partial<DealposHttpOptions> & { client?: 'full' | 'limited' } = {},
) {
  const governor = overrides.governor ?? new RateGovernor({ marginMs: 100 });
  const wire: WireRecord = { requests: [], log: [] };
  const client = createDealposClient({
    host: sim.baseUrl,
    localStores: [sim.baseUrl],
    credentials: sim.credentials[overrides.client ?? 'full'],
    retryDelayMs: 20,
    timeoutMs: 5_000,
    log: (line) => wire.log.push(line),
    fetch: async (request, init) => {
      wire.requests.push({
        method: request.method,
        url: request.url,
        headers: new Headers(request.headers),
        body: await request.clone().text(),
      });
      return fetch(request, init);
    },
    ...overrides,
    governor,
  });
  return { client, governor, wire };
}
