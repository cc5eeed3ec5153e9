import { describe, expect, it } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

// Void, restore and erase an invoice from the supervisor's desk, over the real handlers and the
// simulator over HTTP: DealPOS's answers shown as it gave them, and the screen's memory of what
// this counter did to each invoice this session.

let desk: OpenApp;
const suite = simulatorSuite({}, () => desk?.close());

const refOf = (invoice: SimFixtures['invoices'][number]) => ({
  outlet: invoice.outlet,
  number: invoice.number,
});

describe('invoice void, restore and erase', () => {
  it('voids with a note, restores, voids again and erases from the recycle bin, saying what DealPOS said', async () => {
    desk = await openApp({ simulator: suite.sim });
    const ref = refOf(suite.fixtures.invoices[0]!);

    const voided = ok(
      await desk.bridge.invoke('back-office:invoice-void', { ...ref, note: 'Salah input harga' }),
    );
    expect(voided.outcome).toMatchObject({ result: 'done', dealposMessage: 'Invoice has been Updated!' });
    expect(voided.invoice).toMatchObject({ ...ref, known: 'recycle-bin' });

    const restored = ok(await desk.bridge.invoke('back-office:invoice-restore', ref));
    expect(restored.outcome).toMatchObject({ result: 'done', dealposMessage: 'Invoice has been Updated!' });
    expect(restored.invoice.known).toBe('active');

    ok(await desk.bridge.invoke('back-office:invoice-void', ref));
    const erased = ok(
      await desk.bridge.invoke('back-office:invoice-erase', { ...ref, approval: testApproval }),
    );
    expect(erased.outcome).toMatchObject({ result: 'done', dealposMessage: 'Invoice has been Erased!' });
    expect(erased.invoice.known).toBe('erased');
    expect(erased.invoice.events.map((e) => [e.action, e.result])).toEqual([
      ['invoice-erase', 'done'],
      ['invoice-void', 'done'],
      ['invoice-restore', 'done'],
      ['invoice-void', 'done'],
    ]);

    // The same invoice typed in another case is the same invoice (DealPOS matches without case).
    const history = ok(
      await desk.bridge.invoke('back-office:invoice-history', {
        outlet: ref.outlet.toUpperCase(),
        number: ref.number.toLowerCase(),
      }),
    );
    expect(history.events).toHaveLength(4);
  });

  it('knows nothing of an invoice this counter has not touched, and asks DealPOS nothing to say so', async () => {
    desk = await openApp({ simulator: suite.sim });
    const before = suite.sim.controls.stats().requests;
    const history = ok(
      await desk.bridge.invoke('back-office:invoice-history', refOf(suite.fixtures.invoices[1]!)),
    );
    expect(history).toEqual({ ...refOf(suite.fixtures.invoices[1]!), known: 'unknown', events: [] });
    expect(suite.sim.controls.stats().requests).toBe(before);
  });

  it('refuses to erase an invoice that is not in the recycle bin, in DealPOS words, and keeps it', async () => {
    desk = await openApp({ simulator: suite.sim });
    const ref = refOf(suite.fixtures.invoices[0]!);
    const answer = ok(
      await desk.bridge.invoke('back-office:invoice-erase', { ...ref, approval: testApproval }),
    );
    expect(answer.outcome.result).toBe('refused');
    if (answer.outcome.result !== 'refused') return;
    expect(answer.outcome.error.kind).toBe('conflict');
    expect(answer.outcome.error.dealposMessage).toContain(ref.number);
    expect(answer.outcome.error.dealposMessage).toMatch(/Recycle Bin/);
    // Still there: it can be voided.
    expect(ok(await desk.bridge.invoke('back-office:invoice-void', ref)).outcome.result).toBe('done');
  });

  it('voids only when the fulfilment guard matches', async () => {
    desk = await openApp({ simulator: suite.sim });
    const invoice = suite.fixtures.invoices[0]!;
    const other = invoice.fulfillment === 'Sent' ? 'Unsent' : 'Sent';
    const refused = ok(
      await desk.bridge.invoke('back-office:invoice-void', { ...refOf(invoice), fulfillment: other }),
    );
    expect(refused.outcome).toMatchObject({ result: 'refused', error: { kind: 'conflict' } });
    expect(refused.invoice.known).toBe('unknown');
    const applied = suite.sim.controls.stats().applied['PUT invoice/void'] ?? 0;
    expect(applied).toBe(0);

    const voided = ok(
      await desk.bridge.invoke('back-office:invoice-void', {
        ...refOf(invoice),
        fulfillment: invoice.fulfillment,
      }),
    );
    expect(voided.outcome.result).toBe('done');
  });

  it('says an unknown invoice number is not in DealPOS', async () => {
    desk = await openApp({ simulator: suite.sim });
    const answer = ok(
      await desk.bridge.invoke('back-office:invoice-void', {
        outlet: suite.fixtures.invoices[0]!.outlet,
        number: '2099.01.99999',
      }),
    );
    expect(answer.outcome).toMatchObject({ result: 'refused', error: { kind: 'bad-request' } });
    if (answer.outcome.result !== 'refused') return;
    expect(answer.outcome.error.dealposMessage).toMatch(/2099\.01\.99999 does not exist/);
  });

  it('shows the role DealPOS says is missing, for each of the three', async () => {
    desk = await openApp({ simulator: suite.sim, credentials: 'limited' });
    const ref = refOf(suite.fixtures.invoices[0]!);
    const answers = [
      ok(await desk.bridge.invoke('back-office:invoice-void', ref)),
      ok(await desk.bridge.invoke('back-office:invoice-restore', ref)),
      ok(await desk.bridge.invoke('back-office:invoice-erase', { ...ref, approval: testApproval })),
    ];
    const messages = answers.map((a) =>
      a.outcome.result === 'refused' && a.outcome.error.kind === 'forbidden'
        ? a.outcome.error.dealposMessage
        : null,
    );
    expect(messages).toEqual([
      'You must have "EDIT" role in "Sell" Module OR "VoidInvoice" role in "Orders" Module',
      'You must have "EDIT" role in "Sell" Module OR "EDIT" role in "Global" Module',
      'You must have "DELETE" role in "ORDER" Module OR "DELETE" role in "Global" Module',
    ]);
    expect(suite.sim.controls.stats().applied).toEqual({});
  });
});
