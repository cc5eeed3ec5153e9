import { z } from 'zod';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import type { LockoutView } from './customer-channels.ts';

/** Wrong PINs allowed in a row before a lockout. */
export const maxAttempts = 5;
/** The first lockout; each one after it lasts twice as long as the one before. */
export const firstLockoutMs = 5 * 60_000;
/** However many lockouts came before, none lasts longer than a day. */
export const longestLockoutMs = 24 * 60 * 60_000;

const recordSchema = z.object({
  /** Wrong PINs since the last lockout, right PIN or clear. */
  failures: z.number().int().min(0),
  /** Lockouts so far; the next lasts firstLockoutMs * 2^lockouts. */
  lockouts: z.number().int().min(0),
  /** Epoch ms, or null. */
  lockedUntil: z.number().nullable(),
});
const fileSchema = z.object({ version: z.literal(1), customers: z.record(z.string(), recordSchema) });

type LockoutRecord = z.infer<typeof recordSchema>;

const fresh = (): LockoutRecord => ({ failures: 0, lockouts: 0, lockedUntil: null });

/** Customer codes match without regard to case in DealPOS, so lockouts do too. */
const keyOf = (code: string) => code.trim().toLowerCase();

export type FailureOutcome = { locked: false; attemptsLeft: number } | { locked: true; until: number };

/**
 * Wrong-PIN counts and lockouts per customer code, written through to the feature's store on
 * every change so a restart (or a crash) does not hand out fresh attempts. A store that does not
 * parse is started over: the worst case is five more tries, never a crash at the counter.
 */
export class LockoutStore {
  readonly #backing: SettingsBacking<unknown>;
  readonly #records: Map<string, LockoutRecord>;

  constructor(backing: SettingsBacking<unknown>) {
    this.#backing = backing;
    const parsed = fileSchema.safeParse(backing.read());
    this.#records = new Map(parsed.success ? Object.entries(parsed.data.customers) : []);
  }

  /** Where the customer stands at `now` (epoch ms). */
  view(code: string, now: number): LockoutView {
    const record = this.#current(keyOf(code), now);
    return {
      lockedUntil: record.lockedUntil,
      attemptsLeft: record.lockedUntil === null ? maxAttempts - record.failures : 0,
    };
  }

  /** Counts a wrong PIN; the fifth in a row locks the customer. */
  fail(code: string, now: number): FailureOutcome {
    const key = keyOf(code);
    const record = this.#current(key, now);
    record.failures += 1;
    if (record.failures < maxAttempts) {
      this.#save(key, record);
      return { locked: false, attemptsLeft: maxAttempts - record.failures };
    }
    const length = Math.min(firstLockoutMs * 2 ** record.lockouts, longestLockoutMs);
    const until = now + length;
    this.#save(key, { failures: 0, lockouts: record.lockouts + 1, lockedUntil: until });
    return { locked: true, until };
  }

  /** A right PIN: the customer starts over with no failures and no earlier lockouts. */
  succeed(code: string): void {
    this.#save(keyOf(code), fresh());
  }

  /** An admin's clear: as after a right PIN. */
  clear(code: string): void {
    this.#save(keyOf(code), fresh());
  }

  /** The record as it stands at `now`: an expired lockout is over, its count is kept for the doubling. */
  #current(key: string, now: number): LockoutRecord {
    const record = { ...(this.#records.get(key) ?? fresh()) };
    if (record.lockedUntil !== null && now >= record.lockedUntil) record.lockedUntil = null;
    return record;
  }

  #save(key: string, record: LockoutRecord): void {
    const clean = record.failures === 0 && record.lockouts === 0 && record.lockedUntil === null;
    if (clean) this.#records.delete(key);
    else this.#records.set(key, record);
    this.#backing.write({ version: 1, customers: Object.fromEntries(this.#records) });
  }
}
