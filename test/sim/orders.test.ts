import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
});
afterAll(() => h.close());

async function invoice(index: number) {
  const found = (await h.fixtures()).invoices[index];
  if (!found) throw new Error(`no invoice ${index}`);
  return found;
}

async function stateOf(invoiceID: string) {
  return (await h.fixtures()).invoices.find((i) => i.invoiceID === invoiceID)?.state ?? 'erased';
}

describe('the void, restore and erase cycle of an invoice', () => {
  it('voids, refuses a second void, restores, voids again and erases for good', async () => {
    const inv = await invoice(0);
    const ref = { Outlet: inv.outlet, Number: inv.number };
    const voided = await h.call('PUT', 'Invoice/Void', { body: { ...ref, Note: 'Void invoice' } });
    expect(voided.status).toBe(200);
    expect(voided.body).toEqual({ Message: 'Invoice has been Updated!' });
    expect(await stateOf(inv.invoiceID)).toBe('voided');

    expect((await h.call('PUT', 'Invoice/Void', { body: ref })).status).toBe(409);

    const restored = await h.call('PUT', 'Invoice/Restore', { body: ref });
    expect(restored.body).toEqual({ Message: 'Invoice has been Updated!' });
    expect(await stateOf(inv.invoiceID)).toBe('active');
    expect((await h.call('PUT', 'Invoice/Restore', { body: ref })).status).toBe(409);

    await h.call('PUT', 'Invoice/Void', { body: ref });
    const erased = await h.call('DELETE', 'Invoice/Erase', { body: ref });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ Message: 'Invoice has been Erased!' });
    expect(await stateOf(inv.invoiceID)).toBe('erased');
    expect((await h.call('PUT', 'Invoice/Void', { body: ref })).status).toBe(400);
    expect((await h.call('PUT', 'Invoice/Restore', { body: ref })).status).toBe(400);

    const stats = await h.stats();
    expect(stats.applied['PUT invoice/void']).toBe(2);
    expect(stats.writes['PUT invoice/void']).toBe(4);
  });

  it('refuses to erase an invoice that is not in the Recycle Bin', async () => {
    const inv = await invoice(1);
    const answer = await h.call('DELETE', 'Invoice/Erase', {
      body: { Outlet: inv.outlet, Number: inv.number },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({
      Message: `Invoice ${inv.number} must be in the Recycle Bin before it can be erased`,
    });
    expect(await stateOf(inv.invoiceID)).toBe('active');
  });

  it('does not void when the given Fulfillment does not match the invoice', async () => {
    const inv = await invoice(2);
    const other = inv.fulfillment === 'Sent' ? 'Unsent' : 'Sent';
    const refused = await h.call('PUT', 'Invoice/Void', {
      body: { Outlet: inv.outlet, Number: inv.number, Fulfillment: other },
    });
    expect(refused.status).toBe(409);
    expect(messageOf(refused)).toContain(inv.fulfillment);
    expect(await stateOf(inv.invoiceID)).toBe('active');
    const matching = await h.call('PUT', 'Invoice/Void', {
      body: { Outlet: inv.outlet, Number: inv.number, Fulfillment: inv.fulfillment },
    });
    expect(matching.status).toBe(200);
  });

  it('finds the invoice by OutletID and Number, or by InvoiceID alone', async () => {
    const first = await invoice(3);
    expect(
      (await h.call('PUT', 'Invoice/Void', { body: { OutletID: first.outletID, Number: first.number } }))
        .status,
    ).toBe(200);
    const second = await invoice(4);
    expect((await h.call('PUT', 'Invoice/Void', { body: { InvoiceID: second.invoiceID } })).status).toBe(200);
    expect(await stateOf(second.invoiceID)).toBe('voided');
  });

  it('answers 400 for an invoice number the outlet does not have', async () => {
    const answer = await h.call('PUT', 'Invoice/Void', {
      body: { Outlet: 'Pluit', Number: '1999.01.99999' },
    });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toBe('Invoice 1999.01.99999 does not exist in Database');
  });
});

describe('the reference number of a sales order', () => {
  it('is updated with a message naming the real order number', async () => {
    const order = (await h.fixtures()).salesOrders[0];
    const answer = await h.call('PUT', 'SalesOrder/ReferenceNumber', {
      body: {
        Outlet: order?.outlet,
        Number: order?.number,
        ReferenceNumber: 'TKPD-001',
        LogisticServiceCode: 'JNE123',
        Note: 'n',
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      Message: `reference number for sales order ${order?.number} has been updated`,
    });
    const after = (await h.fixtures()).salesOrders[0];
    expect(after?.referenceNumber).toBe('TKPD-001');
    expect(after?.logisticServiceCode).toBe('JNE123');
  });

  it('keeps the stored reference number when the request leaves it empty', async () => {
    const order = (await h.fixtures()).salesOrders[0];
    await h.call('PUT', 'SalesOrder/ReferenceNumber', {
      body: { Outlet: order?.outlet, Number: order?.number, ReferenceNumber: '', LogisticServiceCode: '' },
    });
    const after = (await h.fixtures()).salesOrders[0];
    expect(after?.referenceNumber).toBe('TKPD-001');
    expect(after?.logisticServiceCode).toBe('JNE123');
  });

  it('answers 400 for an unknown order', async () => {
    const answer = await h.call('PUT', 'SalesOrder/ReferenceNumber', {
      body: { Outlet: 'Pluit', Number: '99.99.99999', ReferenceNumber: 'X' },
    });
    expect(answer.status).toBe(400);
  });
});
