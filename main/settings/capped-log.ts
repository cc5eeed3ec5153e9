import { z } from 'zod';
import type { SettingsBacking } from './settings-repository.ts';

const fileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

/**
 * A log kept in a feature's store that holds only its newest `capacity` entries (oldest first in
 * the file). Every entry is parsed with the feature's schema on the way in and on the way back,
 * so nothing a caller's object carries beyond the schema reaches the file, and one damaged entry
 * is dropped while the rest of the log is kept.
 */
export class CappedLog<T> {
  readonly #backing: SettingsBacking<unknown>;
  readonly #schema: z.ZodType<T>;
  readonly #capacity: number;
  readonly #entries: T[];

  constructor(backing: SettingsBacking<unknown>, schema: z.ZodType<T>, capacity: number) {
    this.#backing = backing;
    this.#schema = schema;
    this.#capacity = capacity;
    const parsed = fileSchema.safeParse(backing.read());
    this.#entries = parsed.success
      ? parsed.data.entries.flatMap((entry) => {
          const one = schema.safeParse(entry);
          return one.success ? [one.data] : [];
        })
      : [];
  }

  append(entry: T): void {
    this.#entries.push(this.#schema.parse(entry));
    if (this.#entries.length > this.#capacity) this.#entries.splice(0, this.#entries.length - this.#capacity);
    this.#backing.write({ version: 1, entries: this.#entries });
  }

  /** The newest `limit` entries, newest first, and how many there are in all. */
  latest(limit: number): { entries: T[]; total: number } {
    return { entries: this.#entries.slice(-limit).reverse(), total: this.#entries.length };
  }

  /** Every entry, oldest first. */
  all(): readonly T[] {
    return this.#entries;
  }
}
