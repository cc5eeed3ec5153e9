import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectionService } from '../../main/connection/connection-service.ts';
import { DealposError } from '../../main/dealpos/errors.ts';
import { memoryBacking, SettingsRepository } from '../../main/settings/settings-repository.ts';
import { SIM_PROFILES } from '../../main/simulator/index.ts';
import { wrongPin } from '../customers/counter.ts';
import { openApp } from '../support/open-app.ts';
import { standInVault } from '../support/stand-in-vault.ts';
import { connect, type Store, startStore } from './harness.ts';

// The client's contract: every read the app relies on, over HTTP, against a simulator that
// answers like live DealPOS tenants and against one that answers like the reference pages. The
// app must work with both; where they differ only the request count may.

const errorOf = async (promise: Promise<unknown>): Promise<DealposError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DealposError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

describe.each(SIM_PROFILES)('the DealPOS client against the %s profile', (profile) => {
  let store: Store;
  beforeAll(async () => {
    store = await startStore({ profile, variants: 1200, rateLimit: { limit: 5000, windowSeconds: 180 } });
  });
  afterAll(() => store.close());
  beforeEach(() => store.sim.controls.reset());

  const tokensIssued = async () => store.sim.controls.stats().tokensIssued;

  it('signs in once and reuses the token for the next calls', async () => {
    const before = await tokensIssued();
    const { client } = connect(store.sim);
    await client.authenticate();
    await client.categories.list();
    await client.variants.count({ category: store.fixtures.categories[0]! });
    expect((await tokensIssued()) - before).toBe(1);
  });

  it('refuses wrong credentials as an auth problem', async () => {
    const { client } = connect(store.sim, {
      credentials: { ...store.sim.credentials.full, clientSecret: '00000000-0000-0000-0000-000000000000' },
    });
    expect((await errorOf(client.authenticate())).kind).toBe('auth');
  });

  it('the connection check signs in and lists the active outlets to choose from', async () => {
    const connection = new ConnectionService({
      settings: new SettingsRepository(memoryBacking()),
      vault: standInVault(),
      startDemo: () => Promise.reject(new Error('no demo here')),
      localStores: [store.sim.baseUrl],
    });
    try {
      const { clientId, clientSecret } = store.sim.credentials.full;
      const result = await connection.test({ host: store.sim.baseUrl, clientId, clientSecret });
      const active = store.fixtures.outlets.filter((o) => !o.Suspended);
      expect(result.outlets.map((o) => o.name).sort()).toEqual(active.map((o) => o.Name).sort());
      expect(result.outlets.every((o) => !o.suspended)).toBe(true);
    } finally {
      await connection.close();
    }
  });

  it('lists every outlet, suspended ones included, when asked to', async () => {
    const { client } = connect(store.sim);
    const all = await client.outlets.list({ includeSuspended: true });
    expect(all).toHaveLength(store.fixtures.outlets.length);
  });

  it('finds a customer by member code, mobile phone and email', async () => {
    const { client } = connect(store.sim);
    const known = store.fixtures.customers[0]!;
    expect(await client.customers.byCode(known.Code)).toMatchObject({ code: known.Code, id: known.ID });
    expect(await client.customers.byMobilePhone(known.MobilePhone)).toMatchObject({ code: known.Code });
    expect(await client.customers.byEmail(known.Email)).toMatchObject({
      code: known.Code,
      mobilePhone: known.MobilePhone,
    });
    expect((await errorOf(client.customers.byCode('NOPE-404'))).kind).toBe('bad-request');
  });

  it('checks a customer PIN: the right one verifies, a wrong one does not', async () => {
    const counter = await openApp({ simulator: store.sim, record: true });
    try {
      const customer = store.fixtures.customers.find((c) => c.Status === 'Active')!;
      const wrong = await counter.bridge.invoke('customers:check-pin', {
        code: customer.Code,
        pin: wrongPin(customer.PIN),
      });
      expect(wrong).toMatchObject({ ok: true, value: { result: 'wrong' } });
      const right = await counter.bridge.invoke('customers:check-pin', {
        code: customer.Code,
        pin: customer.PIN,
      });
      expect(right).toEqual({ ok: true, value: { result: 'verified' } });
    } finally {
      await counter.close();
    }
  });

  it('reads the label lines of a supplier bill and of an outlet delivery', async () => {
    const { client } = connect(store.sim);
    const bill = store.fixtures.bills.find((b) => b.number.includes('/'))!;
    const lines = await client.barcodes.byBillNumber(bill.outlet, bill.number);
    expect(lines.map((l) => [l.code, l.quantity])).toEqual(bill.lines.map((l) => [l.Code, l.Quantity]));
    const delivery = store.fixtures.deliveries[1]!;
    const deliveryLines = await client.barcodes.byOutletDeliveryNumber(delivery.outlet, delivery.number);
    expect(deliveryLines.map((l) => l.code)).toEqual(delivery.lines.map((l) => l.Code));
  });

  it('explains a document at an outlet the API user may not access as an outlet problem', async () => {
    const { client } = connect(store.sim, { client: 'limited' });
    const bill = store.fixtures.bills.find((b) => b.outlet === 'Gudang Pusat')!;
    const error = await errorOf(client.barcodes.byBillNumber(bill.outlet, bill.number));
    expect(error).toMatchObject({ kind: 'outlet-forbidden', status: 403 });
    expect(error.dealposMessage).toMatch(/not allowed to access \[Outlet ID/);
    expect(error.message).toMatch(/may not use that outlet/);
  });

  it('reads every variant page by page without a category, and counts them', async () => {
    const { client } = connect(store.sim);
    // Live lists need no Category; a docs tenant that insists is the sync's fallback path.
    store.sim.controls.config({ categoryRequired: false });
    const ids = new Set<string>();
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await client.variants.list({}, { pageNumber, pageSize: 500 });
      for (const row of page.rows) ids.add(row.id);
      if (page.rows.length < 500) break;
    }
    expect(ids.size).toBe(store.fixtures.variantCount);
    expect(await client.variants.count({})).toBe(store.fixtures.variantCount);
    const data = await client.variants.data({}, { pageNumber: 2, pageSize: 5 });
    expect(data.rows).toHaveLength(5);
    expect(data.rows.every((r) => ids.has(r.id))).toBe(true);
  });

  it('reads a variant in detail by code and by ID, and looks many codes up in one request', async () => {
    const { client } = connect(store.sim);
    const code = store.fixtures.sampleVariantCodes[2]!;
    const detail = await client.variants.detail({ code });
    expect(detail.code).toBe(code);
    expect(await client.variants.detail({ id: detail.id })).toEqual(detail);
    const ids = await client.variants.idsByCodes([code, 'NO-SUCH-CODE']);
    expect(ids.map((i) => i.code)).toEqual([code]);
  });

  it('reads an invoice in detail: date, customer, total, lines and state', async () => {
    const { client } = connect(store.sim);
    const invoice = store.fixtures.invoices[2]!;
    const detail = await client.invoices.detail({ outletId: invoice.outletID, number: invoice.number });
    expect(detail).toMatchObject({ number: invoice.number, outlet: invoice.outlet, status: 'Active' });
    expect(detail.date).toMatch(/^2026-11-/);
    expect(detail.lines.length).toBeGreaterThan(0);
    expect(detail.total).toBe(detail.lines.reduce((sum, l) => sum + l.quantity * l.price - l.discount, 0));
    const missing = await errorOf(client.invoices.detail({ outletId: invoice.outletID, number: 'NOPE/1' }));
    expect(missing.kind).toBe('bad-request');
  });

  it('live table: Content-Type on a bodyless GET — never sends a body or a Content-Type with a GET', async () => {
    const { client, wire } = connect(store.sim);
    await client.outlets.list();
    await client.customers.byCode(store.fixtures.customers[0]!.Code);
    await client.variants.detail({ code: store.fixtures.sampleVariantCodes[1]! });
    const gets = wire.requests.filter((r) => r.method === 'GET');
    expect(gets.length).toBeGreaterThanOrEqual(3);
    for (const get of gets) {
      expect(get.body).toBe('');
      expect(get.headers.has('content-type')).toBe(false);
    }
  });
});
