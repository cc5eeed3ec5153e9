import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import type { RunningSimulator, SimCredentials } from '../../main/simulator/index.ts';
import type { StoreCheckTarget } from '../../main/store-check/run-store-check.ts';

/** The store check pointed at the simulator with one of its API users, through a fresh governor. */
export function simTarget(
  sim: RunningSimulator,
  credentials: SimCredentials,
  outlet: StoreCheckTarget['outlet'] = null,
): StoreCheckTarget {
  return {
    mode: 'live',
    host: sim.baseUrl,
    localStores: [sim.baseUrl],
    credentials,
    governor: new RateGovernor(),
    outlet,
  };
}

/** Every body DealPOS sent during a run, to search the report for any value it carried. */
export function recordingFetch(bodies: unknown[]) {
  return async (request: Request, init?: RequestInit) => {
    const response = await globalThis.fetch(request, init);
    const text = await response.clone().text();
    try {
      bodies.push(JSON.parse(text));
    } catch {
      bodies.push(text);
    }
    return response;
  };
}

/** Every string and every number of at least 1,000 (prices, stock, IDs) in an answer. */
export function valuesIn(body: unknown, into: Set<string | number> = new Set()): Set<string | number> {
  if (typeof body === 'string' && body.length >= 3) into.add(body);
  else if (typeof body === 'number' && Math.abs(body) >= 1000) into.add(body);
  else if (Array.isArray(body)) for (const item of body) valuesIn(item, into);
  else if (body && typeof body === 'object') for (const value of Object.values(body)) valuesIn(value, into);
  return into;
}
