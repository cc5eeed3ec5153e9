import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, type SimControls, startSimulator } from '../../main/simulator/index.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { type SimCustomer, seededCustomers, wrongPin } from './counter.ts';

// Every message between the page and main, every log line and every stored byte of whole
// flows (a right PIN, a wrong one, a lockout, the log and its CSV), searched for the PINs
// DealPOS keeps and for the client secret.

let sim: RunningSimulator;
let counter: OpenApp;
let control: SimControls;
const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };

beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
  control = sim.controls;
  counter = await openApp({ simulator: sim, record: true, clock });
});
afterAll(async () => {
  await counter.close();
  await sim.close();
});

/** The PIN as a value of its own: not a run of digits inside a longer number (a timestamp). */
const standalone = (pin: string) => new RegExp(`(?<![0-9])${pin}(?![0-9])`);

/** Customers whose PIN shows nowhere else in what DealPOS says about customers, so a hit means a leak. */
async function distinctiveCustomers(count: number): Promise<SimCustomer[]> {
  const { active, all } = await seededCustomers(sim);
  const publicText = JSON.stringify(all.map(({ PIN: _pin, ...rest }) => rest));
  const picked = active.filter((c) => !standalone(c.PIN).test(publicText)).slice(0, count);
  if (picked.length < count) throw new Error('the seed has too few customers with a distinctive PIN');
  return picked;
}

describe('the PIN DealPOS keeps, and the client secret', () => {
  it('never reach the page, the log or the stores, in a right PIN, a wrong PIN and a lockout', async () => {
    const [right, wrong, locked] = await distinctiveCustomers(3);
    const flows = async () => {
      const { bridge } = counter;
      for (const customer of [right!, wrong!, locked!]) {
        await bridge.invoke('customers:find', { by: 'code', value: customer.Code });
        await bridge.invoke('customers:photo', { code: customer.Code });
      }
      await bridge.invoke('customers:find', { by: 'email', value: right!.Email });
      const results = [
        await bridge.invoke('customers:check-pin', { code: right!.Code, pin: right!.PIN }),
        await bridge.invoke('customers:check-pin', { code: wrong!.Code, pin: wrongPin(wrong!.PIN) }),
      ];
      for (let i = 0; i < 5; i++) {
        results.push(
          await bridge.invoke('customers:check-pin', { code: locked!.Code, pin: wrongPin(locked!.PIN) }),
        );
      }
      results.push(await bridge.invoke('customers:check-pin', { code: locked!.Code, pin: locked!.PIN }));
      await bridge.invoke('customers:recent');
      await bridge.invoke('customers:audit');
      await bridge.invoke('customers:audit-csv');
      await bridge.invoke('customers:clear-lockout', { code: locked!.Code, approval: testApproval });
      results.push(await bridge.invoke('customers:check-pin', { code: locked!.Code, pin: locked!.PIN }));
      return results.map((r) => (r.ok ? r.value.result : r.error.kind));
    };

    expect(await flows()).toEqual([
      'verified',
      'wrong',
      'wrong',
      'wrong',
      'wrong',
      'wrong',
      'locked',
      'locked',
      'verified',
    ]);
    // Not a vacuous pass: main did fetch the PINs it compared (one per check that reached DealPOS).
    expect(control.requests('GET customer/pin')).toBe(8);

    const secret = sim.credentials.full.clientSecret;
    const toPage = counter.messages.filter((m) => m.direction === 'to-page');
    const toMain = counter.messages.filter((m) => m.direction === 'to-main');
    expect(toPage.length).toBeGreaterThan(20);
    expect(toPage.some((m) => m.channel === 'quota:changed')).toBe(true);

    for (const customer of [right!, wrong!, locked!]) {
      const pin = standalone(customer.PIN);
      for (const message of toPage) {
        expect(JSON.stringify(message.payload), `${message.channel} to the page`).not.toMatch(pin);
      }
      for (const line of counter.logs) expect(line).not.toMatch(pin);
      for (const [name, store] of counter.stores) {
        expect(JSON.stringify(store.read()) ?? '', `store ${name}`).not.toMatch(pin);
      }
    }

    // The secret crosses once, when the admin connects (the page must send it to main); never again.
    for (const message of counter.messages) {
      const crossing = JSON.stringify(message.payload) ?? '';
      if (message.direction === 'to-main' && message.channel === 'connection:save') continue;
      expect(crossing, `${message.direction} ${message.channel}`).not.toContain(secret);
    }
    expect(
      toMain.filter((m) => (JSON.stringify(m.payload) ?? '').includes(secret)).map((m) => m.channel),
    ).toEqual(['connection:save']);
    for (const line of counter.logs) expect(line).not.toContain(secret);
    // The log did record the checks, so the search above looked at something.
    expect(counter.logs.some((line) => line.includes(`PIN check for ${locked!.Code}: locked-out`))).toBe(
      true,
    );
    expect(counter.logs.some((line) => line.includes('Customer/PIN'))).toBe(true);
  });
});
