import { describe, expect, it } from 'vitest';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

// The shipping desk: a courier's tracking number and logistic service on a sales order.

let desk: OpenApp;
const suite = simulatorSuite({}, () => desk?.close());

describe('sales order reference numbers', () => {
  it('records the tracking number and service of an order, which DealPOS then holds', async () => {
    desk = await openApp({ simulator: suite.sim });
    const order =
      suite.fixtures.salesOrders.find((o) => o.referenceNumber === null) ?? suite.fixtures.salesOrders[0]!;
    const outcome = ok(
      await desk.bridge.invoke('back-office:order-reference', {
        outlet: order.outlet,
        number: order.number,
        referenceNumber: 'JP1234567890',
        logisticServiceCode: 'JNE-REG',
      }),
    );
    expect(outcome).toMatchObject({
      result: 'done',
      dealposMessage: `reference number for sales order ${order.number} has been updated`,
    });
    const stored = suite.sim.controls.fixtures().salesOrders.find((o) => o.number === order.number);
    expect(stored).toMatchObject({ referenceNumber: 'JP1234567890', logisticServiceCode: 'JNE-REG' });
  });

  it('changes only the service when only the service is given', async () => {
    desk = await openApp({ simulator: suite.sim });
    const order = suite.fixtures.salesOrders.find((o) => o.referenceNumber !== null)!;
    ok(
      await desk.bridge.invoke('back-office:order-reference', {
        outlet: order.outlet,
        number: order.number,
        logisticServiceCode: 'GOSEND',
      }),
    );
    const stored = suite.sim.controls.fixtures().salesOrders.find((o) => o.number === order.number);
    expect(stored).toMatchObject({ referenceNumber: order.referenceNumber, logisticServiceCode: 'GOSEND' });
  });

  it('says an unknown order is not in DealPOS, and a user without the role what role it needs', async () => {
    desk = await openApp({ simulator: suite.sim });
    const unknown = ok(
      await desk.bridge.invoke('back-office:order-reference', {
        outlet: suite.fixtures.salesOrders[0]!.outlet,
        number: 'SO/2099/01/9999',
        referenceNumber: 'X1',
      }),
    );
    expect(unknown).toMatchObject({ result: 'refused', error: { kind: 'bad-request' } });
    await desk.close();

    desk = await openApp({ simulator: suite.sim, credentials: 'limited' });
    const forbidden = ok(
      await desk.bridge.invoke('back-office:order-reference', {
        outlet: suite.fixtures.salesOrders[0]!.outlet,
        number: suite.fixtures.salesOrders[0]!.number,
        referenceNumber: 'X1',
      }),
    );
    expect(forbidden).toMatchObject({
      result: 'refused',
      error: { kind: 'forbidden', dealposMessage: 'You must have "EDIT" role in "Sell" Module' },
    });
  });

  it('sends a batch of pairs one request each, all at interactive priority, none resent', async () => {
    desk = await openApp({ simulator: suite.sim });
    const pairs = suite.fixtures.salesOrders.slice(0, 6).map((o, i) => ({
      outlet: o.outlet,
      number: o.number,
      referenceNumber: `JX${1000 + i}`,
      logisticServiceCode: 'JNT-EZ',
    }));
    // As the shipping desk sends them: each as its pair completes, without waiting for the last.
    const outcomes = await Promise.all(
      pairs.map(async (pair) => ok(await desk.bridge.invoke('back-office:order-reference', pair))),
    );
    expect(outcomes.map((o) => o.result)).toEqual(pairs.map(() => 'done'));
    const stats = suite.sim.controls.stats();
    expect(stats.byRoute['PUT salesorder/referencenumber']).toBe(6);
    const lanes = desk.logs
      .filter((l) => l.includes('SalesOrder/ReferenceNumber'))
      .map((l) => JSON.parse(l).lane);
    expect(lanes).toEqual(pairs.map(() => 'interactive'));
  });
});
