import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DealposBridge } from '../../main/app-contract.ts';
import type { AppServices } from '../../main/app-services.ts';
import { createCatalogSource } from '../../main/catalog/catalog-source.ts';
import type { RequestLogLine } from '../../main/dealpos/http.ts';
import {
  createDealposClient,
  type RateGovernor as Governor,
  RateGovernor,
} from '../../main/dealpos/index.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { stockLevel } from '../../main/simulator/seed/stock.ts';
import { seedStore } from '../../main/simulator/store.ts';
import { askOutletStock } from '../../renderer/src/scan/outlet-stock.ts';
import { openApp } from '../support/open-app.ts';

// "Stock in every outlet" at the counter: one Inventory/CodeArrayGroupByOutlet request through
// the real main-process handler to the simulator over HTTP; the figures are checked against the
// simulator's own seeded stock.

const seed = 42;
const variants = 1_200;
const store = seedStore(seed, variants, 'live');
let sim: RunningSimulator;
let bridge: DealposBridge;
let services: AppServices;

const asked = async () => sim.controls.requests('POST inventory/codearraygroupbyoutlet');

beforeAll(async () => {
  sim = await startSimulator({ seed, variants, quiet: true });
  ({ bridge, services } = await openApp({ simulator: sim, chooseOutlet: false }));
});
afterAll(async () => {
  await services.close();
  await sim.close();
});
afterEach(async () => {
  sim.controls.reset();
});

describe('stock in every outlet', () => {
  it("shows each open outlet's on hand, allocated and available for the scanned item, from one request", async () => {
    const variant = store.catalog.variants.find((v) => v.type === 'Standard')!;
    const before = await asked();
    const answer = await bridge.invoke('catalog:stock-everywhere', { code: variant.code.toLowerCase() });
    expect(await asked()).toBe(before + 1);
    if (!answer.ok || answer.value.kind !== 'stock') throw new Error(`no stock: ${JSON.stringify(answer)}`);
    const open = store.outlets.filter((o) => !o.suspended);
    expect(answer.value.code).toBe(variant.code);
    expect(answer.value.outlets).toEqual(
      open.map((o) => {
        const level = stockLevel(seed, variant, o);
        return {
          outlet: o.name,
          onHand: level.OnHand,
          allocated: level.Allocated,
          available: level.Available,
          threshold: level.Threshold,
        };
      }),
    );
  });

  it('says DealPOS has no figures for a code it does not know', async () => {
    const answer = await bridge.invoke('catalog:stock-everywhere', { code: 'NO-SUCH-CODE-1' });
    expect(answer).toEqual({ ok: true, value: { kind: 'unknown-code', code: 'NO-SUCH-CODE-1' } });
  });

  it('asks at the counter’s priority, ahead of any background sync', async () => {
    const lines: RequestLogLine[] = [];
    const governor: Governor = new RateGovernor({ marginMs: 100 });
    const client = createDealposClient({
      host: sim.baseUrl,
      localStores: [sim.baseUrl],
      credentials: sim.credentials.full,
      governor,
      log: (line) => lines.push(line),
    });
    const code = store.catalog.variants[3]!.code;
    await createCatalogSource(() => client).stockEverywhere(code);
    expect(lines.filter((l) => l.endpoint.includes('CodeArrayGroupByOutlet'))).toMatchObject([
      { method: 'POST', lane: 'interactive', outcome: 'ok' },
    ]);
  });

  it("puts the counter's own outlet first, so the cashier sees at once whether it is here", async () => {
    const client = createDealposClient({
      host: sim.baseUrl,
      localStores: [sim.baseUrl],
      credentials: sim.credentials.full,
      governor: new RateGovernor({ marginMs: 100 }),
    });
    const code = store.catalog.variants[8]!.code;
    const answer = await createCatalogSource(
      () => client,
      Date.now,
      () => 'gudang pusat',
    ).stockEverywhere(code);
    if (answer.kind !== 'stock') throw new Error('no stock');
    expect(answer.here).toBe('gudang pusat');
    expect(answer.outlets.map((o) => o.outlet)).toEqual([
      'Gudang Pusat',
      ...store.outlets.filter((o) => !o.suspended && o.name !== 'Gudang Pusat').map((o) => o.name),
    ]);
  });

  it('offline, says so and sends nothing to DealPOS', async () => {
    const before = await asked();
    const state = await askOutletStock(
      store.catalog.variants[0]!.code,
      (code) => bridge.invoke('catalog:stock-everywhere', { code }),
      () => false,
    );
    expect(state).toEqual({ kind: 'offline' });
    expect(await asked()).toBe(before);
  });

  it('a dropped connection reads as DealPOS unreachable, not as an answer', async () => {
    const code = store.catalog.variants[5]!.code;
    sim.controls.faults(['drop', 'drop', 'drop', 'drop', 'drop']);
    const answer = await bridge.invoke('catalog:stock-everywhere', { code });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(['network', 'timeout']).toContain(answer.error.kind);
  });
});
