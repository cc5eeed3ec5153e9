import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';

// The test controls are methods of the running simulator; the /_sim/ routes (for the CLI and
// clients in another process) answer through the same methods, so both see one store.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 50 });
});
afterAll(() => sim.close());

const overHttp = async (path: string, body?: unknown) => {
  const response = await fetch(`${sim.origin}/_sim/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

describe("the simulator's test controls", () => {
  it('answer the same fixtures in this process as over HTTP', async () => {
    expect((await overHttp('fixtures')).body).toEqual(sim.controls.fixtures());
  });

  it('a fault queued by a method is pending over HTTP, and a reset over HTTP clears it', async () => {
    expect(sim.controls.faults([503, 'drop'])).toEqual({ pending: 2 });
    expect(((await overHttp('stats')).body as { pendingFaults: number }).pendingFaults).toBe(2);
    expect((await overHttp('reset', {})).body).toEqual({ reset: true });
    expect(sim.controls.stats().pendingFaults).toBe(0);
  });

  it('refuse an unknown config key or a fault that is no status, in this process and over HTTP alike', async () => {
    expect(() => sim.controls.config({ latency: 5 } as never)).toThrow(/latency/);
    expect((await overHttp('config', { latency: 5 })).status).toBe(400);
    expect(() => sim.controls.faults([200 as never])).toThrow(/400-599/);
    expect((await overHttp('faults/next', { faults: [200] })).status).toBe(400);
    expect(sim.controls.config({ maxPageSize: 250 }).maxPageSize).toBe(250);
    sim.controls.reset();
  });

  it('hand out copies: an answer a test keeps does not move with the store', () => {
    const before = sim.controls.stats();
    before.byRoute['GET outlet'] = 99;
    expect(sim.controls.stats().byRoute['GET outlet']).toBeUndefined();
  });
});
