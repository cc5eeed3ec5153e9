import { afterEach, describe, expect, test } from 'vitest';
import type { DealposBridge, ProbeResult, StoreCheckRun } from '../../main/app-contract.ts';
import { type RunningSimulator, SIM_PROFILES, startSimulator } from '../../main/simulator/index.ts';
import { runStoreCheck } from '../../main/store-check/run-store-check.ts';
import { storeCheckReport } from '../../main/store-check/store-check-report.ts';
import { openApp } from '../support/open-app.ts';
import { recordingFetch, simTarget, valuesIn } from './store-check-sim.ts';

// The store check over HTTP against the simulator in both profiles, through the real IPC
// handlers where the admin's screen goes through them.

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function bridgeTo(profile: 'live' | 'docs'): Promise<{ sim: RunningSimulator; bridge: DealposBridge }> {
  sim = await startSimulator({ profile, seed: 42, variants: 400, quiet: true });
  const { bridge } = await openApp({ simulator: sim, chooseOutlet: false });
  return { sim, bridge };
}

async function run(bridge: DealposBridge): Promise<StoreCheckRun> {
  const answer = await bridge.invoke('store-check:run');
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

const read = (result: StoreCheckRun, id: ProbeResult['id']): ProbeResult => {
  const found = result.results.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} in the check`);
  return found;
};

describe.each(SIM_PROFILES)('the store check against the %s simulator', (profile) => {
  test('says how many requests it will spend before it runs, and the store counts no more', async () => {
    const { sim, bridge } = await bridgeTo(profile);
    const plan = await bridge.invoke('store-check:plan');
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.requests).toBeLessThanOrEqual(10);
    expect(plan.value.operations).toHaveLength(plan.value.requests);
    const before = sim.controls.stats();
    expect(before.requests).toBe(0);

    const result = await run(bridge);
    const after = sim.controls.stats();
    expect(after.requests).toBe(result.spent);
    expect(result.spent).toBeLessThanOrEqual(plan.value.requests);
    expect(result.results.map((r) => r.operation)).toEqual(plan.value.operations.map((o) => o.operation));
  });

  test('finds every read usable for an API user with every role', async () => {
    const { bridge } = await bridgeTo(profile);
    const result = await run(bridge);
    for (const r of result.results) {
      expect(['use', 'not-needed', 'fall-back'], `${r.operation}: ${r.finding}`).toContain(r.verdict);
      expect(r.issues, r.operation).toEqual([]);
    }
    if (profile === 'live') {
      expect(read(result, 'products')).toMatchObject({ status: 200, finding: 'fits', verdict: 'use' });
      // One product row carries its variants with their stock.
      const productFields = Object.entries(read(result, 'products').shape?.fields ?? {});
      expect(productFields).toContainEqual(['DataArray[].Variants[].Inventory', 'number']);
    } else {
      // The reference pages list no /Product: the catalog falls back to /Variant.
      expect(read(result, 'products')).toMatchObject({
        status: 404,
        finding: 'route-missing',
        verdict: 'fall-back',
      });
    }
    // Asked about a number no store has: the route and the role answer, no record is opened.
    expect(read(result, 'bill-lines')).toMatchObject({
      status: 400,
      finding: 'no-such-record',
      verdict: 'use',
    });
  });
});

describe('what the check tells apart', () => {
  test('live answers: expiredAt on the token, RecordsCount -1 on products, Customer/Detail answering', async () => {
    const { bridge } = await bridgeTo('live');
    const result = await run(bridge);
    const token = read(result, 'token').shape?.fields ?? {};
    expect(token).toMatchObject({ access_token: 'string', expiredAt: 'string' });
    expect(token).not.toHaveProperty('expires_in');
    expect(read(result, 'products').shape).toMatchObject({
      envelope: 'DataArray',
      recordsCount: 'minus-one',
    });
    expect(read(result, 'customer-detail')).toMatchObject({ finding: 'no-such-record', verdict: 'use' });
    // /Product fits, so the thin /Variant list is kept in reserve.
    expect(read(result, 'variants').verdict).toBe('not-needed');
  });

  test('the reference pages: no Customer/Detail, so customers fall back to the deprecated reads', async () => {
    const { bridge } = await bridgeTo('docs');
    const result = await run(bridge);
    expect(read(result, 'token').shape?.fields).toMatchObject({ expires_in: 'number' });
    expect(read(result, 'customer-detail')).toMatchObject({
      status: 404,
      finding: 'route-missing',
      verdict: 'fall-back',
      fallback: 'GET Customer/Code, Customer/Email, Customer/MobilePhone',
    });
    expect(read(result, 'variants')).toMatchObject({ status: 400, finding: 'refused-request' });
  });

  test('an API user without the customer and order roles gets "cannot work" for those, in DealPOS’s words', async () => {
    const { sim, bridge } = await bridgeTo('live');
    const saved = await bridge.invoke('connection:save', { host: sim.baseUrl, ...sim.credentials.limited });
    expect(saved.ok).toBe(true);
    const result = await run(bridge);
    expect(read(result, 'customer-detail')).toMatchObject({
      status: 403,
      finding: 'refused-role',
      verdict: 'cannot-work',
    });
    expect(read(result, 'customer-detail').dealposMessage).toMatch(/Contacts/);
    expect(read(result, 'invoice-detail')).toMatchObject({ status: 403, verdict: 'cannot-work' });
    // The catalog does not need those roles.
    expect(read(result, 'products').verdict).toBe('use');
    expect(result.spent).toBeLessThanOrEqual(result.plan.requests);
  });

  test('an outlet the API user may not open is reported for that outlet', async () => {
    const { sim, bridge } = await bridgeTo('live');
    await bridge.invoke('connection:save', { host: sim.baseUrl, ...sim.credentials.limited });
    const warehouse = sim.controls.fixtures().outlets.find((o) => o.Name === 'Gudang Pusat');
    if (!warehouse) throw new Error('the seeded store has no warehouse');
    await bridge.invoke('connection:choose-outlet', { outletId: warehouse.ID, outletName: warehouse.Name });
    const result = await run(bridge);
    expect(read(result, 'bill-lines')).toMatchObject({
      status: 403,
      finding: 'refused-outlet',
      verdict: 'cannot-work',
    });
  });

  test('a DealPOS failure is a finding, and the retry the app would send is not sent', async () => {
    const { sim, bridge } = await bridgeTo('live');
    sim.controls.faults([503]);
    const result = await run(bridge);
    expect(read(result, 'outlets')).toMatchObject({ status: 503, finding: 'server', verdict: 'unknown' });
    expect(sim.controls.stats().requests).toBe(result.spent);
    expect(result.spent).toBeLessThanOrEqual(result.plan.requests);
    // The later reads still ran (the first outlet is not known, so the documents were asked for none).
    expect(read(result, 'products').verdict).toBe('use');
  });

  test('a second press while the check runs joins it instead of spending the requests twice', async () => {
    const { sim, bridge } = await bridgeTo('live');
    const [first, second] = await Promise.all([run(bridge), run(bridge)]);
    expect(second).toEqual(first);
    expect(sim.controls.stats().requests).toBe(first.plan.requests);
  });

  test('the progress counts up through every read in the announced order', async () => {
    sim = await startSimulator({ profile: 'live', seed: 42, variants: 300, quiet: true });
    const seen: (string | null)[] = [];
    const result = await runStoreCheck(simTarget(sim, sim.credentials.full), {
      now: Date.now,
      onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.current ?? 'done'}`),
    });
    expect(seen).toEqual([
      ...result.plan.operations.map((o, i) => `${i}/${result.plan.requests} ${o.id}`),
      `${result.plan.requests}/${result.plan.requests} done`,
    ]);
  });

  test('a token that expires in the middle is not renewed beyond the announced requests', async () => {
    sim = await startSimulator({ profile: 'live', seed: 42, variants: 300, quiet: true });
    const running = sim;
    let answers = 0;
    const result = await runStoreCheck(simTarget(running, running.credentials.full), {
      now: Date.now,
      fetch: async (request, init) => {
        const response = await globalThis.fetch(request, init);
        // After the fourth answer DealPOS forgets the token: the next read gets a 401.
        if (++answers === 4) running.controls.expireTokens();
        return response;
      },
    });
    expect(result.spent).toBeLessThanOrEqual(result.plan.requests);
    expect(running.controls.stats().requests).toBe(result.spent);
    expect(read(result, 'stock-by-codes')).toMatchObject({
      status: 401,
      finding: 'auth',
      verdict: 'unknown',
    });
    // The rest are not asked: each would spend its request on a new token.
    expect(result.results.slice(5).map((r) => r.finding)).toEqual(Array(5).fill('skipped'));
    expect(result.spent).toBe(5);
  });

  test('an answer in a shape the app cannot read names the field, and says what the app will do', async () => {
    sim = await startSimulator({ profile: 'live', seed: 42, variants: 300, quiet: true });
    // A tenant that sends prices as text in Variant/Detail ("150000" instead of 150000).
    const result = await runStoreCheck(simTarget(sim, sim.credentials.full), {
      now: Date.now,
      fetch: async (request, init) => {
        const response = await globalThis.fetch(request, init);
        if (!request.url.includes('/Variant/Detail')) return response;
        const body = (await response.json()) as Record<string, unknown>;
        return Response.json({ ...body, UnitPrice: String(body.UnitPrice) }, { status: response.status });
      },
    });
    expect(read(result, 'variant-detail')).toMatchObject({
      status: 200,
      finding: 'shape-differs',
      verdict: 'cannot-work',
      issues: [{ path: 'UnitPrice', code: 'invalid_type', expected: 'number' }],
    });
    expect(read(result, 'variant-detail').shape?.fields).toMatchObject({ UnitPrice: 'string' });
  });

  test('Save report is offered only after a run', async () => {
    const { bridge } = await bridgeTo('live');
    expect(await bridge.invoke('store-check:report')).toEqual({ ok: true, value: null });
    expect(await bridge.invoke('store-check:last')).toEqual({ ok: true, value: null });
    const result = await run(bridge);
    // Settings opened again shows the same table.
    expect(await bridge.invoke('store-check:last')).toEqual({ ok: true, value: result });
    const report = await bridge.invoke('store-check:report');
    if (!report.ok || !report.value) throw new Error('no report after a run');
    expect(report.value.fileName).toMatch(/^store-check-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const parsed = JSON.parse(report.value.json) as { requestsSpent: number; reads: unknown[] };
    expect(parsed.reads).toHaveLength(10);
  });
});

describe('the saved report', () => {
  test('holds field names and types only: no value any answer carried, no credentials, no token', async () => {
    sim = await startSimulator({ profile: 'live', seed: 7, variants: 400, quiet: true });
    const bodies: unknown[] = [];
    const result = await runStoreCheck(simTarget(sim, sim.credentials.full), {
      now: Date.now,
      fetch: recordingFetch(bodies),
    });
    const { json } = storeCheckReport(result, '1.2.3');
    const fixtures = sim.controls.fixtures();

    const values = valuesIn(bodies);
    // The token, the outlet names, the product and variant names, codes and prices were all answered.
    expect(values.size).toBeGreaterThan(50);
    const secrets = [sim.credentials.full.clientId, sim.credentials.full.clientSecret, sim.baseUrl];
    const people = fixtures.customers.flatMap((c) => [c.Code, c.PIN, c.Email, c.MobilePhone]);
    for (const value of [...values, ...secrets, ...people, ...fixtures.outlets.map((o) => o.Name)]) {
      if (value === undefined || value === null) continue;
      const needle =
        typeof value === 'number'
          ? new RegExp(`(?<![\\d.])${value}(?![\\d.])`)
          : JSON.stringify(value).slice(1, -1);
      if (typeof needle === 'string') expect(json.includes(needle), `report holds "${needle}"`).toBe(false);
      else expect(json, `report holds ${value}`).not.toMatch(needle);
    }
    // What it does hold: the shapes.
    expect(JSON.parse(json).reads[2]).toMatchObject({
      operation: 'GET Product?QueryInventory=true',
      envelope: 'DataArray',
      recordsCount: 'minus-one',
      fields: { 'DataArray[].Variants[].UnitPrice': 'number', 'DataArray[].Name': 'string' },
    });
  });
});
