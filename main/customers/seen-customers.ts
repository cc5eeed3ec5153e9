import type { DealposClient } from '../dealpos/client.ts';
import type { Customer } from '../dealpos/schemas/customer.ts';
import type { AuditResult } from './customer-channels.ts';

export interface SeenCustomer {
  customer: Customer;
  lookedUpAt: number;
  lastCheck: { result: AuditResult; at: number } | null;
}

/** Enough for a shift at one counter; the oldest are forgotten first. */
const capacity = 50;

const keyOf = (code: string) => code.trim().toLowerCase();

/**
 * Customers looked up since the app started, in main's memory only: for the page's "this
 * shift" list, for the photo URL (the page never sends a URL to fetch) and for the ID a PIN
 * check needs. Each belongs to the DealPOS client that found it, so switching stores (demo to
 * live) never mixes two stores' customers. Never a PIN.
 */
export class SeenCustomers {
  readonly #byClient = new WeakMap<DealposClient, Map<string, SeenCustomer>>();

  remember(client: DealposClient, customer: Customer, at: number): SeenCustomer {
    const seen = this.#of(client);
    const key = keyOf(customer.code);
    const earlier = seen.get(key);
    seen.delete(key);
    const entry: SeenCustomer = {
      // An Email answer has no ID: keep the one an earlier Code lookup found, if any.
      customer: { ...customer, id: customer.id ?? earlier?.customer.id },
      lookedUpAt: at,
      lastCheck: earlier?.lastCheck ?? null,
    };
    seen.set(key, entry);
    if (seen.size > capacity) {
      const oldest = seen.keys().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    return entry;
  }

  get(client: DealposClient, code: string): SeenCustomer | undefined {
    return this.#of(client).get(keyOf(code));
  }

  noteCheck(client: DealposClient, code: string, result: AuditResult, at: number): void {
    const entry = this.get(client, code);
    if (entry) entry.lastCheck = { result, at };
  }

  /** Newest lookup first. */
  list(client: DealposClient): SeenCustomer[] {
    return [...this.#of(client).values()].reverse();
  }

  #of(client: DealposClient): Map<string, SeenCustomer> {
    let seen = this.#byClient.get(client);
    if (!seen) {
      seen = new Map();
      this.#byClient.set(client, seen);
    }
    return seen;
  }
}
