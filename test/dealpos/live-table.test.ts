import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../main/dealpos/clock.ts';
import { DealposError } from '../../main/dealpos/errors.ts';
import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import { connect, type Store, startStore } from './harness.ts';

// The client against the simulator's live profile, one test per row of the README's table
// "What live stores answered" that concerns a call the app makes. Real HTTP, real time; the
// token clock is shifted where a test needs hours to pass.

let store: Store;
beforeAll(async () => {
  store = await startStore({ variants: 2300, rateLimit: { limit: 5000, windowSeconds: 180 } });
});
afterAll(() => store.close());
beforeEach(() => store.sim.controls.reset());

const tokensIssued = async () => store.sim.controls.stats().tokensIssued;
const requestsTo = async (route: string) => store.sim.controls.stats().byRoute[route] ?? 0;

/** A clock `shift` ms ahead of the real one: the token's age without waiting for it. */
function shiftedClock(): Clock & { shift: number } {
  const clock = {
    shift: 0,
    now: () => Date.now() + clock.shift,
    setTimeout: (callback: () => void, ms: number) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle: unknown) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  return clock;
}

async function renewsAfter(lifetimeSeconds: number): Promise<void> {
  const clock = shiftedClock();
  const { client } = connect(store.sim, { clock });
  await client.authenticate();
  const first = await tokensIssued();
  clock.shift = (lifetimeSeconds - 90) * 1000;
  await client.categories.list();
  expect(await tokensIssued()).toBe(first);
  // Within the last minute DealPOS gave it, the token is renewed before a request leaves.
  clock.shift = (lifetimeSeconds - 30) * 1000;
  await client.categories.list();
  expect(await tokensIssued()).toBe(first + 1);
}

const errorOf = async (promise: Promise<unknown>): Promise<DealposError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DealposError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

/** Spends the account's window from "another counter": raw requests with their own token. */
async function spendWindow(limit: number): Promise<void> {
  const { clientId, clientSecret } = store.sim.credentials.limited;
  const answer = await fetch(`${store.sim.baseUrl}Token/OAuth2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
  });
  const { access_token } = (await answer.json()) as { access_token: string };
  for (let i = 0; i < limit; i++) {
    const spent = await fetch(`${store.sim.baseUrl}Category`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    expect(spent.status).toBe(200);
  }
}

describe('the client against live DealPOS answers', () => {
  it('live table: Token answer — expiry read from expiredAt when expires_in is absent (about 48 h)', async () => {
    await renewsAfter(48 * 3600);
  });

  it('live table: Token answer — the variant with both expires_in and expiredat is honoured', async () => {
    store.sim.controls.config({ tokenAnswer: 'expires_in+expiredat', tokenLifetimeSeconds: 900 });
    await renewsAfter(900);
  });

  it('live table: Outlet list — connecting lists outlets with ?Suspended=false, a form live accepts', async () => {
    const { client, wire } = connect(store.sim);
    const outlets = await client.outlets.list();
    expect(outlets.map((o) => o.name).sort()).toEqual(
      store.fixtures.outlets
        .filter((o) => !o.Suspended)
        .map((o) => o.Name)
        .sort(),
    );
    const asked = new URL(wire.requests.at(-1)!.url);
    expect(asked.pathname).toMatch(/\/Outlet$/);
    expect(asked.searchParams.get('Suspended')).toBe('false');
  });

  it('live table: Outlet list — a refused GET falls back to POST Outlet/p {} once, suspended outlets left out', async () => {
    const { client } = connect(store.sim);
    await client.authenticate();
    store.sim.controls.faults([400]);
    const outlets = await client.outlets.list();
    expect(outlets.length).toBe(store.fixtures.outlets.filter((o) => !o.Suspended).length);
    expect(outlets.every((o) => !o.suspended)).toBe(true);
    await client.outlets.list();
    // The refused form is not asked again: one GET, then Outlet/p twice.
    expect(await requestsTo('GET outlet')).toBe(1);
    expect(await requestsTo('POST outlet/p')).toBe(2);
  });

  it('live table: End of a list — a PageSize above the cap comes back capped, with an unknown total, not refused', async () => {
    const { client } = connect(store.sim);
    const page = await client.variants.list({}, { pageNumber: 1, pageSize: 5000 });
    expect(page.rows).toHaveLength(1000);
    expect(page.total).toBeUndefined();
  });

  it('live table: Category on variant lists — the whole catalog is listed and counted without a Category', async () => {
    const { client } = connect(store.sim);
    expect(await client.variants.count({})).toBe(2300);
    const page = await client.variants.list({}, { pageNumber: 3, pageSize: 1000 });
    expect(page.rows).toHaveLength(300);
  });

  it('live table: Variant list rows — thin rows are read as items without category or product, the empty-code shipping fee included', async () => {
    const { client } = connect(store.sim);
    const rows = [];
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await client.variants.list({}, { pageNumber, pageSize: 1000 });
      rows.push(...page.rows);
      if (page.rows.length < 1000) break;
    }
    expect(rows).toHaveLength(2300);
    expect(rows.every((r) => r.category === undefined && r.product === undefined && !r.discontinued)).toBe(
      true,
    );
    expect(rows.filter((r) => r.code === '')).toEqual([
      expect.objectContaining({ name: 'Ongkos Kirim', type: 'NonInventory' }),
    ]);
  });

  it('live table: Variant/Data — a bare array is read', async () => {
    const { client } = connect(store.sim);
    const page = await client.variants.data({}, { pageNumber: 1, pageSize: 25 });
    expect(page.rows).toHaveLength(25);
    expect(page.total).toBeUndefined();
  });

  it("live table: Error bodies — DealPOS's Message is read from a {title, status, Message} body", async () => {
    const { client } = connect(store.sim);
    const error = await errorOf(client.barcodes.byBillNumber('Pluit', 'PB/1999/01/0001'));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect(error.dealposMessage).toBe('Bill PB/1999/01/0001 does not exist in Database');
  });

  it('live table: Error bodies — a 403 for an outlet is told apart from a missing role', async () => {
    const { client } = connect(store.sim, { client: 'limited' });
    const delivery = store.fixtures.deliveries.find((d) => d.outlet === 'Gudang Pusat')!;
    const outlet = await errorOf(client.barcodes.byOutletDeliveryNumber(delivery.outlet, delivery.number));
    expect(outlet.kind).toBe('outlet-forbidden');
    const role = await errorOf(client.customers.byCode(store.fixtures.customers[0]!.Code));
    expect(role.kind).toBe('forbidden');
    expect(role.dealposMessage).toMatch(/"VIEW" role in "Contacts"/);
  });

  it('live table: 429 — waits for the window its RateLimit-Policy names, never for digits in the message', async () => {
    // The live 429 text here reads "maximum admitted 4 per 2s.": glued digits would say 42 s.
    store.sim.controls.config({ rateLimit: { limit: 4, windowSeconds: 2 } });
    const governor = new RateGovernor({ marginMs: 100 });
    const { client } = connect(store.sim, { governor });
    await client.authenticate();
    await spendWindow(4);
    const started = Date.now();
    const categories = await client.categories.list();
    const waited = Date.now() - started;
    expect(categories.length).toBeGreaterThan(0);
    expect(governor.state.windowSeconds).toBe(2);
    expect(waited).toBeGreaterThanOrEqual(1500);
    expect(waited).toBeLessThan(20_000);
    expect(store.sim.controls.stats().overLimit).toBe(1);
  }, 30_000);

  it('live table: 429 — a rate-limited token call waits for the window, then signs in', async () => {
    store.sim.controls.config({ rateLimit: { limit: 3, windowSeconds: 2 } });
    await spendWindow(3);
    const { client } = connect(store.sim);
    const started = Date.now();
    await client.authenticate();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await tokensIssued()).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('live table: Deprecated — Customer/Detail is asked first, the deprecated reads never', async () => {
    const { client } = connect(store.sim);
    const known = store.fixtures.customers[4]!;
    expect(await client.customers.byEmail(known.Email)).toMatchObject({ id: known.ID, code: known.Code });
    expect(await client.customers.byCode(known.Code)).toMatchObject({ id: known.ID });
    expect(await requestsTo('GET customer/detail')).toBe(2);
    expect(await requestsTo('GET customer/email')).toBe(0);
    expect(await requestsTo('GET customer/code')).toBe(0);
  });

  it('live table: Other reads — Invoice/Detail by Number and OutletID', async () => {
    const { client, wire } = connect(store.sim);
    const invoice = store.fixtures.invoices[0]!;
    const detail = await client.invoices.detail({ outletId: invoice.outletID, number: invoice.number });
    expect(detail.number).toBe(invoice.number);
    const asked = new URL(wire.requests.at(-1)!.url);
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      Number: invoice.number,
      OutletID: invoice.outletID,
    });
  });
});

describe('the client against the reference pages (docs profile) where live differs', () => {
  let docs: Store;
  beforeAll(async () => {
    docs = await startStore({
      profile: 'docs',
      variants: 100,
      rateLimit: { limit: 5000, windowSeconds: 180 },
    });
  });
  afterAll(() => docs.close());

  it('live table: Deprecated — falls back to Customer/Email where Customer/Detail is unknown, and remembers it', async () => {
    const { client } = connect(docs.sim);
    const known = docs.fixtures.customers[0]!;
    expect(await client.customers.byEmail(known.Email)).toMatchObject({ code: known.Code });
    expect(await client.customers.byEmail(known.Email)).toMatchObject({ code: known.Code });
    const { byRoute } = docs.sim.controls.stats();
    expect(byRoute['GET customer/detail']).toBe(1);
    expect(byRoute['GET customer/email']).toBe(2);
  });

  it('a page larger than the server allows is refused there, in DealPOS words', async () => {
    const { client } = connect(docs.sim);
    const error = await errorOf(
      client.variants.list({ category: docs.fixtures.categories[0]! }, { pageNumber: 1, pageSize: 5000 }),
    );
    expect(error.kind).toBe('bad-request');
    expect(error.dealposMessage).toMatch(/PageSize/);
  });
});
