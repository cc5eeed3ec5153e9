import type { DealposClient } from '../dealpos/client.ts';
import type { Customer } from '../dealpos/schemas/customer.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { AuditLog } from './audit-log.ts';
import type { AuditResult, LockoutView, PinCheckAnswer } from './customer-channels.ts';
import { statusKindOf } from './customer-status.ts';
import { isOffline, rethrowForCounter } from './dealpos-failure.ts';
import type { LockoutStore } from './lockout-store.ts';
import { pinsMatch } from './pin-compare.ts';
import type { SeenCustomers } from './seen-customers.ts';

export interface PinCheckDeps {
  /** The connected account's client; throws `not-connected` before there is one. */
  client(): DealposClient;
  seen: SeenCustomers;
  lockouts: LockoutStore;
  audit: AuditLog;
  /** Epoch ms. */
  now(): number;
  /** The outlet this counter works for, for the log. */
  outlet(): string | null;
  log(message: string): void;
}

/**
 * The PIN check, in main: the lockout first (a locked customer costs no request), the customer's
 * status, then DealPOS's PIN, compared in constant time and dropped. Checks of one customer run
 * one after another, so a burst of parallel requests cannot slip past the wrong-PIN count.
 */
export class PinChecker {
  readonly #deps: PinCheckDeps;
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(deps: PinCheckDeps) {
    this.#deps = deps;
  }

  check(code: string, pin: string): Promise<PinCheckAnswer> {
    return this.#oneAtATime(code.trim().toLowerCase(), () => this.#check(code.trim(), pin));
  }

  /** An admin's clear: the lockout and the count of earlier ones are gone. */
  clearLockout(code: string, approver: string | null): LockoutView {
    const { lockouts, now } = this.#deps;
    lockouts.clear(code);
    this.#record(code, 'lockout-cleared', undefined, approver);
    return lockouts.view(code, now());
  }

  async #check(code: string, pin: string): Promise<PinCheckAnswer> {
    const { lockouts, now } = this.#deps;
    const client = this.#deps.client();

    const before = lockouts.view(code, now());
    if (before.lockedUntil !== null) {
      this.#record(code, 'locked', client);
      return { result: 'locked', until: before.lockedUntil };
    }

    const customer = await this.#customerWithId(client, code);
    const statusKind = statusKindOf(customer.status);
    if (statusKind !== 'active') {
      this.#record(customer.code, 'refused', client);
      return { result: 'refused', statusKind, status: customer.status };
    }

    let stored: string;
    try {
      // Fetched for this check only: it is never cached, logged or returned.
      stored = await client.customers.pin(customer.id);
    } catch (error) {
      this.#record(customer.code, isOffline(error) ? 'offline' : 'error', client);
      rethrowForCounter(error);
    }
    if (stored === '') {
      this.#record(customer.code, 'no-pin', client);
      return { result: 'no-pin' };
    }

    if (pinsMatch(pin, stored)) {
      lockouts.succeed(customer.code);
      this.#record(customer.code, 'verified', client);
      return { result: 'verified' };
    }
    const failure = lockouts.fail(customer.code, now());
    if (failure.locked) {
      this.#record(customer.code, 'locked-out', client);
      return { result: 'locked', until: failure.until };
    }
    this.#record(customer.code, 'wrong', client);
    return { result: 'wrong', attemptsLeft: failure.attemptsLeft };
  }

  /**
   * The customer with their DealPOS ID. A customer found by Email has none (DealPOS leaves it out
   * of that answer), so the check spends one more request, a Code lookup, the first time only.
   */
  async #customerWithId(client: DealposClient, code: string): Promise<Customer & { id: string }> {
    const known = this.#deps.seen.get(client, code)?.customer;
    if (known?.id !== undefined) return { ...known, id: known.id };
    let found: Customer;
    try {
      found = await client.customers.byCode(code);
    } catch (error) {
      if (isOffline(error)) this.#record(code, 'offline', client);
      rethrowForCounter(error);
    }
    const entry = this.#deps.seen.remember(client, found, this.#deps.now());
    const { id } = entry.customer;
    if (id === undefined) {
      throw new ServiceError('invalid-response', 'DealPOS did not say which customer this is (no ID).');
    }
    return { ...entry.customer, id };
  }

  #record(code: string, result: AuditResult, client?: DealposClient, approver: string | null = null): void {
    const { audit, now, outlet, log, seen } = this.#deps;
    const at = now();
    audit.append({
      at,
      outlet: outlet(),
      customerCode: code,
      result,
      ...(approver ? { approvedBy: approver } : {}),
    });
    if (client) seen.noteCheck(client, code, result, at);
    log(`customers: PIN check for ${code}: ${result}${approver ? ` (approved by ${approver})` : ''}`);
  }

  #oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(key) ?? Promise.resolve();
    const run = previous.then(task);
    const settled = run.catch(() => undefined);
    this.#queues.set(key, settled);
    void settled.then(() => {
      if (this.#queues.get(key) === settled) this.#queues.delete(key);
    });
    return run;
  }
}
