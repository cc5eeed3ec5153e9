import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { type CustomersStore, createCustomersStore } from '../../renderer/src/customers/customers-store.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { seededCustomers, wrongPin } from './counter.ts';

// The page's store for the Customers screen, driven as the keypad drives it, over the real
// bridge, handlers and simulator. The keys themselves are pressed in the Chromium test.

let sim: RunningSimulator;
let counter: OpenApp;
let customers: Awaited<ReturnType<typeof seededCustomers>>;

beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
  customers = await seededCustomers(sim);
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  await counter.close();
  sim.controls.reset();
});

async function freshStore(): Promise<CustomersStore> {
  counter = await openApp({ simulator: sim, record: true });
  return createCustomersStore(counter.bridge);
}

const type = (store: CustomersStore, digits: string) => {
  for (const digit of digits) store.getState().typeDigit(digit);
};

describe('the Customers screen store', () => {
  it('finds a customer, takes a wrong PIN then the right one, and lists them for the shift', async () => {
    const store = await freshStore();
    const customer = customers.active[0]!;
    store.getState().setQuery(` ${customer.Code} `);
    await store.getState().find();
    expect(store.getState().card?.code).toBe(customer.Code);

    type(store, wrongPin(customer.PIN));
    expect(store.getState().pin).toHaveLength(customer.PIN.length);
    await store.getState().submitPin();
    expect(store.getState().pin).toBe('');
    expect(store.getState().outcome).toEqual({ result: 'wrong', attemptsLeft: 4 });
    expect(store.getState().card?.lockout).toEqual({ lockedUntil: null, attemptsLeft: 4 });

    type(store, customer.PIN);
    expect(store.getState().outcome).toBeNull(); // the next try clears the last answer
    await store.getState().submitPin();
    expect(store.getState().outcome).toEqual({ result: 'verified' });
    expect(store.getState().recent.map((r) => r.card.code)).toEqual([customer.Code]);
    expect(store.getState().recent[0]?.lastCheck?.result).toBe('verified');
  });

  it('takes 4 to 8 digits only, and sends nothing shorter', async () => {
    const store = await freshStore();
    const customer = customers.active[0]!;
    await store.getState().find({ by: 'code', value: customer.Code });
    type(store, '123456789x');
    expect(store.getState().pin).toBe('12345678');
    store.getState().clearPin();
    type(store, '123');
    await store.getState().submitPin();
    expect(store.getState().outcome).toBeNull();
    expect(store.getState().pin).toBe('123');
    store.getState().backspace();
    expect(store.getState().pin).toBe('12');
    expect(sim.controls.requests('GET customer/pin')).toBe(0);
  });

  it('after five wrong PINs shows the lock, takes no more digits, and an admin can clear it', async () => {
    const store = await freshStore();
    const customer = customers.active[1]!;
    await store.getState().find({ by: 'code', value: customer.Code });
    for (let i = 0; i < 5; i++) {
      type(store, wrongPin(customer.PIN));
      await store.getState().submitPin();
    }
    const { outcome, card } = store.getState();
    expect(outcome?.result).toBe('locked');
    expect(card?.lockout.lockedUntil).toBeGreaterThan(Date.now() + 4 * 60_000);
    type(store, customer.PIN);
    expect(store.getState().pin).toBe('');

    // Without the manager passcode nothing is cleared, and the card does not show the refusal.
    expect(await store.getState().clearLockout({ ...testApproval, passcode: '0000' })).toMatchObject({
      kind: 'approval-refused',
    });
    expect(store.getState().card?.lockout.lockedUntil).not.toBeNull();
    expect(store.getState().clearError).toBeNull();
    expect(await store.getState().clearLockout(testApproval)).toBeNull();
    expect(store.getState().card?.lockout).toEqual({ lockedUntil: null, attemptsLeft: 5 });
    type(store, customer.PIN);
    await store.getState().submitPin();
    expect(store.getState().outcome).toEqual({ result: 'verified' });
  });

  it('says who was not found, and keeps the PIN DealPOS has out of the page', async () => {
    const store = await freshStore();
    await store.getState().find({ by: 'phone', value: '0899 0000 0000' });
    expect(store.getState().notFound).toEqual({ by: 'phone', value: '0899 0000 0000' });
    expect(store.getState().card).toBeNull();

    const customer = customers.active[2]!;
    await store.getState().find({ by: 'email', value: customer.Email });
    type(store, customer.PIN);
    await store.getState().submitPin();
    store.getState().setView('log');
    await store.getState().loadAudit();
    expect(store.getState().audit?.entries[0]).toMatchObject({
      customerCode: customer.Code,
      result: 'verified',
    });
    expect(JSON.stringify(store.getState())).not.toMatch(new RegExp(`(?<![0-9])${customer.PIN}(?![0-9])`));
  });

  it('shows that the check needs the network when DealPOS cannot be reached', async () => {
    const store = await freshStore();
    const customer = customers.active[0]!;
    await store.getState().find({ by: 'code', value: customer.Code });
    sim.controls.faults(['drop', 'drop', 'drop']);
    type(store, customer.PIN);
    await store.getState().submitPin();
    const { outcome } = store.getState();
    expect(outcome?.result === 'failed' && outcome.error.kind).toBe('offline');
  });
});
