import { describe, expect, it } from 'vitest';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

// A write whose connection drops is never sent again: DealPOS may have applied it ("drop-after"
// commits, then kills the connection) or not ("drop" kills it first), and nobody at the desk can
// tell which. The answer says so, and the activity log keeps it as uncertain.

let desk: OpenApp;
const suite = simulatorSuite({}, () => desk?.close());

type Fault = 'drop' | 'drop-after';

const cases: { fault: Fault; applied: number }[] = [
  { fault: 'drop', applied: 0 },
  { fault: 'drop-after', applied: 1 },
];

describe.each(cases)('a write hit by "$fault"', ({ fault, applied }) => {
  it('voids once and reports "not sure it went through"', async () => {
    desk = await openApp({ simulator: suite.sim });
    const invoice = suite.fixtures.invoices[0]!;
    suite.sim.controls.faults([fault]);
    const answer = ok(
      await desk.bridge.invoke('back-office:invoice-void', {
        outlet: invoice.outlet,
        number: invoice.number,
      }),
    );
    expect(answer.outcome.result).toBe('uncertain');
    if (answer.outcome.result !== 'uncertain') return;
    expect(answer.outcome.error.kind).toBe('network');
    expect(answer.outcome.error.message).toMatch(/Check in DealPOS before trying again/);
    // What the screen knew before is stale now.
    expect(answer.invoice.known).toBe('unknown');

    const stats = suite.sim.controls.stats();
    expect(stats.byRoute['PUT invoice/void']).toBe(1);
    expect(stats.applied['PUT invoice/void'] ?? 0).toBe(applied);

    const log = ok(await desk.bridge.invoke('back-office:activity', { limit: 10 }));
    expect(log.entries[0]).toMatchObject({
      action: 'invoice-void',
      document: invoice.number,
      result: 'uncertain',
    });
  });

  it('sets an order reference once and reports it as uncertain', async () => {
    desk = await openApp({ simulator: suite.sim });
    const order = suite.fixtures.salesOrders[0]!;
    suite.sim.controls.faults([fault]);
    const outcome = ok(
      await desk.bridge.invoke('back-office:order-reference', {
        outlet: order.outlet,
        number: order.number,
        referenceNumber: 'JP9',
      }),
    );
    expect(outcome.result).toBe('uncertain');
    const stats = suite.sim.controls.stats();
    expect(stats.byRoute['PUT salesorder/referencenumber']).toBe(1);
    expect(stats.applied['PUT salesorder/referencenumber'] ?? 0).toBe(applied);
  });

  it('updates a variant once, reports it as uncertain, and reads nothing back', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = suite.fixtures.sampleVariantCodes[0]!;
    suite.sim.controls.faults([fault]);
    const outcome = ok(await desk.bridge.invoke('back-office:variant-update', { code, unitPrice: 12345 }));
    expect(outcome.result).toBe('uncertain');
    const stats = suite.sim.controls.stats();
    expect(stats.byRoute['PUT variant']).toBe(1);
    expect(stats.applied['PUT variant'] ?? 0).toBe(applied);
    expect(stats.byRoute['GET variant/detail'] ?? 0).toBe(0);
  });

  it('deletes a variant once and erases an invoice once', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = suite.fixtures.sampleVariantCodes[1]!;
    const invoice = suite.fixtures.invoices[1]!;
    ok(
      await desk.bridge.invoke('back-office:invoice-void', {
        outlet: invoice.outlet,
        number: invoice.number,
      }),
    );
    suite.sim.controls.faults([fault, fault]);
    expect(
      ok(await desk.bridge.invoke('back-office:variant-delete', { code, approval: testApproval })).result,
    ).toBe('uncertain');
    const erase = ok(
      await desk.bridge.invoke('back-office:invoice-erase', {
        outlet: invoice.outlet,
        number: invoice.number,
        approval: testApproval,
      }),
    );
    expect(erase.outcome.result).toBe('uncertain');
    const stats = suite.sim.controls.stats();
    expect(stats.byRoute['DELETE variant']).toBe(1);
    expect(stats.byRoute['DELETE invoice/erase']).toBe(1);
    expect(stats.applied['DELETE invoice/erase'] ?? 0).toBe(applied);
  });
});

describe('other answers without a clear outcome', () => {
  it('a 503 on a write is uncertain too, and sent once', async () => {
    desk = await openApp({ simulator: suite.sim });
    const invoice = suite.fixtures.invoices[0]!;
    suite.sim.controls.faults([503]);
    const answer = ok(
      await desk.bridge.invoke('back-office:invoice-restore', {
        outlet: invoice.outlet,
        number: invoice.number,
      }),
    );
    expect(answer.outcome).toMatchObject({ result: 'uncertain', error: { kind: 'server' } });
    expect(suite.sim.controls.stats().byRoute['PUT invoice/restore']).toBe(1);
  });
});
