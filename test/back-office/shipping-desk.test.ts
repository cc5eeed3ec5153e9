import { describe, expect, it } from 'vitest';
import {
  batchSummary,
  createShippingStore,
  type ShippingStore,
} from '../../renderer/src/back-office/shipping-store.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

// The page's shipping-desk store, driven as the scanner drives it (the keys themselves are
// pressed in the Chromium test), over the real bridge, handlers and simulator.

let desk: OpenApp;
const suite = simulatorSuite({ variants: 50 }, () => desk?.close());

/** Waits until no pair is on its way any more. */
async function settled(store: ShippingStore): Promise<void> {
  for (let i = 0; i < 200 && batchSummary(store.getState().rows).sending > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the shipping desk batch', () => {
  it('sends each pair as its tracking barcode is scanned, without waiting for the one before', async () => {
    desk = await openApp({ simulator: suite.sim });
    const store = createShippingStore(desk.bridge);
    const orders = suite.fixtures.salesOrders.filter((o) => o.outlet === desk.outlet);
    store.getState().setField('service', 'SICEPAT-REG');
    store.getState().startBatch();
    const { scan } = store.getState();
    scan(desk.outlet, orders[0]!.number);
    expect(store.getState().pendingOrder).toBe(orders[0]!.number);
    scan(desk.outlet, 'TRK-1');
    // On its way already, and the desk is ready for the next order.
    expect(store.getState().rows[0]).toMatchObject({ number: orders[0]!.number, state: 'sending' });
    expect(store.getState().pendingOrder).toBeNull();
    scan(desk.outlet, orders[1]!.number);
    scan(desk.outlet, 'TRK-2');
    await settled(store);
    expect(batchSummary(store.getState().rows)).toEqual({ done: 2, refused: 0, uncertain: 0, sending: 0 });
    const after = suite.sim.controls.fixtures().salesOrders;
    expect(after.find((o) => o.number === orders[1]!.number && o.outlet === desk.outlet)).toMatchObject({
      referenceNumber: 'TRK-2',
      logisticServiceCode: 'SICEPAT-REG',
    });
  });

  it('catches a barcode read twice instead of sending it', async () => {
    desk = await openApp({ simulator: suite.sim });
    const store = createShippingStore(desk.bridge);
    const order = suite.fixtures.salesOrders.find((o) => o.outlet === desk.outlet)!;
    store.getState().startBatch();
    const { scan } = store.getState();
    scan(desk.outlet, order.number);
    scan(desk.outlet, order.number.toLowerCase());
    expect(store.getState()).toMatchObject({ problem: 'same-code', pendingOrder: order.number, rows: [] });
    scan(desk.outlet, 'TRK-9');
    scan(desk.outlet, 'TRK-9');
    expect(store.getState()).toMatchObject({ problem: 'tracking-as-order', pendingOrder: null });
    expect(store.getState().rows).toHaveLength(1);
    store.getState().forgetPending();
    expect(store.getState().problem).toBeNull();
    await settled(store);
  });

  it('notes an order given a second tracking number, and marks a dropped pair "not sure" without resending it', async () => {
    desk = await openApp({ simulator: suite.sim });
    const store = createShippingStore(desk.bridge);
    const order = suite.fixtures.salesOrders.find((o) => o.outlet === desk.outlet)!;
    store.getState().startBatch();
    const { scan } = store.getState();
    scan(desk.outlet, order.number);
    scan(desk.outlet, 'TRK-A');
    await settled(store);
    suite.sim.controls.faults(['drop']);
    scan(desk.outlet, order.number);
    scan(desk.outlet, 'TRK-B');
    await settled(store);
    const [second] = store.getState().rows;
    expect(second).toMatchObject({ replaces: 'TRK-A', outcome: { result: 'uncertain' } });
    expect(suite.sim.controls.stats().byRoute['PUT salesorder/referencenumber']).toBe(2);
  });

  it('one order: nothing is sent without a reference or a service, and the fields empty after a yes', async () => {
    desk = await openApp({ simulator: suite.sim });
    const store = createShippingStore(desk.bridge);
    const order = suite.fixtures.salesOrders.find((o) => o.outlet === desk.outlet)!;
    store.getState().setField('number', order.number);
    expect(await store.getState().sendSingle(desk.outlet)).toBe(false);
    store.getState().setField('reference', ' JP-55 ');
    store.getState().setField('service', 'GOSEND');
    expect(await store.getState().sendSingle(desk.outlet)).toBe(true);
    expect(store.getState()).toMatchObject({
      number: '',
      reference: '',
      service: 'GOSEND',
      last: { referenceNumber: 'JP-55', outcome: { result: 'done' } },
    });
  });
});
