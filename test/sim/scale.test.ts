import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
let fixtures: SimFixtures;
let startMs = 0;
beforeAll(async () => {
  const started = performance.now();
  // Pinned to the reference pages' envelope ({Data, RecordsCount}) that this test reads.
  h = await startHarness({ profile: 'docs', variants: 100_000 });
  startMs = performance.now() - started;
  console.info(`simulator with 100,000 variants started in ${startMs.toFixed(0)} ms`);
  fixtures = await h.fixtures();
}, 30_000);
afterAll(() => h?.close());

describe('a store with 100,000 variants', () => {
  it('starts and holds exactly that many variants', async () => {
    expect(fixtures.variantCount).toBe(100_000);
    await h.control('config', { categoryRequired: false });
    const count = (await h.call('GET', 'Variant/Count')).body as { Count: number };
    expect(count.Count).toBe(100_000);
    // Generous: the point is "a few seconds", not a benchmark.
    expect(startMs).toBeLessThan(15_000);
  });

  it('serves a 1000-row page and looks all its codes up in one call', async () => {
    await h.control('config', { categoryRequired: true });
    const page = (await h.call('GET', 'Variant', { query: { Category: 'Men/Batik', PageSize: 1000 } }))
      .body as {
      Data: Array<{ Code: string; Discontinued: boolean }>;
      RecordsCount: number;
    };
    expect(page.Data).toHaveLength(1000);
    expect(page.RecordsCount).toBeGreaterThan(1000);
    const ids = (await h.call('POST', 'Variant/GetIDByListCode', { body: page.Data.map((r) => r.Code) }))
      .body as unknown[];
    expect(ids).toHaveLength(page.Data.filter((r) => !r.Discontinued).length);
  });

  it('answers a detail by code straight from the index', async () => {
    const code = fixtures.sampleVariantCodes.at(-1) ?? '';
    const answer = await h.call('GET', 'Variant/Detail', { query: { Code: code } });
    expect(answer.status).toBe(200);
    expect((answer.body as { Code: string }).Code).toBe(code);
  });
});
