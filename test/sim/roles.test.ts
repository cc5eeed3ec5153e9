import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
});
afterAll(() => h.close());

describe('a cashier-like API user with only Products and Outlets VIEW', () => {
  it('can read outlets, categories and variants', async () => {
    const code = (await h.fixtures()).sampleVariantCodes[0] ?? '';
    expect((await h.call('GET', 'Outlet', { as: 'limited' })).status).toBe(200);
    expect((await h.call('GET', 'Category', { as: 'limited' })).status).toBe(200);
    expect((await h.call('GET', 'Variant/Detail', { as: 'limited', query: { Code: code } })).status).toBe(
      200,
    );
  });

  it('is told which role it lacks when it looks a customer up or reads a PIN', async () => {
    const customer = (await h.fixtures()).customers[0];
    const byCode = await h.call('GET', 'Customer/Code', {
      as: 'limited',
      query: { Code: customer?.Code ?? '' },
    });
    expect(byCode.status).toBe(403);
    expect(byCode.body).toEqual({ Message: 'You must have "VIEW" role in "Contacts" Module' });
    const pin = await h.call('GET', 'Customer/PIN', { as: 'limited', query: { ID: customer?.ID ?? '' } });
    expect(pin.status).toBe(403);
    expect(messageOf(pin)).toBe('You must have "VIEW" role in "Contacts" Module');
  });

  it('gets the reference page role sentence when it tries to void, and the invoice stays active', async () => {
    const invoice = (await h.fixtures()).invoices[0];
    const answer = await h.call('PUT', 'Invoice/Void', {
      as: 'limited',
      body: { Outlet: invoice?.outlet, Number: invoice?.number },
    });
    expect(answer.status).toBe(403);
    expect(messageOf(answer)).toBe(
      'You must have "EDIT" role in "Sell" Module OR "VoidInvoice" role in "Orders" Module',
    );
    const after = (await h.fixtures()).invoices.find((i) => i.invoiceID === invoice?.invoiceID);
    expect(after?.state).toBe('active');
    expect((await h.stats()).applied['PUT invoice/void']).toBeUndefined();
  });

  it('cannot add, update or delete variants', async () => {
    const fixtures = await h.fixtures();
    const code = fixtures.sampleVariantCodes[0] ?? '';
    const add = await h.call('POST', 'Variant/Add', {
      as: 'limited',
      body: { Code: fixtures.products[0]?.Code, Variants: [{ Model: 'Z', Code: 'LIMITED-1' }] },
    });
    expect(add.status).toBe(403);
    expect(messageOf(add)).toBe('You must have "ADD" role in "Products" Module');
    const update = await h.call('PUT', 'Variant', { as: 'limited', body: { Code: code, UnitPrice: 1000 } });
    expect(messageOf(update)).toBe('You must have "EDIT" role in "Products" Module');
    const remove = await h.call('DELETE', 'Variant', { as: 'limited', body: { Code: code } });
    expect(messageOf(remove)).toBe('You must have "DELETE" role in "Products" Module');
    expect((await h.call('GET', 'Variant/Detail', { query: { Code: code } })).status).toBe(200);
  });

  it('gets the erase and restore role sentences of the reference page', async () => {
    const invoice = (await h.fixtures()).invoices[0];
    const body = { Outlet: invoice?.outlet, Number: invoice?.number };
    expect(messageOf(await h.call('DELETE', 'Invoice/Erase', { as: 'limited', body }))).toBe(
      'You must have "DELETE" role in "ORDER" Module OR "DELETE" role in "Global" Module',
    );
    expect(messageOf(await h.call('PUT', 'Invoice/Restore', { as: 'limited', body }))).toBe(
      'You must have "EDIT" role in "Sell" Module OR "EDIT" role in "Global" Module',
    );
  });
});
