import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DealposError } from '../../main/dealpos/errors.ts';
import { connect, type Store, startStore } from './harness.ts';

let store: Store;
beforeAll(async () => {
  store = await startStore({ variants: 300, categoryRequired: false });
});
afterAll(() => store.close());
beforeEach(() => store.sim.controls.reset());

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as DealposError,
  );

describe('invoices', () => {
  it('voids an invoice, restores it, voids it again and erases it from the recycle bin', async () => {
    const { client } = connect(store.sim);
    const invoice = store.fixtures.invoices.find((i) => i.state === 'active')!;
    const ref = { outlet: invoice.outlet, number: invoice.number };
    expect(await client.invoices.void({ ...ref, note: 'Salah input' })).toBe('Invoice has been Updated!');
    expect(await client.invoices.restore(ref)).toBe('Invoice has been Updated!');
    await client.invoices.void(ref);
    expect(await client.invoices.erase(ref)).toBe('Invoice has been Erased!');
    const gone = await failureOf(client.invoices.restore(ref));
    expect(gone.kind).toBe('bad-request');
  });

  it('refuses to erase an invoice that is not in the recycle bin, in DealPOS words', async () => {
    const { client } = connect(store.sim);
    const invoice = store.fixtures.invoices.find((i) => i.state === 'active')!;
    const error = await failureOf(client.invoices.erase({ outlet: invoice.outlet, number: invoice.number }));
    expect(error).toMatchObject({ kind: 'conflict', status: 409 });
    expect(error.message).toContain(invoice.number);
  });

  it('refuses a void when the fulfilment guard does not match', async () => {
    const { client } = connect(store.sim);
    const invoice = store.fixtures.invoices.find((i) => i.state === 'active')!;
    const other = invoice.fulfillment === 'Sent' ? 'Unsent' : 'Sent';
    const error = await failureOf(
      client.invoices.void({ outlet: invoice.outlet, number: invoice.number, fulfillment: other }),
    );
    expect(error.kind).toBe('conflict');
  });

  it('needs the role DealPOS names to void', async () => {
    const { client } = connect(store.sim, { client: 'limited' });
    const invoice = store.fixtures.invoices[0]!;
    const error = await failureOf(client.invoices.void({ outlet: invoice.outlet, number: invoice.number }));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toMatch(/"Sell"/);
  });
});

describe('sales orders', () => {
  it('records a courier tracking number with its logistic service', async () => {
    const { client } = connect(store.sim);
    const order = store.fixtures.salesOrders[0]!;
    const message = await client.salesOrders.setReferenceNumber({
      outlet: order.outlet,
      number: order.number,
      referenceNumber: 'JP1234567890',
      logisticServiceCode: 'JNE-REG',
    });
    expect(message).toContain(order.number);
  });
});

describe('variants', () => {
  it('adds variants to a product, and they show in later reads', async () => {
    const { client } = connect(store.sim);
    const product = store.fixtures.products[0]!;
    const added = await client.variants.add(product.Code, [
      { code: `${product.Code}-XXL`, model: 'XXL', unitPrice: 185_000, unitCost: 90_000 },
      { code: `${product.Code}-3XL`, model: '3XL', unitPrice: 195_000 },
    ]);
    expect(added.productId).toBe(product.ID);
    expect(added.variants.map((v) => v.code)).toEqual([`${product.Code}-XXL`, `${product.Code}-3XL`]);
    const detail = await client.variants.detail({ code: `${product.Code}-XXL` });
    expect(detail).toMatchObject({ unitPrice: 185_000, id: added.variants[0]!.id });
    expect(await client.variants.count({})).toBe(store.fixtures.variantCount + 2);
  });

  it('refuses a variant code that already exists as a conflict', async () => {
    const { client } = connect(store.sim);
    const product = store.fixtures.products[0]!;
    const error = await failureOf(
      client.variants.add(product.Code, [
        { code: store.fixtures.sampleVariantCodes[0]!, model: 'Dup', unitPrice: 1000 },
      ]),
    );
    expect(error.kind).toBe('conflict');
  });

  it('updates the price, name and discontinued flag, and deletes a variant', async () => {
    const { client } = connect(store.sim);
    const code = store.fixtures.sampleVariantCodes.find(
      (c) => !store.fixtures.discontinuedCodes.includes(c),
    )!;
    expect(
      await client.variants.update({ code, unitPrice: 99_500, name: 'Kemeja Promo', discontinued: true }),
    ).toBe('Update Success');
    expect(await client.variants.detail({ code })).toMatchObject({
      unitPrice: 99_500,
      name: 'Kemeja Promo',
      discontinued: true,
    });
    expect(await client.variants.remove(code)).toContain(code);
    expect((await failureOf(client.variants.detail({ code }))).kind).toBe('bad-request');
  });
});

describe('when the connection drops', () => {
  it('does not repeat a write whose connection dropped', async () => {
    const { client } = connect(store.sim);
    const invoice = store.fixtures.invoices.find((i) => i.state === 'active')!;
    await client.authenticate();
    store.sim.controls.faults(['drop']);
    const error = await failureOf(client.invoices.void({ outlet: invoice.outlet, number: invoice.number }));
    expect(error.kind).toBe('network');
    const stats = store.sim.controls.stats();
    expect(stats.byRoute['PUT invoice/void']).toBe(1);
    expect(stats.applied['PUT invoice/void'] ?? 0).toBe(0);
  });

  it('does not repeat a write that met a server error', async () => {
    const { client } = connect(store.sim);
    const code = store.fixtures.sampleVariantCodes[2]!;
    await client.authenticate();
    store.sim.controls.faults([503]);
    expect((await failureOf(client.variants.update({ code, unitPrice: 12_000 }))).kind).toBe('server');
    expect(store.sim.controls.stats().byRoute['PUT variant']).toBe(1);
  });

  it('retries a read after a dropped connection and a 503, and answers', async () => {
    const { client } = connect(store.sim);
    await client.authenticate();
    store.sim.controls.faults(['drop', 503]);
    const outlets = await client.outlets.list();
    expect(outlets.length).toBeGreaterThan(0);
    expect(store.sim.controls.stats().byRoute['GET outlet']).toBe(3);
  });

  it('gives up on a read after its retries and says DealPOS had a problem', async () => {
    const { client } = connect(store.sim);
    await client.authenticate();
    store.sim.controls.faults([500, 502, 503]);
    expect((await failureOf(client.categories.list())).kind).toBe('server');
  });

  it('says it cannot reach DealPOS when nothing answers', async () => {
    const { client } = connect({ ...store.sim, baseUrl: 'http://127.0.0.1:9/api/v3/' });
    expect((await failureOf(client.outlets.list())).kind).toBe('network');
  });
});
