import { createDealposClient } from '../../main/dealpos/client.ts';
import type { DealposHttpOptions, RequestLogLine } from '../../main/dealpos/http.ts';
import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../../main/simulator/index.ts';

/** A real simulator over HTTP (its test controls as `sim.controls`) and a client wired to it the way the app wires it. */
export async function startStore(options: SimulatorOptions = {}) {
  const sim = await startSimulator({ quiet: true, ...options });
  const fixtures = sim.controls.fixtures();
  return { sim, fixtures, close: () => sim.close() };
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
