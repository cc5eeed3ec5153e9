import { afterAll, describe, expect, it } from 'vitest';
import { type SimHarness, startHarness } from './harness.ts';

const started: SimHarness[] = [];
async function start(seed: number): Promise<SimHarness> {
  // Pinned to the reference pages' behaviour, as the reads below expect it.
  const harness = await startHarness({ profile: 'docs', seed, variants: 1500 });
  started.push(harness);
  return harness;
}
afterAll(async () => {
  await Promise.all(started.map((h) => h.close()));
});

describe('seeded data', () => {
  it('is the same for the same seed, credentials included', async () => {
    const [a, b] = await Promise.all([start(7), start(7)]);
    const [fa, fb] = await Promise.all([a?.fixtures(), b?.fixtures()]);
    expect(fa).toEqual(fb);
    expect(a?.sim.credentials).toEqual(b?.sim.credentials);
    const detailA = await a?.call('GET', 'Variant/Detail', {
      query: { Code: fa?.sampleVariantCodes[4] ?? '' },
    });
    const detailB = await b?.call('GET', 'Variant/Detail', {
      query: { Code: fa?.sampleVariantCodes[4] ?? '' },
    });
    expect(detailA?.body).toEqual(detailB?.body);
  });

  it('differs for another seed', async () => {
    const [a, b] = await Promise.all([start(7), start(8)]);
    const [fa, fb] = await Promise.all([a?.fixtures(), b?.fixtures()]);
    expect(fa?.credentials).not.toEqual(fb?.credentials);
    expect(fa?.products.slice(0, 10)).not.toEqual(fb?.products.slice(0, 10));
    expect(fa?.customers).not.toEqual(fb?.customers);
  });

  it('comes back after a reset, with writes undone and tokens still valid', async () => {
    const h = await start(9);
    const before = await h.fixtures();
    const invoice = before.invoices[0];
    await h.call('PUT', 'Invoice/Void', { body: { Outlet: invoice?.outlet, Number: invoice?.number } });
    await h.call('DELETE', 'Variant', { body: { Code: before.sampleVariantCodes[0] } });
    expect(await h.fixtures()).not.toEqual(before);
    await h.control('reset');
    expect(await h.fixtures()).toEqual(before);
    expect((await h.call('GET', 'Outlet')).status).toBe(200);
  });
});
