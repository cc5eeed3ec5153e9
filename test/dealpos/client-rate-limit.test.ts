import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import { connect, type Store, startStore } from './harness.ts';

// Real time, real HTTP: the simulator's window is shrunk to a few seconds so a test sees it roll.

let store: Store;
beforeAll(async () => {
  store = await startStore({ variants: 300, categoryRequired: false });
});
afterAll(() => store.close());
beforeEach(() => store.sim.controls.reset());

describe('the request governor against DealPOS rate limit', () => {
  it('waits out a 429 for the window its RateLimit-Policy names, then answers', async () => {
    store.sim.controls.config({ rateLimit: { limit: 50, windowSeconds: 2 } });
    const { client, governor } = connect(store.sim);
    await client.authenticate();
    store.sim.controls.faults([429]);
    const started = Date.now();
    const outlets = await client.outlets.list();
    expect(outlets.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(governor.state.blockedUntil).toBeNull();
  });

  it('never sends over the window under a mixed load, and serves the cashier first', async () => {
    // The governor starts believing DealPOS's default (50 per 180 s) and must learn the
    // simulator's smaller window from the RateLimit headers of the first answers.
    store.sim.controls.config({ rateLimit: { limit: 8, windowSeconds: 2 } });
    const governor = new RateGovernor({ marginMs: 150 });
    const { client } = connect(store.sim, { governor });
    await client.authenticate();
    await client.outlets.list();

    const finished: string[] = [];
    const background = Array.from({ length: 14 }, (_, i) =>
      client.variants
        .list({}, { pageNumber: i + 1, pageSize: 20 }, { lane: 'background' })
        .then(() => finished.push(`background${i}`)),
    );
    // A cashier scans while the sync is queued: their lookups must not wait behind it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const codes = store.fixtures.sampleVariantCodes.slice(0, 3);
    const interactive = codes.map((code, i) =>
      client.variants.detail({ code }).then(() => finished.push(`interactive${i}`)),
    );
    await Promise.all([...background, ...interactive]);

    const stats = store.sim.controls.stats();
    expect(stats.overLimit).toBe(0);
    const lastInteractive = Math.max(...finished.map((f, i) => (f.startsWith('interactive') ? i : -1)));
    expect(lastInteractive).toBeLessThan(finished.length - 5);
    expect(governor.state.limit).toBe(8);
  }, 30_000);
});
