import { describe, expect, it } from 'vitest';
import { testApproval } from '../support/manager-approval.ts';
import type { FeatureStores, OpenApp } from '../support/open-app.ts';
import { type SimCustomer, wrongPin } from './counter.ts';
import { counterSuite } from './counter-suite.ts';

// The PIN check from the page's bridge through the real handlers to the simulator over HTTP,
// on a clock the test moves (context.now), with feature stores that outlive a "restart".

const minute = 60_000;
const suite = counterSuite();

async function check(counter: OpenApp, customer: SimCustomer, pin: string) {
  const answer = await counter.bridge.invoke('customers:check-pin', { code: customer.Code, pin });
  if (!answer.ok) throw new Error(`${answer.error.kind}: ${answer.error.message}`);
  return answer.value;
}

async function wrongTimes(counter: OpenApp, customer: SimCustomer, times: number) {
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await check(counter, customer, wrongPin(customer.PIN)));
  return answers;
}

describe('the PIN check', () => {
  it('says verified for the right PIN', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const customer = suite.customers.active[0]!;
    await counter.bridge.invoke('customers:find', { by: 'code', value: customer.Code });
    expect(await check(counter, customer, customer.PIN)).toEqual({ result: 'verified' });
  });

  it('says wrong for a wrong PIN, with the attempts left', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const customer = suite.customers.active[0]!;
    expect(await wrongTimes(counter, customer, 3)).toEqual([
      { result: 'wrong', attemptsLeft: 4 },
      { result: 'wrong', attemptsLeft: 3 },
      { result: 'wrong', attemptsLeft: 2 },
    ]);
    const card = await counter.bridge.invoke('customers:find', { by: 'code', value: customer.Code });
    expect(card.ok && card.value?.lockout).toEqual({ lockedUntil: null, attemptsLeft: 2 });
  });

  it('takes a shorter or longer PIN as wrong, not as an error', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const customer = suite.customers.active[0]!;
    expect(await check(counter, customer, customer.PIN.slice(0, 4))).toEqual({
      result: 'wrong',
      attemptsLeft: 4,
    });
    expect(await check(counter, customer, `${customer.PIN}00`)).toEqual({ result: 'wrong', attemptsLeft: 3 });
  });

  it('a wrong PIN five times locks the customer for 5 minutes, even for the right PIN, without asking DealPOS', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[1]!;
    const answers = await wrongTimes(counter, customer, 5);
    expect(answers.at(-1)).toEqual({ result: 'locked', until: clock.now + 5 * minute });

    const pinRequests = suite.control.requests('GET customer/pin');
    clock.now += 4 * minute + 59_000;
    expect(await check(counter, customer, customer.PIN)).toEqual({
      result: 'locked',
      until: clock.now + 1000,
    });
    expect(suite.control.requests('GET customer/pin')).toBe(pinRequests);

    clock.now += 1000;
    expect(await check(counter, customer, customer.PIN)).toEqual({ result: 'verified' });
  });

  it('gives five fresh attempts after a lockout ends, and locks twice as long each time (5, 10, 20 minutes)', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[2]!;
    for (const length of [5, 10, 20, 40]) {
      const answers = await wrongTimes(counter, customer, 5);
      expect(answers.slice(0, 4).map((a) => a.result)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
      expect(answers[4]).toEqual({ result: 'locked', until: clock.now + length * minute });
      clock.now += length * minute;
    }
  });

  it('a right PIN starts the customer over: the next lockout is 5 minutes again', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[3]!;
    await wrongTimes(counter, customer, 5);
    clock.now += 5 * minute;
    expect(await check(counter, customer, customer.PIN)).toEqual({ result: 'verified' });
    const answers = await wrongTimes(counter, customer, 5);
    expect(answers[0]).toEqual({ result: 'wrong', attemptsLeft: 4 });
    expect(answers[4]).toEqual({ result: 'locked', until: clock.now + 5 * minute });
  });

  it('keeps a lockout and the wrong-PIN count over a restart of the app', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const stores: FeatureStores = new Map();
    const before = await suite.counterAt(clock, stores);
    const locked = suite.customers.active[0]!;
    const counted = suite.customers.active[1]!;
    await wrongTimes(before, locked, 5);
    await wrongTimes(before, counted, 2);
    await suite.restart(before);

    const after = await suite.counterAt(clock, stores);
    expect(await check(after, locked, locked.PIN)).toEqual({
      result: 'locked',
      until: clock.now + 5 * minute,
    });
    expect(await check(after, counted, wrongPin(counted.PIN))).toEqual({ result: 'wrong', attemptsLeft: 2 });
    // The doubling survives too.
    clock.now += 5 * minute;
    const again = await wrongTimes(after, locked, 5);
    expect(again[4]).toEqual({ result: 'locked', until: clock.now + 10 * minute });
  });

  it('lets an admin clear a lockout, and the next one is 5 minutes again', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[4]!;
    await wrongTimes(counter, customer, 5);
    clock.now += 5 * minute;
    await wrongTimes(counter, customer, 5); // 10 minutes now
    const cleared = await counter.bridge.invoke('customers:clear-lockout', {
      code: customer.Code.toLowerCase(),
      approval: testApproval,
    });
    expect(cleared).toEqual({ ok: true, value: { lockedUntil: null, attemptsLeft: 5 } });
    expect(await check(counter, customer, customer.PIN)).toEqual({ result: 'verified' });
    const answers = await wrongTimes(counter, customer, 5);
    expect(answers[4]).toEqual({ result: 'locked', until: clock.now + 5 * minute });
  });

  it('counts every wrong PIN of a burst sent at once: a sixth gets no DealPOS request', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const customer = suite.customers.active[0]!;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        counter.bridge.invoke('customers:check-pin', { code: customer.Code, pin: wrongPin(customer.PIN) }),
      ),
    );
    const results = answers.map((a) => (a.ok ? a.value.result : a.error.kind));
    expect(results).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked', 'locked', 'locked', 'locked']);
    expect(suite.control.requests('GET customer/pin')).toBe(5);
  });

  it('refuses a check for an inactive or a suspended customer, with no PIN request', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    expect(await check(counter, suite.customers.inactive, suite.customers.inactive.PIN)).toEqual({
      result: 'refused',
      statusKind: 'inactive',
      status: 'Inactive',
    });
    expect(await check(counter, suite.customers.suspended, suite.customers.suspended.PIN)).toEqual({
      result: 'refused',
      statusKind: 'suspended',
      status: 'Suspended',
    });
    expect(suite.control.requests('GET customer/pin')).toBe(0);
  });

  it('says it needs the network when DealPOS cannot be reached, and counts no attempt', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const customer = suite.customers.active[0]!;
    await counter.bridge.invoke('customers:find', { by: 'code', value: customer.Code });
    suite.control.faults(['drop', 'drop', 'drop']);
    const answer = await counter.bridge.invoke('customers:check-pin', {
      code: customer.Code,
      pin: customer.PIN,
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.kind).toBe('offline');
    expect(answer.error.message).toMatch(/DealPOS cannot be reached/);
    expect(await check(counter, customer, wrongPin(customer.PIN))).toEqual({
      result: 'wrong',
      attemptsLeft: 4,
    });
  });

  it('passes on DealPOS refusals as they are: a suspended account', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const customer = suite.customers.active[0]!;
    await counter.bridge.invoke('customers:find', { by: 'code', value: customer.Code });
    suite.control.config({ suspended: true });
    const answer = await counter.bridge.invoke('customers:check-pin', {
      code: customer.Code,
      pin: customer.PIN,
    });
    expect(answer.ok ? answer.value.result : answer.error.kind).toBe('suspended');
  });

  it('refuses a PIN that is not 4 to 8 digits, and unknown fields, before any request', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const code = suite.customers.active[0]!.Code;
    for (const input of [
      { code, pin: '123' },
      { code, pin: '123456789' },
      { code, pin: '12a456' },
      { code, pin: ' 123456' },
      { code, pin: 123456 },
      { code, pin: '123456', storedPin: '123456' },
      { code: '', pin: '123456' },
    ]) {
      // biome-ignore lint/suspicious/noExplicitAny: a hostile page sends anything
      const answer = await counter.bridge.invoke('customers:check-pin', input as any);
      expect(answer.ok ? 'accepted' : answer.error.kind, JSON.stringify(input)).toBe('invalid-input');
    }
    expect(suite.control.requests('GET customer/pin')).toBe(0);
    expect(suite.control.requests('GET customer/code')).toBe(0);
  });

  it('says so when there is no such customer', async () => {
    const counter = await suite.counterAt({ now: Date.now() });
    const answer = await counter.bridge.invoke('customers:check-pin', { code: 'NOPE-404', pin: '123456' });
    expect(answer.ok ? 'checked' : answer.error.kind).toBe('bad-request');
    expect(suite.control.requests('GET customer/pin')).toBe(0);
  });
});
