import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DealposError } from '../../main/dealpos/errors.ts';
import { connect, type Store, startStore } from './harness.ts';

// The client against the real simulator over HTTP: every read operation's happy path and the
// failures a person at the counter would meet.

let store: Store;
beforeAll(async () => {
  // Pinned to the reference pages (a refused PageSize, {Data, RecordsCount}, Customer/Email);
  // client-contract.test.ts runs the same reads against both profiles.
  store = await startStore({ profile: 'docs', variants: 600, categoryRequired: false });
});
afterAll(() => store.close());
beforeEach(() => store.sim.controls.reset());

const errorOf = async (promise: Promise<unknown>): Promise<DealposError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DealposError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

describe('reads', () => {
  it('lists the outlets and the category paths', async () => {
    const { client } = connect(store.sim);
    const outlets = await client.outlets.list();
    const open = store.fixtures.outlets.filter((o) => !o.Suspended).map((o) => o.Name);
    expect(outlets.map((o) => o.name).sort()).toEqual([...open].sort());
    const withSuspended = await client.outlets.list({ includeSuspended: true });
    expect(withSuspended).toHaveLength(store.fixtures.outlets.length);
    const categories = await client.categories.list();
    expect(categories.map((c) => c.name).sort()).toEqual([...store.fixtures.categories].sort());
    expect(categories.every((c) => c.name.includes('/'))).toBe(true);
  });

  it('finds a customer by member code, by mobile phone and by email', async () => {
    const { client } = connect(store.sim);
    const known = store.fixtures.customers[0]!;
    const byCode = await client.customers.byCode(known.Code);
    expect(byCode).toMatchObject({ id: known.ID, code: known.Code, mobilePhone: known.MobilePhone });
    expect(await client.customers.byMobilePhone(known.MobilePhone)).toMatchObject({ code: known.Code });
    // Customer/Email answers without an ID (as on the reference page).
    const byEmail = await client.customers.byEmail(known.Email.toUpperCase());
    expect(byEmail).toMatchObject({ code: known.Code, id: undefined });
  });

  it('says plainly that an unknown customer does not exist, in DealPOS words', async () => {
    const { client } = connect(store.sim);
    const error = await errorOf(client.customers.byCode('HW99999'));
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, endpoint: 'Customer/Code' });
    expect(error.message).toMatch(/HW99999.*does not exist/);
  });

  it('reads a customer PIN for the main process', async () => {
    const { client } = connect(store.sim);
    const known = store.fixtures.customers[1]!;
    expect(await client.customers.pin(known.ID)).toBe(known.PIN);
  });

  it('pages through the variants, with the total, and counts them', async () => {
    const { client } = connect(store.sim);
    const first = await client.variants.list({}, { pageNumber: 1, pageSize: 250 });
    expect(first.total).toBe(store.fixtures.variantCount);
    expect(first.rows).toHaveLength(250);
    const last = await client.variants.list({}, { pageNumber: 3, pageSize: 250 });
    expect(last.rows).toHaveLength(store.fixtures.variantCount - 500);
    expect(new Set([...first.rows, ...last.rows].map((r) => r.id)).size).toBe(
      first.rows.length + last.rows.length,
    );
    expect(await client.variants.count({})).toBe(store.fixtures.variantCount);
    const data = await client.variants.data({}, { pageNumber: 1, pageSize: 5 });
    expect(data.rows[0]).toEqual(
      expect.objectContaining({ id: first.rows[0]!.id, unitPrice: first.rows[0]!.unitPrice }),
    );
  });

  it('filters variants by category', async () => {
    const { client } = connect(store.sim);
    const category = store.fixtures.categories[0]!;
    const page = await client.variants.list({ category }, { pageNumber: 1, pageSize: 1000 });
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((row) => row.category === category)).toBe(true);
    expect(await client.variants.count({ category })).toBe(page.total);
  });

  it('refuses a page larger than the server allows with DealPOS message', async () => {
    const { client } = connect(store.sim);
    const error = await errorOf(client.variants.list({}, { pageNumber: 1, pageSize: 5000 }));
    expect(error.kind).toBe('bad-request');
    expect(error.dealposMessage).toMatch(/PageSize/);
  });

  it('reads a variant detail by code and by ID, with outlet prices', async () => {
    const { client } = connect(store.sim);
    const code = store.fixtures.sampleVariantCodes[0]!;
    const byCode = await client.variants.detail({ code });
    expect(byCode.code).toBe(code);
    expect(Number.isInteger(byCode.unitPrice)).toBe(true);
    const byId = await client.variants.detail({ id: byCode.id });
    expect(byId).toEqual(byCode);
  });

  it('looks up many codes in one request, leaving out unknown and discontinued ones', async () => {
    const { client, wire } = connect(store.sim);
    const [discontinued] = store.fixtures.discontinuedCodes;
    const active = store.fixtures.sampleVariantCodes
      .filter((c) => !store.fixtures.discontinuedCodes.includes(c))
      .slice(0, 3);
    const before = wire.requests.length;
    const ids = await client.variants.idsByCodes([...active, discontinued!, 'NO-SUCH-CODE']);
    expect(wire.requests.length - before).toBe(2); // the token, then one lookup
    expect(ids.map((i) => i.code).sort()).toEqual([...active].sort());
    const all = await client.variants.idsByCodesWithDiscontinued([active[0]!, discontinued!], 'All');
    expect(all.find((i) => i.code === discontinued)?.discontinued).toBe(true);
  });

  it('gets the lines of a supplier bill and of an outlet delivery, numbers with slashes included', async () => {
    const { client, wire } = connect(store.sim);
    const bill = store.fixtures.bills.find((b) => b.number.includes('/')) ?? store.fixtures.bills[0]!;
    const lines = await client.barcodes.byBillNumber(bill.outlet, bill.number);
    expect(lines.map((l) => [l.code, l.quantity])).toEqual(bill.lines.map((l) => [l.Code, l.Quantity]));
    expect(lines.every((l) => l.quantity > 0 && Number.isInteger(l.unitPrice))).toBe(true);
    const sent = new URL(wire.requests.at(-1)!.url);
    expect(sent.searchParams.get('Number')).toBe(bill.number);

    const delivery = store.fixtures.deliveries[0]!;
    expect(await client.barcodes.byOutletDeliveryNumber(delivery.outlet, delivery.number)).toHaveLength(
      delivery.lines.length,
    );
  });

  it('says an unknown bill number does not exist', async () => {
    const { client } = connect(store.sim);
    const error = await errorOf(
      client.barcodes.byBillNumber(store.fixtures.outlets[0]!.Name, '2099.01.99999'),
    );
    expect(error).toMatchObject({ kind: 'bad-request', endpoint: 'Barcode/ByBillNumber' });
    expect(error.message).toMatch(/2099\.01\.99999/);
  });

  it('never sends a body or a Content-Type with a GET', async () => {
    const { client, wire } = connect(store.sim);
    await client.outlets.list();
    await client.variants.detail({ code: store.fixtures.sampleVariantCodes[1]! });
    const gets = wire.requests.filter((r) => r.method === 'GET');
    expect(gets.length).toBeGreaterThanOrEqual(2);
    for (const get of gets) {
      expect(get.body).toBe('');
      expect(get.headers.has('content-type')).toBe(false);
    }
  });
});
