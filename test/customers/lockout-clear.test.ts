import { describe, expect, it } from 'vitest';
import { passcodeAlone, testApproval } from '../support/manager-approval.ts';
import type { OpenApp } from '../support/open-app.ts';
import { type SimCustomer, wrongPin } from './counter.ts';
import { counterSuite } from './counter-suite.ts';

// Issue #12, finding 2: a customer's PIN lock could be cleared by anyone, so "5 tries, clear,
// 5 tries" guessed a PIN. Through the page's bridge, the real dispatcher and handlers, and the
// simulator over HTTP, on a clock the test moves.

const minute = 60_000;
const suite = counterSuite();

async function check(counter: OpenApp, code: string, pin: string) {
  const answer = await counter.bridge.invoke('customers:check-pin', { code, pin });
  if (!answer.ok) throw new Error(`${answer.error.kind}: ${answer.error.message}`);
  return answer.value;
}

/** Other ways a cashier may type the same member code: lower case, upper case, with spaces around. */
const spellings = (code: string) => [
  code.toLowerCase(),
  code.toUpperCase(),
  `  ${code.toLowerCase()} `,
  ` ${code}`,
];

async function lockOut(counter: OpenApp, customer: SimCustomer) {
  for (let i = 0; i < 5; i++) await check(counter, customer.Code, wrongPin(customer.PIN));
}

async function cleared(counter: OpenApp) {
  const page = await counter.bridge.invoke('customers:audit', { limit: 100 });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.entries.filter((entry) => entry.result === 'lockout-cleared');
}

describe('a customer PIN lock', () => {
  it('holds for every spelling of the member code, and wrong PINs under any spelling count together', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[2]!;
    const [lower, upper, spaced] = spellings(customer.Code);
    // Two wrong under one spelling, three under others: five in all lock the customer.
    await check(counter, lower!, wrongPin(customer.PIN));
    await check(counter, upper!, wrongPin(customer.PIN));
    await check(counter, spaced!, wrongPin(customer.PIN));
    await check(counter, customer.Code, wrongPin(customer.PIN));
    expect(await check(counter, lower!, wrongPin(customer.PIN))).toEqual({
      result: 'locked',
      until: clock.now + 5 * minute,
    });

    const pinReads = suite.control.requests('GET customer/pin');
    for (const code of spellings(customer.Code)) {
      // The right PIN under another spelling is refused without asking DealPOS for the PIN.
      expect(await check(counter, code, customer.PIN)).toEqual({
        result: 'locked',
        until: clock.now + 5 * minute,
      });
    }
    expect(suite.control.requests('GET customer/pin')).toBe(pinReads);
  });
});

describe('clearing a customer PIN lock', () => {
  it('is refused without the manager passcode or with a wrong one, and changes nothing', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 8, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[3]!;
    await lockOut(counter, customer);

    const without = await counter.bridge.invoke('customers:clear-lockout', { code: customer.Code });
    expect(without).toMatchObject({ ok: false, error: { kind: 'approval-required' } });
    const wrong = await counter.bridge.invoke('customers:clear-lockout', {
      code: customer.Code,
      approval: { ...testApproval, passcode: '8642' },
    });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'approval-refused' } });

    expect(await check(counter, customer.Code, customer.PIN)).toEqual({
      result: 'locked',
      until: clock.now + 5 * minute,
    });
    expect(await cleared(counter)).toEqual([]);
    // The refusals are in the app log, without the passcode that was tried.
    expect(counter.logs.filter((line) => line.includes('customers:clear-lockout refused'))).toHaveLength(2);
    expect(counter.logs.join('\n')).not.toContain('8642');
  });

  it('works with the manager passcode under any spelling, and the log names who approved it', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 9, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[4]!;
    await lockOut(counter, customer);

    const answer = await counter.bridge.invoke('customers:clear-lockout', {
      code: ` ${customer.Code.toLowerCase()} `,
      approval: testApproval,
    });
    expect(answer).toEqual({ ok: true, value: { lockedUntil: null, attemptsLeft: 5 } });
    expect(await check(counter, customer.Code.toUpperCase(), customer.PIN)).toEqual({ result: 'verified' });

    const [entry] = await cleared(counter);
    expect(entry).toMatchObject({ approvedBy: testApproval.approver, result: 'lockout-cleared' });
    // The passcode is in no log line and no store: only the page ever had it.
    expect(counter.logs.some((line) => line.includes(`approved by ${testApproval.approver}`))).toBe(true);
    expect(counter.logs.join('\n')).not.toMatch(passcodeAlone);
    for (const store of counter.stores.values()) {
      expect(JSON.stringify(store.read())).not.toContain(`"${testApproval.passcode}"`);
    }
  });

  it('locks the manager passcode after five wrong tries: the right one waits out the lock too', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 10, 0) };
    const counter = await suite.counterAt(clock);
    const customer = suite.customers.active[0]!;
    await lockOut(counter, customer);
    const clear = (passcode: string) =>
      counter.bridge.invoke('customers:clear-lockout', {
        code: customer.Code,
        approval: { ...testApproval, passcode },
      });

    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await clear(`99${i}9`);
      kinds.push(answer.ok ? 'ok' : answer.error.kind);
    }
    expect(kinds).toEqual([
      'approval-refused',
      'approval-refused',
      'approval-refused',
      'approval-refused',
      'approval-locked',
    ]);
    expect(await clear(testApproval.passcode)).toMatchObject({
      ok: false,
      error: { kind: 'approval-locked' },
    });
    expect(await counter.bridge.invoke('manager:status')).toEqual({
      ok: true,
      value: { passcodeSet: true, lockedUntil: clock.now + 5 * minute, triesLeft: 0 },
    });
    expect(await cleared(counter)).toEqual([]);

    clock.now += 5 * minute;
    expect(await clear(testApproval.passcode)).toMatchObject({ ok: true });
    expect(await cleared(counter)).toHaveLength(1);
  });
});
