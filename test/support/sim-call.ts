import type { RunningSimulator } from '../../main/simulator/index.ts';

/** What `Response.json()` gives: untyped until a caller names what it expects. */
type Json = Awaited<ReturnType<Response['json']>>;

/** One of the simulator's `/_sim/` test controls, over HTTP like any client: GET, or POST with a body. */
export async function simCall<T = Json>(sim: RunningSimulator, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sim.origin}/_sim/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}
